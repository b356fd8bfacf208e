//! The traced Mistral/Llama/Qwen2 against PyTorch `transformers` fixtures (tests/fixtures/README.md):
//! prompt logits, greedy continuations, and cached decode against full recompute.

mod common;

use common::{fixture_dir, fixture_logits as tensor, ids, reference, rel_error, MODELS};

use std::path::Path;

use xlagen::dtype::DType;
use xlagen::engine::{Engine, EngineOptions, GenerateParams};
use xlagen::formats::safetensors::{write_safetensors, SafetensorsFile, TensorView};
use xlagen::model::WeightStore;

fn engine(dir: &Path, max_seq: i64, buckets: Vec<i64>) -> Engine {
    engine_with_kv(dir, max_seq, buckets, None)
}

/// An f32 engine whose KV cache is stored as `kv_dtype` (`None`: f32).
fn engine_with_kv(dir: &Path, max_seq: i64, buckets: Vec<i64>, kv_dtype: Option<DType>) -> Engine {
    let store = WeightStore::open(dir).unwrap();
    let opts = EngineOptions {
        dtype: DType::F32,
        max_seq,
        buckets,
        compile_cache: None,
        decode_steps: xlagen::engine::DEFAULT_DECODE_STEPS,
        quant: Default::default(),
        kv_dtype,
    };
    Engine::new(common::client().clone(), &store, opts).unwrap()
}

// Reached: about 1e-6 relative; the bar is the 1e-4 of max |logit|.
const LOGIT_TOL: f64 = 1e-4;

#[test]
fn prompt_logits_match_pytorch_within_1e_4() {
    for name in MODELS {
        let dir = fixture_dir(name);
        let r = reference(&dir);
        let prompt = ids(&r["prompt_ids"]);
        let (dims, want) = tensor(&dir, "logits");
        let mut e = engine(&dir, 64, vec![32]);
        let got = e.logits(&prompt).unwrap();
        assert_eq!(got.len(), want.len(), "{name}: logits size {dims:?}");
        let v = dims[1] as usize;
        for (pos, (g, w)) in got.chunks(v).zip(want.chunks(v)).enumerate() {
            let err = rel_error(g, w);
            assert!(
                err < LOGIT_TOL,
                "{name} position {pos}: relative logit error {err:e}"
            );
        }
    }
}

#[test]
fn greedy_ids_match_pytorch() {
    for name in MODELS {
        let dir = fixture_dir(name);
        let r = reference(&dir);
        let (prompt, want) = (ids(&r["prompt_ids"]), ids(&r["greedy_ids"]));
        // Bucket 32 pads the 20-token prompt: padding must not change anything.
        let mut e = engine(&dir, 64, vec![8, 32]);
        let got = e
            .generate(&prompt, &GenerateParams::greedy(want.len()), None, |_| {
                xlagen::engine::Flow::Continue
            })
            .unwrap();
        assert_eq!(got.ids, want, "{name}");
    }
}

#[test]
fn cached_decode_logits_equal_full_recompute() {
    common::assert_cached_decode_equals_recompute(common::client(), LOGIT_TOL);
}

#[test]
fn sliding_window_masks_positions_beyond_the_window() {
    // The fixture's positions >= window differ from full causal attention by > 4 logits
    // (checked in make_fixtures.py), so matching them proves the window is applied.
    let dir = fixture_dir("mistral_gqa_window");
    let store = WeightStore::open(&dir).unwrap();
    assert_eq!(store.config().sliding_window, Some(8));
    let r = reference(&dir);
    let prompt = ids(&r["prompt_ids"]);
    let (_, want) = tensor(&dir, "logits");
    let mut e = engine(&dir, 64, vec![32]);
    let got = e.logits(&prompt).unwrap();
    for pos in [7usize, 8, 19] {
        let err = rel_error(
            &got[pos * 96..(pos + 1) * 96],
            &want[pos * 96..(pos + 1) * 96],
        );
        assert!(err < LOGIT_TOL, "position {pos}: {err:e}");
    }
}

