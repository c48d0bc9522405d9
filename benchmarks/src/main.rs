fn main() { println!("ferrite-bench: not yet written"); }
