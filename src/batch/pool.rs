//! An ordered parallel map with bounded memory: one thread reads items, `jobs` threads work on
//! them, and the caller's thread takes the results back in input order.
//!
//! At most `window` items are between the reader and the caller at any time (read, queued, being
//! worked on, or finished and waiting for an earlier one): the reader takes a slot before each
//! item and the caller gives it back after consuming a result. So a slow document holds back at
//! most `window` others, whatever the corpus size.

use crossbeam_channel::{bounded, unbounded};
use std::collections::BTreeMap;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicBool, Ordering};

/// The name of the worker threads, so that a binary's panic hook can tell a document's panic
/// (reported in its error record) from its own.
pub const WORKER_THREAD: &str = "dechaff-worker";

/// Maps `items` through `work` on `jobs` threads and hands the results to `consume` in input
/// order. `consume` returns `false` to stop early (the items not yet read are then never read).
/// A panic in `work` stops the run and is resumed in the caller's thread once every thread has
/// ended (rather than leaving a hole in the order that would wait forever).
pub(crate) fn ordered_map<T, R>(
    items: impl Iterator<Item = T> + Send,
    jobs: usize,
    window: usize,
    work: impl Fn(T) -> R + Sync,
    mut consume: impl FnMut(R) -> bool,
) where
    T: Send,
    R: Send,
{
    let jobs = jobs.max(1);
    let window = window.max(jobs);
    let (slot_tx, slot_rx) = bounded::<()>(window);
    for _ in 0..window {
        let _ = slot_tx.send(());
    }
    let (job_tx, job_rx) = bounded::<(usize, T)>(window);
    let (done_tx, done_rx) = unbounded::<(usize, std::thread::Result<R>)>();
    let mut panicked = None;
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        let stop = &stop;
        s.spawn(move || {
            for (seq, item) in items.enumerate() {
                if slot_rx.recv().is_err() || stop.load(Ordering::Relaxed) {
                    break;
                }
                if job_tx.send((seq, item)).is_err() {
                    break;
                }
            }
        });
        for _ in 0..jobs {
            let (job_rx, done_tx, work) = (job_rx.clone(), done_tx.clone(), &work);
            let worker = std::thread::Builder::new().name(WORKER_THREAD.to_string());
            // Without a thread the items would wait forever; running them is impossible anyway.
            let spawned = worker.spawn_scoped(s, move || {
                for (seq, item) in job_rx {
                    if stop.load(Ordering::Relaxed) {
                        continue;
                    }
                    let r = std::panic::catch_unwind(AssertUnwindSafe(|| work(item)));
                    if done_tx.send((seq, r)).is_err() {
                        break;
                    }
                }
            });
            if let Err(e) = spawned {
                panic!("cannot start a worker thread: {e}");
            }
        }
        drop((job_rx, done_tx));
        let mut waiting: BTreeMap<usize, std::thread::Result<R>> = BTreeMap::new();
        let mut next = 0;
        'results: for (seq, r) in &done_rx {
            waiting.insert(seq, r);
            while let Some(r) = waiting.remove(&next) {
                next += 1;
                let r = match r {
                    Ok(r) => r,
                    Err(payload) => {
                        panicked = Some(payload);
                        stop.store(true, Ordering::Relaxed);
                        break 'results;
                    }
                };
                if !consume(r) {
                    stop.store(true, Ordering::Relaxed);
                    break 'results;
                }
                let _ = slot_tx.send(());
            }
        }
        // Unblock the reader if it waits for a slot, and let the workers drain.
        drop(slot_tx);
        drop(done_rx);
    });
    if let Some(payload) = panicked {
        std::panic::resume_unwind(payload);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_and_stops_early() {
        for jobs in [1, 2, 4] {
            let mut got = Vec::new();
            ordered_map(
                0..200u64,
                jobs,
                8,
                |i| {
                    // Uneven work, so that results finish out of order.
                    std::thread::sleep(std::time::Duration::from_micros((i * 7919) % 300));
                    i * 2
                },
                |r| {
                    got.push(r);
                    true
                },
            );
            assert_eq!(got, (0..200).map(|i| i * 2).collect::<Vec<_>>());
        }
        let mut n = 0;
        ordered_map(
            0..u64::MAX,
            2,
            4,
            |i| i,
            |_| {
                n += 1;
                n < 10
            },
        );
        assert_eq!(n, 10);
    }

    #[test]
    fn a_panic_in_work_reaches_the_caller_instead_of_hanging() {
        let r = std::panic::catch_unwind(|| {
            ordered_map(
                0..1000u64,
                2,
                4,
                |i| {
                    assert!(i != 5, "boom");
                    i
                },
                |_| true,
            )
        });
        assert!(r.is_err());
    }
}
