//! Helper threads for the CPU kernels that wait by spinning, then sleep.
//!
//! A decode step calls a kernel about four times per layer, each for 0.1–2 MB of weights, i.e.
//! tens of microseconds of work. One core streams only ~9 GB/s here, half the machine's read
//! bandwidth, so every call must run on all cores; but handing work to a sleeping thread (a
//! futex wake, as XLA's intra-op pool does) costs about as much as the work itself. These
//! helpers keep spinning for a short while after each job, so the calls of one step reach hot
//! threads, and go to sleep once the step is over so they do not steal cores from anything
//! else. On SmolLM2's decode shapes this took our INT8 matvecs from 9 to 16 GB/s.
//!
//! One job runs at a time: a caller that finds the pool busy (another thread's job) runs its
//! own chunks alone rather than waiting.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU64, AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

use super::Parallel;

/// How long an idle helper spins before it sleeps: longer than the gap between two kernel calls
/// of one decode step (a few XLA fusions), short enough that a helper does not hold a core long
/// after its last job, when XLA's own threads may want it (f32 models' GEMMs run there).
const SPIN: Duration = Duration::from_micros(300);

/// At most this many helpers: kernels cut a call into about 16 chunks, and memory bandwidth is
/// saturated long before that many cores stream; more would only spin.
const MAX_HELPERS: usize = 15;

/// The process-wide pool, started on first use with one helper per extra core (up to
/// `MAX_HELPERS`).
pub fn global() -> &'static SpinPool {
    static POOL: OnceLock<SpinPool> = OnceLock::new();
    POOL.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        SpinPool::new((cores - 1).min(MAX_HELPERS))
    })
}

/// One job, on the stack of the thread that submitted it.
struct Job<'a> {
    task: &'a (dyn Fn(usize) + Sync),
    chunks: usize,
    next: AtomicUsize,
    done: AtomicUsize,
    /// Set when a chunk panicked (on any thread); the submitter panics in turn once all are done.
    panicked: AtomicBool,
}

impl Job<'_> {
    /// Claims and runs chunks until none are left. A panic is caught and counted as done, so
    /// the submitter is never left waiting for a chunk that will not finish.
    fn work(&self) {
        loop {
            let i = self.next.fetch_add(1, SeqCst);
            if i >= self.chunks {
                return;
            }
            if catch_unwind(AssertUnwindSafe(|| (self.task)(i))).is_err() {
                self.panicked.store(true, SeqCst);
            }
            self.done.fetch_add(1, SeqCst);
        }
    }
}

struct Shared {
    /// The current job (erased lifetime), or null between jobs.
    job: AtomicPtr<Job<'static>>,
    /// Bumped for every new job: what spinning helpers watch.
    epoch: AtomicU64,
    /// Helpers that may be holding `job` right now; the submitter waits for zero before its job
    /// (and the stack frame it lives in) goes away.
    active: AtomicUsize,
    sleepers: AtomicUsize,
    lock: Mutex<()>,
    wake: Condvar,
}

/// Spinning helper threads (see the module docs). `Parallel::for_each_chunk` runs chunks on the
/// calling thread and on every helper.
pub struct SpinPool {
    shared: Arc<Shared>,
    /// Held by the thread whose job is running.
    submit: Mutex<()>,
    helpers: usize,
}

impl SpinPool {
    /// A pool with `helpers` threads besides the callers' own (0: everything runs inline).
    pub fn new(helpers: usize) -> SpinPool {
        let shared = Arc::new(Shared {
            job: AtomicPtr::new(std::ptr::null_mut()),
            epoch: AtomicU64::new(0),
            active: AtomicUsize::new(0),
            sleepers: AtomicUsize::new(0),
            lock: Mutex::new(()),
            wake: Condvar::new(),
        });
        let mut started = 0;
        for i in 0..helpers {
            let shared = shared.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("xlagen-kernel-{i}"))
                .spawn(move || helper(&shared));
            // Without a thread the pool is just smaller; the caller's own thread always works.
            if spawned.is_ok() {
                started += 1;
            }
        }
        SpinPool {
            shared,
            submit: Mutex::new(()),
            helpers: started,
        }
    }
}

