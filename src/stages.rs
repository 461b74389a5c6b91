//! Wall time by stage of the cleaning pipeline, for profiling: which layer a document's time goes
//! to (the front end, each rule family's pass, the output). Compiled in only with the
//! `stage-timers` feature, off by default: without it the timers are not in the code at all and
//! [`take`] returns nothing.
//!
//! `cargo run --release --features stage-timers --example throughput -- --stages [FILES]` prints
//! the table for the given files (the development dumps, say).

use std::time::Duration;

/// One stage's wall time over the documents cleaned on this thread since the last [`take`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageTime {
    /// The stage: the function the pipeline calls (`dedup::apply`, `front_end`, `assemble`).
    pub stage: &'static str,
    /// Its time, summed over its calls.
    pub total: Duration,
    /// How many times it ran (some stages run again in the rounds of context).
    pub calls: u64,
}

/// Are the timers compiled in (feature `stage-timers`)?
pub const ENABLED: bool = cfg!(feature = "stage-timers");

#[cfg(feature = "stage-timers")]
thread_local! {
    // A few dozen stages: a list searched by name is as quick as a map, and keeps their order.
    static TIMES: std::cell::RefCell<Vec<StageTime>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The stages' times on this thread, in the order each stage first ran; the timers start again
/// from zero. Empty without the `stage-timers` feature.
pub fn take() -> Vec<StageTime> {
    #[cfg(feature = "stage-timers")]
    {
        TIMES.with(|t| std::mem::take(&mut *t.borrow_mut()))
    }
    #[cfg(not(feature = "stage-timers"))]
    {
        Vec::new()
    }
}

/// Times a stage from its start to its drop (see the `stage!` macro of the cleaner).
#[cfg(feature = "stage-timers")]
pub(crate) struct Timer {
    stage: &'static str,
    start: std::time::Instant,
}

#[cfg(feature = "stage-timers")]
impl Timer {
    pub(crate) fn start(stage: &'static str) -> Timer {
        Timer {
            stage,
            start: std::time::Instant::now(),
        }
    }
}

#[cfg(feature = "stage-timers")]
impl Drop for Timer {
    fn drop(&mut self) {
        let took = self.start.elapsed();
        TIMES.with(|t| {
            let mut times = t.borrow_mut();
            match times.iter_mut().find(|s| s.stage == self.stage) {
                Some(s) => {
                    s.total += took;
                    s.calls += 1;
                }
                None => times.push(StageTime {
                    stage: self.stage,
                    total: took,
                    calls: 1,
                }),
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::{Cleaner, Input};

    /// With the feature, every stage a clean runs is timed, once per call; without it, nothing is.
    #[test]
    fn stages_are_timed_only_with_the_feature() {
        let _ = super::take();
        let cleaner = Cleaner::default();
        let dump = "Home | News | Sport\n\nThe council met on Tuesday to discuss the new budget, \
                    which the mayor said would protect the libraries.\n\nShare this article\n";
        cleaner.clean(Input::text(dump)).expect("clean");
        cleaner.clean(Input::text(dump)).expect("clean");
        let times = super::take();
        if super::ENABLED {
            let stage = |name: &str| times.iter().find(|s| s.stage == name).map(|s| s.calls);
            assert_eq!(stage("front_end"), Some(2));
            assert_eq!(stage("dedup::apply"), Some(2));
            assert_eq!(stage("assemble"), Some(2));
            assert!(super::take().is_empty(), "take starts the timers again");
        } else {
            assert!(times.is_empty());
        }
    }
}