#[test]
fn prompt_longer_than_the_cache_is_a_clear_error() {
    let dir = fixture_dir("llama_tied_odd");
    let mut e = engine(&dir, 24, vec![16]);
    let prompt: Vec<u32> = (1..=20).collect();
    let err = e
        .generate(&prompt, &GenerateParams::greedy(8), None, |_| {
            xlagen::engine::Flow::Continue
        })
        .unwrap_err();
    let msg = format!("{err:#}");
    assert!(
        msg.contains("max_seq is 24") && msg.contains("20 tokens"),
        "{msg}"
    );
    let err = e
        .generate(&[5000], &GenerateParams::greedy(1), None, |_| {
            xlagen::engine::Flow::Continue
        })
        .unwrap_err();
    assert!(format!("{err:#}").contains("5000"), "{err:#}");
}

#[test]
fn no_cache_ablation_gives_the_same_greedy_ids() {
    let dir = fixture_dir("mistral_gqa_window");
    let r = reference(&dir);
    let (prompt, want) = (ids(&r["prompt_ids"]), ids(&r["greedy_ids"]));
    let mut e = engine(&dir, 64, vec![32]);
    let got = e
        .generate_no_cache(&prompt, &GenerateParams::greedy(want.len()), |_| {
            xlagen::engine::Flow::Continue
        })
        .unwrap();
    assert_eq!(got.ids, want);
}

#[test]
fn a_batch_of_prompts_of_different_lengths_generates_what_each_does_alone() {
    // Left padding and the per-sequence mask must make batch-mates invisible to each other.
    for name in MODELS {
        let dir = fixture_dir(name);
        let r = reference(&dir);
        let full = ids(&r["prompt_ids"]);
        let prompts = vec![full.clone(), full[..7].to_vec(), full[3..16].to_vec()];
        let mut e = engine(&dir, 64, vec![8, 32]);
        let batched = e
            .generate_batch(&prompts, &GenerateParams::greedy(10))
            .unwrap();
        for (prompt, got) in prompts.iter().zip(&batched) {
            let alone = e
                .generate(prompt, &GenerateParams::greedy(10), None, |_| {
                    xlagen::engine::Flow::Continue
                })
                .unwrap();
            assert_eq!(got, &alone.ids, "{name}: prompt of {} tokens", prompt.len());
        }
        assert_eq!(
            batched[0],
            ids(&r["greedy_ids"])[..10].to_vec(),
            "{name} vs transformers"
        );
    }
}

#[test]
fn a_bf16_checkpoint_run_in_bf16_equals_f32_weights_rounded_at_load() {
    // A bf16 checkpoint's bytes go to the device as they are (stacked projections
    // concatenated); the same weights stored f32 are rounded to bf16 while loading. Both must
    // give the very same model.
    for name in MODELS {
        let dir = fixture_dir(name);
        let store = WeightStore::open(&dir).unwrap();
        let file = SafetensorsFile::open(&dir.join("model.safetensors")).unwrap();
        let mut names: Vec<String> = file.names().map(str::to_string).collect();
        names.sort();
        let rounded: Vec<(String, Vec<i64>, Vec<u8>)> = names
            .iter()
            .map(|n| {
                let (dims, values) = store.get_f32(n).unwrap();
                let bytes = values
                    .iter()
                    .flat_map(|&v| half::bf16::from_f32(v).to_le_bytes())
                    .collect();
                (n.clone(), dims, bytes)
            })
            .collect();
        let views: Vec<(&str, TensorView)> = rounded
            .iter()
            .map(|(n, dims, b)| (n.as_str(), TensorView::new(DType::BF16, dims, b)))
            .collect();
        let tmp = tempfile::tempdir().unwrap();
        write_safetensors(
            &tmp.path().join("model.safetensors"),
            &views,
            &Default::default(),
        )
        .unwrap();
        std::fs::copy(dir.join("config.json"), tmp.path().join("config.json")).unwrap();

        let r = reference(&dir);
        let prompt = ids(&r["prompt_ids"]);
        let run = |d: &Path| {
            let store = WeightStore::open(d).unwrap();
            let opts = EngineOptions {
                dtype: DType::BF16,
                max_seq: 64,
                buckets: vec![32],
                compile_cache: None,
                decode_steps: xlagen::engine::DEFAULT_DECODE_STEPS,
                quant: Default::default(),
                kv_dtype: None,
            };
            let mut e = Engine::new(common::client().clone(), &store, opts).unwrap();
            e.logits(&prompt).unwrap()
        };
        assert_eq!(run(tmp.path()), run(&dir), "{name}");
    }
}

