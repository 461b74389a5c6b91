//! CPU time of the calling thread, shared by the examples that print speed figures
//! (`score_dumps`, `scale`, `mutate`) and `tests/scaling.rs`: what a clean costs on one core,
//! whatever else the machine is doing (wall time lies on a busy machine).

use std::time::Duration;

pub fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid timespec for the call to fill in.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return Duration::ZERO;
    }
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}
