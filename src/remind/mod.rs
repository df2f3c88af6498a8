//! SCAFFOLD (issue 4 replaces this): reminders.
pub mod cmd;