#[test]
fn qwen2_gguf_gives_the_transformers_logits_of_its_weights() {
    // tiny_qwen2.gguf is qwen2_tied_gqa written as llama.cpp's converter writes qwen2 (Q/K not
    // permuted, biases as blk.N.attn_*.bias, no output.weight), every tensor F32.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/gguf/tiny_qwen2.gguf");
    let dir = fixture_dir("qwen2_tied_gqa");
    let r = reference(&dir);
    let (prompt, want_ids) = (ids(&r["prompt_ids"]), ids(&r["greedy_ids"]));
    let (dims, want) = tensor(&dir, "logits");
    let mut e = engine(&path, 64, vec![8, 32]);
    let got = e.logits(&prompt).unwrap();
    let v = dims[1] as usize;
    assert_eq!(got.len(), want.len());
    for (pos, (g, w)) in got.chunks(v).zip(want.chunks(v)).enumerate() {
        let err = rel_error(g, w);
        assert!(
            err < LOGIT_TOL,
            "position {pos}: relative logit error {err:e}"
        );
    }
    let generated = e
        .generate(
            &prompt,
            &GenerateParams::greedy(want_ids.len()),
            None,
            |_| xlagen::engine::Flow::Continue,
        )
        .unwrap();
    assert_eq!(generated.ids, want_ids);
}

#[test]
fn qwen2_sliding_window_is_ignored_without_use_sliding_window() {
    // config.json says sliding_window 4 and use_sliding_window false; make_fixtures.py checked
    // that honouring the window would move every position >= 4 by more than 0.1 logits.
    let dir = fixture_dir("qwen2_tied_gqa");
    let r = reference(&dir);
    let check = &r["qwen2_checks"];
    assert_eq!(check["config_sliding_window"], 4);
    assert!(
        check["if_honoured_min_over_positions_ge_window_of_max_abs_diff"]
            .as_f64()
            .unwrap()
            > 0.1
    );
    assert_eq!(
        WeightStore::open(&dir).unwrap().config().sliding_window,
        None
    );
    let prompt = ids(&r["prompt_ids"]);
    let (dims, want) = tensor(&dir, "logits");
    let v = dims[1] as usize;
    let got = engine(&dir, 64, vec![32]).logits(&prompt).unwrap();
    for pos in 4..prompt.len() {
        let err = rel_error(&got[pos * v..(pos + 1) * v], &want[pos * v..(pos + 1) * v]);
        assert!(err < LOGIT_TOL, "position {pos}: {err:e}");
    }
}

