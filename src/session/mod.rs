//! SCAFFOLD (issue 3 replaces this): the session engine and plain player.
pub mod plain;
