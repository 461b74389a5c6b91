//! normalize: what decoding replaced and lines that show nothing.

use crate::model::Layer;
use crate::rules::{Rule, Tier};

pub static INVALID_UTF8: Rule = Rule {
    id: "normalize.invalid-utf8",
    layer: Layer::Normalize,
    why: "bytes that are not valid UTF-8; decoded as spaces so offsets do not move",
    tier: Tier::Core,
};

pub static INVISIBLE: Rule = Rule {
    id: "normalize.invisible",
    layer: Layer::Normalize,
    why: "a line of only invisible characters (zero-width, control, NUL)",
    tier: Tier::Core,
};