#[test]
fn sequences_joining_and_leaving_a_batch_get_what_each_gets_alone() {
    // Continuous batching: sequences are admitted at different steps (one while another is
    // mid-prefill, one into a slot a cancelled sequence freed), greedy and seeded sampling
    // side by side. Each must produce exactly what it produces alone in a batch of one.
    use xlagen::engine::{Event, Flow};
    let dir = fixture_dir("mistral_gqa_window");
    let full = ids(&reference(&dir)["prompt_ids"]);
    let mut e = engine(&dir, 64, vec![8]);
    let greedy = GenerateParams::greedy(10);
    let sampled = GenerateParams {
        temperature: 0.9,
        top_k: 20,
        top_p: 0.95,
        seed: 5,
        ..GenerateParams::greedy(12)
    };
    let requests = [
        (full.clone(), greedy.clone()),
        (full[2..9].to_vec(), sampled.clone()),
        (full[5..17].to_vec(), greedy.clone()),
        (full[..3].to_vec(), GenerateParams { seed: 6, ..sampled }),
    ];
    let alone: Vec<Vec<u32>> = requests
        .iter()
        .map(|(p, params)| e.generate(p, params, None, |_| Flow::Continue).unwrap().ids)
        .collect();
    assert_ne!(alone[1], alone[3][..], "two seeds drew the same tokens");

    let mut batch = e.new_batch(3, false).unwrap();
    let mut got: Vec<Vec<u32>> = vec![Vec::new(); requests.len()];
    let mut owner: Vec<Option<usize>> = vec![None; 3];
    let admit = |e: &mut xlagen::engine::Engine, b: &mut xlagen::engine::Batch, r: usize| {
        e.admit(b, &requests[r].0, &requests[r].1).unwrap()
    };
    owner[admit(&mut e, &mut batch, 0)] = Some(0);
    let mut step = 0;
    while !batch.is_idle() || step < 3 {
        match step {
            // Request 0 has three prompt chunks: 1 joins while it is still prefilling.
            1 => owner[admit(&mut e, &mut batch, 1)] = Some(1),
            4 => owner[admit(&mut e, &mut batch, 2)] = Some(2),
            _ => {}
        }
        let mut freed = None;
        e.step(&mut batch, &mut |event| {
            let Event::Token { slot, id, .. } = event else {
                return Flow::Continue;
            };
            let r = owner[slot].expect("tokens come only for running requests");
            got[r].push(id);
            // Request 0 is cancelled after 4 tokens, as the server does when its client goes;
            // 3 takes its slot before the next step.
            if r == 0 && got[0].len() == 4 {
                owner[slot] = None;
                freed = Some(slot);
                return Flow::Stop;
            }
            Flow::Continue
        })
        .unwrap();
        if freed.is_some() {
            owner[admit(&mut e, &mut batch, 3)] = Some(3);
        }
        step += 1;
    }
    assert_eq!(got[0], alone[0][..4], "cancelled after 4 tokens");
    for r in 1..requests.len() {
        assert_eq!(got[r], alone[r], "request {r}");
    }
}

#[test]
fn a_half_precision_kv_cache_stays_close_to_pytorch() {
    // Prompts prefilled in chunks of 8 read the earlier chunks' keys and values back from the
    // cache, rounded to its dtype: the next-token logits must stay within the rounding's reach
    // of PyTorch's f32 logits (bf16 keeps 8 significant bits, f16 11).
    for name in MODELS {
        let dir = fixture_dir(name);
        let prompt = ids(&reference(&dir)["prompt_ids"]);
        let (dims, want) = tensor(&dir, "logits");
        let vocab = dims[1] as usize;
        for (kv, tol) in [(DType::BF16, 3e-2), (DType::F16, 5e-3)] {
            let mut e = engine_with_kv(&dir, 64, vec![8], Some(kv));
            let cfg = e.config().clone();
            assert_eq!(
                e.kv_cache_bytes(),
                2 * 64 * cfg.num_hidden_layers * cfg.num_key_value_heads * cfg.head_dim * 2
            );
            for n in [5, 13, prompt.len()] {
                let mut logits = Vec::new();
                e.generate(
                    &prompt[..n],
                    &GenerateParams::greedy(1),
                    Some(&mut logits),
                    |_| xlagen::engine::Flow::Continue,
                )
                .unwrap();
                let err = rel_error(&logits[0], &want[(n - 1) * vocab..n * vocab]);
                assert!(err < tol, "{name}, {kv} cache, {n}-token prompt: {err:e}");
            }
        }
    }
}
