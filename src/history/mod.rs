//! SCAFFOLD (issue 5 replaces this): history and check-ins.
pub mod cmd;
