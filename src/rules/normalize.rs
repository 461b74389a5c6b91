//! normalize: lines that show nothing. (Bytes that could not be decoded are reported in
//! `Provenance::replaced`, not as removals: they decode to spaces and hold no text.)

use crate::model::Layer;
use crate::rules::{Rule, Tier};

pub static INVISIBLE: Rule = Rule {
    id: "normalize.invisible",
    layer: Layer::Normalize,
    why: "a line of only invisible characters (zero-width, control, NUL)",
    tier: Tier::Core,
};