impl Parallel for SpinPool {
    fn for_each_chunk(&self, chunks: usize, task: &(dyn Fn(usize) + Sync)) {
        let guard = match self.submit.try_lock() {
            Ok(g) if self.helpers > 0 && chunks > 1 => g,
            // Busy with another thread's job, or nothing to share: run inline.
            _ => return (0..chunks).for_each(task),
        };
        let job = Job {
            task,
            chunks,
            next: AtomicUsize::new(0),
            done: AtomicUsize::new(0),
            panicked: AtomicBool::new(false),
        };
        let s = &*self.shared;
        // The pointer is published only until this function returns: it is cleared, and every
        // helper that may hold it has left (`active == 0`), before `job` goes out of scope.
        s.job
            .store(&job as *const Job<'_> as *mut Job<'static>, SeqCst);
        s.epoch.fetch_add(1, SeqCst);
        if s.sleepers.load(SeqCst) > 0 {
            let _l = s.lock.lock().unwrap_or_else(|e| e.into_inner());
            s.wake.notify_all();
        }
        job.work();
        while job.done.load(SeqCst) < chunks {
            std::hint::spin_loop();
        }
        s.job.store(std::ptr::null_mut(), SeqCst);
        while s.active.load(SeqCst) > 0 {
            std::hint::spin_loop();
        }
        drop(guard);
        assert!(!job.panicked.load(SeqCst), "a kernel task panicked");
    }
}

/// A helper's life: spin while jobs keep coming, sleep when they stop.
fn helper(s: &Shared) {
    let mut seen = s.epoch.load(SeqCst);
    let mut idle_since = Instant::now();
    let mut polls = 0u32;
    loop {
        let epoch = s.epoch.load(SeqCst);
        if epoch != seen {
            seen = epoch;
            s.active.fetch_add(1, SeqCst);
            let job = s.job.load(SeqCst);
            if !job.is_null() {
                // SAFETY: `active` was raised before `job` was read, and a submitter clears
                // `job` before it waits for `active` to reach zero, so a non-null pointer read
                // here stays valid until `active` is lowered below.
                unsafe { &*job }.work();
            }
            s.active.fetch_sub(1, SeqCst);
            idle_since = Instant::now();
            continue;
        }
        polls = polls.wrapping_add(1);
        if !polls.is_multiple_of(64) || idle_since.elapsed() < SPIN {
            std::hint::spin_loop();
            continue;
        }
        // Sleep until the next job. A wake-up lost to a race only means that job runs without
        // this helper; the timeout bounds how long the helper stays out.
        let guard = s.lock.lock().unwrap_or_else(|e| e.into_inner());
        s.sleepers.fetch_add(1, SeqCst);
        if s.epoch.load(SeqCst) == seen {
            let _ = s.wake.wait_timeout(guard, Duration::from_millis(50));
        }
        s.sleepers.fetch_sub(1, SeqCst);
        idle_since = Instant::now();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_chunk_runs_once() {
        let pool = SpinPool::new(3);
        for chunks in [0, 1, 2, 7, 64, 1000] {
            let hits: Vec<AtomicUsize> = (0..chunks).map(|_| AtomicUsize::new(0)).collect();
            pool.for_each_chunk(chunks, &|i| {
                hits[i].fetch_add(1, SeqCst);
            });
            assert!(hits.iter().all(|h| h.load(SeqCst) == 1), "chunks {chunks}");
        }
    }

    #[test]
    fn concurrent_callers_and_sleeping_helpers() {
        let pool = SpinPool::new(2);
        std::thread::scope(|sc| {
            for t in 0..4 {
                let pool = &pool;
                sc.spawn(move || {
                    for round in 0..50 {
                        if round % 10 == t {
                            // Let the helpers fall asleep now and then.
                            std::thread::sleep(SPIN * 2);
                        }
                        let sum = AtomicUsize::new(0);
                        pool.for_each_chunk(100, &|i| {
                            sum.fetch_add(i, SeqCst);
                        });
                        assert_eq!(sum.load(SeqCst), 4950);
                    }
                });
            }
        });
    }
}
