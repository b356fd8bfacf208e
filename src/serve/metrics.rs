//! Counters, gauges and latency histograms, written in Prometheus' text format at `/metrics`.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::engine::StepTotals;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 14] = [
    0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 10.0, 30.0,
];

#[derive(Default)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    sum: f64,
    count: u64,
}

impl Histogram {
    fn observe(&mut self, secs: f64) {
        for (c, &b) in self.counts.iter_mut().zip(&BUCKETS) {
            if secs <= b {
                *c += 1;
            }
        }
        self.sum += secs;
        self.count += 1;
    }

    fn write(&self, out: &mut String, name: &str, help: &str) {
        let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} histogram");
        for (c, b) in self.counts.iter().zip(&BUCKETS) {
            let _ = writeln!(out, "{name}_bucket{{le=\"{b}\"}} {c}");
        }
        let _ = writeln!(out, "{name}_bucket{{le=\"+Inf\"}} {}", self.count);
        let _ = writeln!(out, "{name}_sum {}\n{name}_count {}", self.sum, self.count);
    }
}

/// Everything `/metrics` reports. Shared by the HTTP handlers and the scheduler.
pub struct Metrics {
    requests: Mutex<BTreeMap<u16, u64>>,
    prompt_tokens: AtomicU64,
    generated_tokens: AtomicU64,
    cancelled: AtomicU64,
    pub queue_depth: AtomicUsize,
    active_slots: AtomicUsize,
    /// KV cache capacity fixed at start: slots × positions per slot.
    kv_positions: usize,
    ttft: Mutex<Histogram>,
    inter_token: Mutex<Histogram>,
    /// The device calls of batches the scheduler has dropped, and of the one it runs.
    steps: Mutex<(StepTotals, StepTotals)>,
}

impl Metrics {
    pub fn new(kv_positions: usize) -> Metrics {
        Metrics {
            requests: Mutex::default(),
            prompt_tokens: AtomicU64::new(0),
            generated_tokens: AtomicU64::new(0),
            cancelled: AtomicU64::new(0),
            queue_depth: AtomicUsize::new(0),
            active_slots: AtomicUsize::new(0),
            kv_positions,
            ttft: Mutex::default(),
            inter_token: Mutex::default(),
            steps: Mutex::default(),
        }
    }

    /// The running batch's device-call totals so far.
    pub fn set_steps(&self, totals: StepTotals) {
        lock(&self.steps).1 = totals;
    }

    /// The running batch is dropped (a new one starts from zero): its totals are kept.
    pub fn retire_steps(&self) {
        let mut steps = lock(&self.steps);
        let (done, current) = &mut *steps;
        *done = *done + std::mem::take(current);
    }

    pub fn request(&self, status: u16) {
        *lock(&self.requests).entry(status).or_default() += 1;
    }

    pub fn prompt_tokens(&self, n: usize) {
        self.prompt_tokens.fetch_add(n as u64, Ordering::Relaxed);
    }

    /// A request whose client left before its answer was complete (it was cancelled).
    pub fn cancelled(&self) {
        self.cancelled.fetch_add(1, Ordering::Relaxed);
    }

    pub fn token(&self) {
        self.generated_tokens.fetch_add(1, Ordering::Relaxed);
    }

    pub fn set_active(&self, n: usize) {
        self.active_slots.store(n, Ordering::Relaxed);
    }

    pub fn ttft(&self, secs: f64) {
        lock(&self.ttft).observe(secs);
    }

    pub fn inter_token(&self, secs: f64) {
        lock(&self.inter_token).observe(secs);
    }

    /// The Prometheus text exposition of every metric.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# HELP xlagen_requests_total HTTP requests by status code.\n\
             # TYPE xlagen_requests_total counter"
        );
        for (status, n) in lock(&self.requests).iter() {
            let _ = writeln!(out, "xlagen_requests_total{{status=\"{status}\"}} {n}");
        }
        let counters = [
            (
                "xlagen_prompt_tokens_total",
                "Prompt tokens of admitted requests.",
                self.prompt_tokens.load(Ordering::Relaxed) as usize,
            ),
            (
                "xlagen_generated_tokens_total",
                "Tokens generated.",
                self.generated_tokens.load(Ordering::Relaxed) as usize,
            ),
            (
                "xlagen_requests_cancelled_total",
                "Requests cancelled because their client left before the answer was complete.",
                self.cancelled.load(Ordering::Relaxed) as usize,
            ),
        ];
        for (name, help, v) in counters {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} counter\n{name} {v}"
            );
        }
        let steps = {
            let steps = lock(&self.steps);
            steps.0 + steps.1
        };
        let step_counters = [
            (
                "xlagen_prefill_calls_total",
                "Prompt-chunk executions.",
                steps.prefill_calls as f64,
            ),
            (
                "xlagen_prefill_tokens_total",
                "Prompt tokens those chunks prefilled (padding not counted).",
                steps.prefill_tokens as f64,
            ),
            (
                "xlagen_prefill_seconds_total",
                "Time spent in prompt-chunk executions.",
                steps.prefill_seconds,
            ),
            (
                "xlagen_decode_calls_total",
                "Decode-block executions (each over every decoding sequence).",
                steps.decode_calls as f64,
            ),
            (
                "xlagen_decode_tokens_total",
                "Tokens the decode blocks drew for their sequences.",
                steps.decode_tokens as f64,
            ),
            (
                "xlagen_decode_seconds_total",
                "Time spent in decode-block executions: decode tokens over it is the batch's \
                 decode rate.",
                steps.decode_seconds,
            ),
        ];
        for (name, help, v) in step_counters {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} counter\n{name} {v}"
            );
        }
        let gauges = [
            (
                "xlagen_queue_depth",
                "Requests waiting for a slot.",
                self.queue_depth.load(Ordering::Relaxed),
            ),
            (
                "xlagen_active_slots",
                "Slots holding a sequence.",
                self.active_slots.load(Ordering::Relaxed),
            ),
            (
                "xlagen_kv_cache_positions",
                "KV cache capacity in positions (slots x max_seq), fixed at start.",
                self.kv_positions,
            ),
        ];
        for (name, help, v) in gauges {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {v}");
        }
        lock(&self.ttft).write(
            &mut out,
            "xlagen_time_to_first_token_seconds",
            "From a request's arrival to its first token.",
        );
        lock(&self.inter_token).write(
            &mut out,
            "xlagen_inter_token_latency_seconds",
            "Between consecutive tokens of a request.",
        );
        out
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}
