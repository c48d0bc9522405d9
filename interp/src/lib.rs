//! Ferrite's compiler (rustpython-parser AST -> bytecode) and evaluation loop.
pub mod bytecode;
pub mod compile;
