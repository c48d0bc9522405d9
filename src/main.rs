fn main() { eprintln!("ferrite: not yet written"); std::process::exit(2); }
