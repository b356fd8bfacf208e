//! INT8 against unquantized weights on one client and checkpoint: decode speed, device bytes,
//! and quality (teacher-forced top-1 agreement, perplexity, ROUGE-L of greedy continuations).
//! `examples/int8_report.rs` prints it; `xlagen bench` can call `compare_quant` the same way.
//! Several INT8 modes (per-channel, group-wise) are compared against one f32 run.

use anyhow::{bail, Result};

use super::{argmax, Engine, EngineOptions, Flow, GenerateParams};
use crate::model::quant::Quant;
use crate::model::WeightStore;
use crate::runtime::Client;

/// What to run: token ids only, so any tokenizer (or none) can feed it.
#[derive(Clone, Debug)]
pub struct QuantEval {
    /// Prompt for the speed comparison, and how many tokens to decode from it.
    pub speed_prompt: Vec<u32>,
    pub speed_tokens: usize,
    /// Held-out text windows, all of one length, for teacher forcing and perplexity.
    pub heldout: Vec<Vec<u32>>,
    /// Prompts whose greedy continuations (`rouge_tokens` long) are compared by ROUGE-L.
    pub prompts: Vec<Vec<u32>>,
    pub rouge_tokens: usize,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct QuantReport {
    /// The INT8 mode measured (`int8`, `int8-g128`, ...).
    pub quant: String,
    pub f32_decode_tok_s: f64,
    pub int8_decode_tok_s: f64,
    pub f32_weight_bytes: usize,
    pub int8_weight_bytes: usize,
    /// Positions where both argmaxes agree, out of `positions`.
    pub top1_agree: usize,
    pub positions: usize,
    pub f32_perplexity: f64,
    pub int8_perplexity: f64,
    /// Mean ROUGE-L F1 over `prompts`, on token ids, INT8 output against f32 output.
    pub rouge_l: f64,
    pub int8_lowering: String,
}

impl QuantReport {
    pub fn speedup(&self) -> f64 {
        self.int8_decode_tok_s / self.f32_decode_tok_s
    }
    pub fn bytes_ratio(&self) -> f64 {
        self.int8_weight_bytes as f64 / self.f32_weight_bytes as f64
    }
    pub fn top1_agreement(&self) -> f64 {
        self.top1_agree as f64 / self.positions.max(1) as f64
    }
    pub fn perplexity_change(&self) -> f64 {
        self.int8_perplexity / self.f32_perplexity - 1.0
    }
}

/// Decode tokens per second of one greedy generation (after a warm-up that compiles).
fn decode_tok_s(e: &mut Engine, prompt: &[u32], n: usize) -> Result<f64> {
    e.generate(prompt, &GenerateParams::greedy(2), None, |_| Flow::Continue)?;
    let g = e.generate(prompt, &GenerateParams::greedy(n), None, |_| Flow::Continue)?;
    Ok(g.decode_steps as f64 / (g.decode_ms / 1e3))
}

/// What the f32 engine gives, computed once for every INT8 mode.
struct Baseline {
    decode_tok_s: f64,
    weight_bytes: usize,
    /// Logits `[len, vocab]` of each held-out window.
    logits: Vec<Vec<f32>>,
    /// Greedy continuation of each prompt.
    greedy: Vec<Vec<u32>>,
}

/// Runs an unquantized engine (`opts` with `quant` none) and one engine per mode of `quants`
/// over `eval`, one after another (one engine in memory at a time).
pub fn compare_quant(
    client: &Client,
    store: &WeightStore,
    opts: &EngineOptions,
    eval: &QuantEval,
    quants: &[Quant],
) -> Result<Vec<QuantReport>> {
    if eval
        .heldout
        .iter()
        .any(|w| w.len() != eval.heldout[0].len() || w.len() < 2)
    {
        bail!("held-out windows must share one length of at least 2 tokens");
    }
    if let Some(q) = quants.iter().find(|q| !q.is_int8()) {
        bail!("compare_quant compares INT8 modes against f32, got {q}");
    }
    let with = |quant| EngineOptions {
        quant,
        ..opts.clone()
    };
    let vocab = store.config().vocab_size;
    let base = {
        let mut f = Engine::new(client.clone(), store, with(Quant::None))?;
        let decode_tok_s = decode_tok_s(&mut f, &eval.speed_prompt, eval.speed_tokens)?;
        let logits = eval
            .heldout
            .iter()
            .map(|w| f.logits(w))
            .collect::<Result<_>>()?;
        let greedy = eval
            .prompts
            .iter()
            .map(|p| {
                Ok(
                    f.generate(p, &GenerateParams::greedy(eval.rouge_tokens), None, |_| {
                        Flow::Continue
                    })?
                    .ids,
                )
            })
            .collect::<Result<_>>()?;
        Baseline {
            decode_tok_s,
            weight_bytes: f.weights_device_bytes(),
            logits,
            greedy,
        }
    };
    let predicted = eval
        .heldout
        .iter()
        .map(|w| w.len() - 1)
        .sum::<usize>()
        .max(1) as f64;
    let nll_f: f64 = eval
        .heldout
        .iter()
        .zip(&base.logits)
        .map(|(w, l)| window_nll(w, l, vocab))
        .sum();

    let mut reports = Vec::new();
    for &quant in quants {
        let mut q = Engine::new(client.clone(), store, with(quant))?;
        let int8_decode_tok_s = decode_tok_s(&mut q, &eval.speed_prompt, eval.speed_tokens)?;
        let (mut agree, mut positions, mut nll_q) = (0, 0, 0.0);
        for (window, lf) in eval.heldout.iter().zip(&base.logits) {
            let lq = q.logits(window)?;
            for (rf, rq) in lf.chunks(vocab).zip(lq.chunks(vocab)) {
                agree += (argmax(rf) == argmax(rq)) as usize;
                positions += 1;
            }
            nll_q += window_nll(window, &lq, vocab);
        }
        let mut rouge = 0.0;
        for (prompt, want) in eval.prompts.iter().zip(&base.greedy) {
            let b = q.generate(
                prompt,
                &GenerateParams::greedy(eval.rouge_tokens),
                None,
                |_| Flow::Continue,
            )?;
            rouge += rouge_l(&b.ids, want);
        }
        reports.push(QuantReport {
            quant: quant.to_string(),
            f32_decode_tok_s: base.decode_tok_s,
            int8_decode_tok_s,
            f32_weight_bytes: base.weight_bytes,
            int8_weight_bytes: q.weights_device_bytes(),
            top1_agree: agree,
            positions,
            f32_perplexity: (nll_f / predicted).exp(),
            int8_perplexity: (nll_q / predicted).exp(),
            rouge_l: rouge / eval.prompts.len().max(1) as f64,
            int8_lowering: q.backend_name(),
        });
    }
    Ok(reports)
}

/// Summed next-token NLL over one window, from its logits `[len, vocab]`.
fn window_nll(window: &[u32], logits: &[f32], vocab: usize) -> f64 {
    logits
        .chunks(vocab)
        .zip(&window[1..])
        .map(|(row, &next)| nll(row, next as usize))
        .sum()
}

/// `-log softmax(logits)[target]`, in f64.
fn nll(logits: &[f32], target: usize) -> f64 {
    let max = logits.iter().fold(f32::NEG_INFINITY, |m, &v| m.max(v)) as f64;
    let sum: f64 = logits.iter().map(|&v| (v as f64 - max).exp()).sum();
    max + sum.ln() - logits[target] as f64
}

/// ROUGE-L F1 (β = 1) of a candidate against a reference sequence: LCS-based.
pub fn rouge_l<T: PartialEq>(candidate: &[T], reference: &[T]) -> f64 {
    if candidate.is_empty() || reference.is_empty() {
        return (candidate.is_empty() && reference.is_empty()) as u8 as f64;
    }
    let lcs = super::rouge::lcs_len(candidate, reference) as f64;
    let (p, r) = (lcs / candidate.len() as f64, lcs / reference.len() as f64);
    if lcs == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rouge_l_is_lcs_f1() {
        assert_eq!(rouge_l(&[1, 2, 3], &[1, 2, 3]), 1.0);
        assert_eq!(rouge_l(&[1, 2], &[3, 4]), 0.0);
        // LCS [1, 3] of 3 and 4 tokens: p = 2/3, r = 1/2.
        let want = 2.0 * (2.0 / 3.0) * 0.5 / (2.0 / 3.0 + 0.5);
        assert!((rouge_l(&[1, 9, 3], &[1, 2, 3, 4]) - want).abs() < 1e-12);
    }

    #[test]
    fn nll_of_uniform_logits_is_log_vocab() {
        assert!((nll(&[0.5; 8], 3) - 8f64.ln()).abs() < 1e-12);
    }
}
