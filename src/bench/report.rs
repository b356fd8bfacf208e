//! The bench's JSON schema (shared with benchmarks/pytorch_baseline.py, which writes the
//! `samples` and `resources` of one config) and the markdown table of one run.

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use super::metrics::Stats;
use super::roofline::{Bandwidth, Roofline};

pub const SCHEMA: &str = "xlagen-bench/1";

/// One prompt run under one config.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Sample {
    pub id: String,
    pub prompt_tokens: usize,
    pub generated_tokens: usize,
    /// From the start of the first forward to the first new id on the host.
    pub ttft_ms: f64,
    /// The steps after the first token, and their time.
    pub decode_steps: usize,
    pub decode_ms: f64,
    /// ttft_ms + decode_ms: the whole generation, tokenization excluded.
    pub latency_ms: f64,
    pub output_ids: Vec<u32>,
    #[serde(default)]
    pub text: Option<String>,
    /// Quality against the reference config's output for the same prompt.
    #[serde(default)]
    pub rouge_l: Option<f64>,
    #[serde(default)]
    pub exact_match: Option<bool>,
    /// Positions whose argmax under teacher forcing agrees, and how many were compared.
    #[serde(default)]
    pub top1_agree: Option<(usize, usize)>,
}

impl Sample {
    pub fn decode_tok_s(&self) -> Option<f64> {
        (self.decode_steps > 0 && self.decode_ms > 0.0)
            .then(|| self.decode_steps as f64 / self.decode_ms * 1e3)
    }
}

