//! Subcommands of the `dechaff` binary that have grown their own module.

pub mod batch;
