//! Statistics over per-sample timings, and the process's memory as Linux reports it.

use serde::{Deserialize, Serialize};

/// Mean and percentiles of one quantity over the samples of a config.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    pub n: usize,
    pub mean: f64,
    pub p50: f64,
    pub p95: f64,
    pub p99: f64,
    pub min: f64,
    pub max: f64,
}

/// The `p`-th percentile (0..=100) of `values`, interpolating linearly between the two nearest
/// ranks as numpy's default (`method="linear"`) does. `None` for no values.
pub fn percentile(values: &[f64], p: f64) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let rank = p.clamp(0.0, 100.0) / 100.0 * (sorted.len() - 1) as f64;
    let (lo, hi) = (rank.floor() as usize, rank.ceil() as usize);
    Some(sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo as f64))
}

impl Stats {
    /// `None` for no values.
    pub fn of(values: &[f64]) -> Option<Stats> {
        let pct = |p| percentile(values, p);
        Some(Stats {
            n: values.len(),
            mean: values.iter().sum::<f64>() / values.len() as f64,
            p50: pct(50.0)?,
            p95: pct(95.0)?,
            p99: pct(99.0)?,
            min: pct(0.0)?,
            max: pct(100.0)?,
        })
    }
}

/// The fraction of `values` at or below each of them, sorted: the points of an empirical CDF.
pub fn cdf(values: &[f64]) -> Vec<(f64, f64)> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len() as f64;
    sorted
        .into_iter()
        .enumerate()
        .map(|(i, v)| (v, (i + 1) as f64 / n))
        .collect()
}

/// A field of /proc/self/status or /proc/meminfo in bytes (`VmHWM:   1234 kB`).
fn proc_kb_field(file: &str, key: &str) -> Option<u64> {
    let text = std::fs::read_to_string(file).ok()?;
    let line = text.lines().find(|l| l.starts_with(key))?;
    let kb: u64 = line[key.len()..]
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb * 1024)
}

/// The process's peak resident set since start or the last [`reset_peak_rss`] (Linux only).
pub fn peak_rss_bytes() -> Option<u64> {
    proc_kb_field("/proc/self/status", "VmHWM:")
}

pub fn rss_bytes() -> Option<u64> {
    proc_kb_field("/proc/self/status", "VmRSS:")
}

/// Resets the peak RSS to the current RSS, so each config's peak is its own. Returns whether
/// the kernel allowed it (`/proc/self/clear_refs` value 5, Linux ≥ 4.0).
pub fn reset_peak_rss() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// Memory the kernel says can be allocated without swapping (`MemAvailable`).
pub fn mem_available_bytes() -> Option<u64> {
    proc_kb_field("/proc/meminfo", "MemAvailable:")
}

/// Wall time and resident memory at the end of each phase of a start-up, for the breakdown
/// `generate --format json` reports (where start-up time and memory go).
#[derive(Clone, Debug)]
pub struct Phases {
    last: std::time::Instant,
    laps: Vec<Lap>,
}

/// One phase: how long it took and the resident set (`VmRSS`) and peak (`VmHWM`) at its end,
/// with the part of the resident set that is mapped files (`RssFile`: the plugin's code, a
/// mapped checkpoint) rather than allocated memory.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Lap {
    pub phase: &'static str,
    pub ms: f64,
    pub rss_mb: f64,
    pub rss_file_mb: f64,
    pub peak_rss_mb: f64,
}

impl Phases {
    pub fn start() -> Phases {
        Phases {
            last: std::time::Instant::now(),
            laps: Vec::new(),
        }
    }

    /// Ends the phase running since the last lap (or the start).
    pub fn lap(&mut self, phase: &'static str) {
        let mib = |b: Option<u64>| b.map_or(0.0, |b| b as f64 / (1024.0 * 1024.0));
        let now = std::time::Instant::now();
        self.laps.push(Lap {
            phase,
            ms: (now - self.last).as_secs_f64() * 1e3,
            rss_mb: mib(rss_bytes()),
            rss_file_mb: mib(proc_kb_field("/proc/self/status", "RssFile:")),
            peak_rss_mb: mib(peak_rss_bytes()),
        });
        self.last = now;
    }

    pub fn laps(&self) -> &[Lap] {
        &self.laps
    }

    /// Milliseconds of the laps named `phases`, together.
    pub fn ms_of(&self, phases: &[&str]) -> f64 {
        self.laps
            .iter()
            .filter(|l| phases.contains(&l.phase))
            .map(|l| l.ms)
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_match_hand_computed_values() {
        // Sorted: 1 2 3 4 5 6 7 8 9 10; rank = p/100 · 9.
        let v = [7.0, 1.0, 10.0, 3.0, 5.0, 2.0, 9.0, 4.0, 8.0, 6.0];
        assert_eq!(percentile(&v, 50.0), Some(5.5)); // rank 4.5: halfway between 5 and 6
        assert!((percentile(&v, 95.0).unwrap() - 9.55).abs() < 1e-12); // rank 8.55
        assert!((percentile(&v, 99.0).unwrap() - 9.91).abs() < 1e-12); // rank 8.91
        assert_eq!(percentile(&v, 0.0), Some(1.0));
        assert_eq!(percentile(&v, 100.0), Some(10.0));
        assert_eq!(percentile(&[42.0], 99.0), Some(42.0));
        assert_eq!(percentile(&[], 50.0), None);
        let s = Stats::of(&[1.0, 2.0, 4.0]).unwrap();
        assert_eq!((s.mean, s.p50, s.min, s.max), (7.0 / 3.0, 2.0, 1.0, 4.0));
        // rank 1.9 of [1, 2, 4]: 2 + 0.9 · 2.
        assert!((s.p95 - 3.8).abs() < 1e-12);
    }

    #[test]
    fn cdf_steps_to_one() {
        assert_eq!(cdf(&[3.0, 1.0]), [(1.0, 0.5), (3.0, 1.0)]);
    }

    #[test]
    fn proc_memory_fields_parse() {
        assert!(peak_rss_bytes().unwrap() >= rss_bytes().unwrap() / 2);
        assert!(mem_available_bytes().unwrap() > 0);
    }

    #[test]
    fn phases_record_each_lap_with_its_memory() {
        let mut phases = Phases::start();
        std::thread::sleep(std::time::Duration::from_millis(20));
        phases.lap("first");
        // 64 MiB touched page by page: the resident set must show it at the next lap.
        let held = std::hint::black_box(vec![1u8; 64 << 20]);
        phases.lap("second");
        let [first, second] = phases.laps() else {
            panic!("two laps expected: {:?}", phases.laps());
        };
        assert_eq!((first.phase, second.phase), ("first", "second"));
        assert!(first.ms >= 20.0, "{first:?}");
        assert!(second.rss_mb >= first.rss_mb + 60.0, "{first:?} {second:?}");
        assert!(second.peak_rss_mb >= second.rss_mb, "{second:?}");
        assert_eq!(phases.ms_of(&["first", "second"]), first.ms + second.ms);
        drop(held);
    }
}