/// Memory and start-up costs of one config.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Resources {
    /// Peak resident set of the process that ran the config (reset before it, where Linux
    /// allows). On the CPU plugin device buffers live in host memory and count here too.
    pub peak_rss_bytes: Option<u64>,
    pub weights_device_bytes: Option<u64>,
    pub kv_cache_bytes: Option<u64>,
    /// Weights, KV cache and (for PyTorch on a GPU) its allocator's peak.
    pub device_bytes: Option<u64>,
    /// Reading the checkpoint and putting its weights on the device.
    pub load_ms: Option<f64>,
    /// Compiling every executable the run uses, with an empty compile cache.
    pub compile_ms: Option<f64>,
    /// A second start with the compile cache warm: weights loaded and executables ready.
    pub warm_start_ms: Option<f64>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Summary {
    pub latency_ms: Stats,
    pub ttft_ms: Stats,
    /// Decode steps over decode time, all samples together.
    pub decode_tok_s: Option<f64>,
    /// Generated tokens over total latency (prefill included).
    pub end_to_end_tok_s: Option<f64>,
    pub prompt_tokens: Stats,
    pub generated_tokens: usize,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Quality {
    /// The config compared against.
    pub reference: String,
    pub rouge_l: f64,
    pub exact_match: f64,
    /// Teacher-forced top-1 agreement over all compared positions.
    pub top1_agreement: Option<f64>,
    /// What top1_agreement measures for this config.
    pub top1_note: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ConfigResult {
    pub name: String,
    /// "xlagen" or "pytorch".
    pub engine: String,
    pub dtype: String,
    pub kv_cache: bool,
    /// Why the config did not run, when it did not.
    #[serde(default)]
    pub skipped: Option<String>,
    #[serde(default)]
    pub samples: Vec<Sample>,
    #[serde(default)]
    pub resources: Resources,
    #[serde(default)]
    pub summary: Option<Summary>,
    #[serde(default)]
    pub roofline: Option<Roofline>,
    #[serde(default)]
    pub quality: Option<Quality>,
    /// Free-form facts about the engine (library versions, threads).
    #[serde(default)]
    pub info: serde_json::Value,
}

impl ConfigResult {
    pub fn skipped(name: &str, engine: &str, dtype: &str, kv_cache: bool, why: String) -> Self {
        ConfigResult {
            name: name.into(),
            engine: engine.into(),
            dtype: dtype.into(),
            kv_cache,
            skipped: Some(why),
            samples: vec![],
            resources: Resources::default(),
            summary: None,
            roofline: None,
            quality: None,
            info: serde_json::Value::Null,
        }
    }

    /// Fills `summary` from the samples.
    pub fn summarize(&mut self) {
        let s = &self.samples;
        let col = |f: fn(&Sample) -> f64| s.iter().map(f).collect::<Vec<_>>();
        let (Some(latency_ms), Some(ttft_ms), Some(prompt_tokens)) = (
            Stats::of(&col(|x| x.latency_ms)),
            Stats::of(&col(|x| x.ttft_ms)),
            Stats::of(&col(|x| x.prompt_tokens as f64)),
        ) else {
            self.summary = None;
            return;
        };
        let steps: usize = s.iter().map(|x| x.decode_steps).sum();
        let decode_ms: f64 = s.iter().map(|x| x.decode_ms).sum();
        let generated: usize = s.iter().map(|x| x.generated_tokens).sum();
        let total_ms: f64 = s.iter().map(|x| x.latency_ms).sum();
        self.summary = Some(Summary {
            latency_ms,
            ttft_ms,
            decode_tok_s: (steps > 0 && decode_ms > 0.0).then(|| steps as f64 / decode_ms * 1e3),
            end_to_end_tok_s: (total_ms > 0.0).then(|| generated as f64 / total_ms * 1e3),
            prompt_tokens,
            generated_tokens: generated,
        });
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct BenchReport {
    pub schema: String,
    /// Seconds since the Unix epoch when the run started.
    pub started_unix: u64,
    pub model: serde_json::Value,
    pub device: serde_json::Value,
    pub settings: serde_json::Value,
    pub bandwidth: Option<Bandwidth>,
    pub configs: Vec<ConfigResult>,
}

fn opt(v: Option<f64>, digits: usize) -> String {
    v.map_or("–".into(), |v| format!("{v:.digits$}"))
}

fn mib(v: Option<u64>) -> String {
    v.map_or("–".into(), |b| {
        format!("{:.0}", b as f64 / (1 << 20) as f64)
    })
}

impl BenchReport {
    /// One row per config; speed ratios are against the first config that ran (the ladder's
    /// baseline: PyTorch when it ran).
    pub fn markdown_table(&self) -> String {
        let base = self.configs.iter().find_map(|c| {
            c.summary
                .as_ref()?
                .decode_tok_s
                .map(|t| (c.name.clone(), t))
        });
        let mut out = String::new();
        let base_name = base.as_ref().map_or("–".to_string(), |b| b.0.clone());
        let _ = writeln!(
            out,
            "| config | decode tok/s | × {base_name} | e2e tok/s | TTFT p50 ms | latency p50 / p95 / p99 ms \
             | peak RSS MiB | device MiB | compile ms | warm start ms | % roofline | ROUGE-L | exact | top-1 |"
        );
        out.push_str("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for c in &self.configs {
            if let Some(why) = &c.skipped {
                let _ = writeln!(out, "| {} | skipped: {why} |||||||||||||", c.name);
                continue;
            }
            let s = c.summary.as_ref();
            let tok_s = s.and_then(|s| s.decode_tok_s);
            let ratio = match (tok_s, &base) {
                (Some(t), Some((_, b))) => Some(t / b),
                _ => None,
            };
            let r = &c.resources;
            let q = c.quality.as_ref();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                c.name,
                opt(tok_s, 1),
                opt(ratio, 2),
                opt(s.and_then(|s| s.end_to_end_tok_s), 1),
                opt(s.map(|s| s.ttft_ms.p50), 1),
                s.map_or("–".into(), |s| format!(
                    "{:.0} / {:.0} / {:.0}",
                    s.latency_ms.p50, s.latency_ms.p95, s.latency_ms.p99
                )),
                mib(r.peak_rss_bytes),
                mib(r.device_bytes),
                opt(r.compile_ms, 0),
                opt(r.warm_start_ms, 0),
                opt(c.roofline.as_ref().and_then(|x| x.percent_of_bound), 1),
                opt(q.map(|q| q.rouge_l), 3),
                opt(q.map(|q| q.exact_match), 2),
                opt(q.and_then(|q| q.top1_agreement), 3),
            );
        }
        out
    }
}
