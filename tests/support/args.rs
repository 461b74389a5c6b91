//! Command-line options of the examples: `--name value` pairs read from `std::env::args`.

/// The value after `--name` in `args`, if any.
pub fn opt(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}
