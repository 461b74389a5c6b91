//! Subcommands of the `dechaff` binary that have grown their own module.

pub mod batch;

/// A `--charset` value: a label encoding_rs knows (`windows-1251`, `latin1`, `shift_jis`...).
pub fn parse_charset(label: &str) -> Result<String, String> {
    match encoding_rs::Encoding::for_label(label.trim().as_bytes()) {
        Some(enc) => Ok(enc.name().to_string()),
        None => Err(format!("unknown charset `{label}`")),
    }
}
