//! The multi-token decode loop (K steps inside one executable) against the single-step loop:
//! the same tokens for every K, greedy and seeded sampling, alone and in a batch, including a
//! stop id drawn in the middle of a block; and the cache still updated in place.

mod common;

use std::path::Path;
use std::process::Command;

use common::{fixture_dir, ids, reference};
use xlagen::dtype::DType;
use xlagen::engine::{Engine, EngineOptions, Flow, GenerateParams, StopReason};
use xlagen::model::WeightStore;

/// Block sizes compared with K = 1 (20 decoded tokens: 4 divides them, 8 leaves a part block).
const BLOCKS: [i64; 2] = [4, 8];

fn engine(dir: &Path, decode_steps: i64, max_seq: i64, buckets: Vec<i64>) -> Engine {
    let store = WeightStore::open(dir).unwrap();
    let opts = EngineOptions {
        dtype: DType::F32,
        max_seq,
        buckets,
        compile_cache: None,
        decode_steps,
        quant: Default::default(),
        kv_dtype: None,
    };
    Engine::new(common::client().clone(), &store, opts).unwrap()
}

fn generate(e: &mut Engine, prompt: &[u32], params: &GenerateParams) -> (Vec<u32>, StopReason) {
    let g = e
        .generate(prompt, params, None, |_| Flow::Continue)
        .unwrap();
    (g.ids, g.stop)
}

fn sampled(max_new_tokens: usize, seed: u64) -> GenerateParams {
    GenerateParams {
        temperature: 0.8,
        top_k: 40,
        top_p: 0.95,
        seed,
        ..GenerateParams::greedy(max_new_tokens)
    }
}

/// An index `i` of `ids` where `ids[i]` appears for the first time and which is inside a block,
/// not at either end of one, for every K in `BLOCKS` (the first id comes from the prefill, so
/// block `j` holds ids `1 + jK ..= (j + 1)K`).
fn mid_block_first_occurrence(ids: &[u32]) -> usize {
    (2..ids.len())
        .find(|&i| {
            !ids[..i].contains(&ids[i])
                && BLOCKS.iter().all(|&k| {
                    let at = (i as i64 - 1) % k;
                    at != 0 && at != k - 1
                })
        })
        .unwrap_or_else(|| panic!("no id of {ids:?} first appears mid-block for K in {BLOCKS:?}"))
}

/// For each of greedy and seeded sampling: the single-step loop's tokens, then the same
/// request ending on a stop id it draws mid-block; every K in `BLOCKS` must give both exactly.
fn assert_blocks_match_single_steps(dir: &Path, prompt: &[u32], max_seq: i64, buckets: Vec<i64>) {
    let name = dir.display();
    let mut single = engine(dir, 1, max_seq, buckets.clone());
    let mut cases = Vec::new();
    for params in [GenerateParams::greedy(21), sampled(21, 7)] {
        let (full, stop) = generate(&mut single, prompt, &params);
        assert_eq!(
            (full.len(), stop),
            (21, StopReason::MaxTokens),
            "{name}: {full:?}"
        );
        let at = mid_block_first_occurrence(&full);
        let stopping = GenerateParams {
            stop_ids: vec![full[at]],
            ..params.clone()
        };
        let (cut, stop) = generate(&mut single, prompt, &stopping);
        assert_eq!(
            (&cut[..], stop),
            (&full[..at], StopReason::Eos),
            "{name}: single steps end just before the stop id"
        );
        cases.push((params, full, stopping, cut));
    }
    assert_ne!(
        cases[0].1, cases[1].1,
        "{name}: sampling drew the greedy tokens"
    );
    for k in BLOCKS {
        let mut e = engine(dir, k, max_seq, buckets.clone());
        for (params, full, stopping, cut) in &cases {
            let what = format!("{name}, K = {k}, temperature {}", params.temperature);
            assert_eq!(
                generate(&mut e, prompt, params),
                (full.clone(), StopReason::MaxTokens),
                "{what}"
            );
            assert_eq!(
                generate(&mut e, prompt, stopping),
                (cut.clone(), StopReason::Eos),
                "{what}, stop id {:?}",
                stopping.stop_ids
            );
        }
    }
}

#[test]
fn decode_blocks_give_the_single_step_tokens_on_parity_fixtures() {
    for name in ["mistral_gqa_window", "llama_tied_odd"] {
        let dir = fixture_dir(name);
        let prompt = ids(&reference(&dir)["prompt_ids"]);
        assert_blocks_match_single_steps(&dir, &prompt, 64, vec![8, 32]);
    }
}

#[test]
fn decode_blocks_give_the_single_step_tokens_on_the_default_model() {
    let dir = xlagen::model::default_model::ensure()
        .unwrap_or_else(|e| panic!("the default model is needed and could not be fetched: {e:#}"));
    // "The capital of France is a city where", in SmolLM2's tokenizer.
    let prompt = [504, 3575, 282, 4649, 314, 253, 2240, 837];
    assert_blocks_match_single_steps(&dir, &prompt, 64, vec![16]);
}

#[test]
fn a_batch_whose_rows_stop_at_different_steps_decodes_as_single_steps_do() {
    // Rows end mid-block (a stop id, or their token budget) while the others go on: their
    // positions must freeze and the rest of the batch must not notice.
    let dir = fixture_dir("mistral_gqa_window");
    let full = ids(&reference(&dir)["prompt_ids"]);
    let prompts = vec![full.clone(), full[2..9].to_vec(), full[..3].to_vec()];
    let mut single = engine(&dir, 1, 64, vec![8]);
    let free = single
        .generate_batch(&prompts, &GenerateParams::greedy(17))
        .unwrap();
    // A stop id the second row draws mid-block; the others may draw it too, or not.
    let at = mid_block_first_occurrence(&free[1]);
    let params = GenerateParams {
        stop_ids: vec![free[1][at]],
        ..sampled(17, 3)
    };
    let greedy_stop = GenerateParams {
        temperature: 0.0,
        ..params.clone()
    };
    let want_greedy = single.generate_batch(&prompts, &greedy_stop).unwrap();
    assert_eq!(want_greedy[1], free[1][..at]);
    let want_sampled = single.generate_batch(&prompts, &params).unwrap();
    for k in [4, 8] {
        let mut e = engine(&dir, k, 64, vec![8]);
        assert_eq!(
            e.generate_batch(&prompts, &greedy_stop).unwrap(),
            want_greedy,
            "greedy, K = {k}"
        );
        assert_eq!(
            e.generate_batch(&prompts, &params).unwrap(),
            want_sampled,
            "sampled, K = {k}"
        );
    }
}

#[test]
fn while_a_prompt_prefills_the_others_decode_one_token_per_step() {
    // Chunked prefill is not held back by blocks: while a prompt still waits for a chunk, a
    // step decodes one token per sequence; the step that runs a prompt's last chunk hands its
    // first token over and decodes a full block, the new sequence included.
    use xlagen::engine::Event;
    let dir = fixture_dir("mistral_gqa_window");
    let full = ids(&reference(&dir)["prompt_ids"]);
    let mut e = engine(&dir, 8, 64, vec![8]);
    let mut batch = e.new_batch(2, false).unwrap();
    let params = GenerateParams::greedy(40);
    let a = e.admit(&mut batch, &full[..3], &params).unwrap();
    let mut per_step = Vec::new();
    for step in 0..6 {
        if step == 2 {
            // Three chunks of 8: prefilled over steps 2, 3 and 4.
            e.admit(&mut batch, &full[..20], &params).unwrap();
        }
        let mut counts = [0; 2];
        e.step(&mut batch, &mut |event| {
            if let Event::Token { slot, .. } = event {
                counts[slot] += 1;
            }
            Flow::Continue
        })
        .unwrap();
        per_step.push(counts);
    }
    let b = 1 - a;
    let mut want = vec![[0; 2]; 6];
    for (step, (ta, tb)) in [(9, 0), (8, 0), (1, 0), (1, 0), (8, 9), (8, 8)]
        .into_iter()
        .enumerate()
    {
        want[step][a] = ta;
        want[step][b] = tb;
    }
    assert_eq!(per_step, want, "tokens per slot at each step");
}

#[test]
fn a_callback_stop_mid_block_keeps_only_the_tokens_before_it() {
    let dir = fixture_dir("mistral_gqa_window");
    let prompt = ids(&reference(&dir)["prompt_ids"]);
    let mut e = engine(&dir, 8, 64, vec![8, 32]);
    let params = GenerateParams::greedy(20);
    let (full, _) = generate(&mut e, &prompt, &params);
    let mut streamed = Vec::new();
    let g = e
        .generate(&prompt, &params, None, |id| {
            streamed.push(id);
            if streamed.len() == 4 {
                Flow::Stop
            } else {
                Flow::Continue
            }
        })
        .unwrap();
    assert_eq!(g.stop, StopReason::Callback);
    assert_eq!(g.ids, full[..4]);
    assert_eq!(streamed, full[..4]);
}

#[test]
fn the_decode_loop_keeps_the_cache_and_weights_in_place() {
    // XLA's optimized HLO of the K-step decode, f32 and INT8: the cache is aliased from argument
    // to result, and neither it nor any weight is copied (into the loop state or back out); the
    // only copies are of a step's own small values (loop state, one token's keys).
    for quant in ["none", "int8"] {
        let dump = tempfile::tempdir().unwrap();
        let cache = tempfile::tempdir().unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_xlagen"))
            .args(["compile", "--model"])
            .arg(fixture_dir("mistral_gqa_window"))
            .args(["--buckets", "16", "--max-seq", "64", "--decode-steps", "4"])
            .args(["--quant", quant])
            .env("XLAGEN_CACHE_DIR", cache.path())
            .env(
                "XLA_FLAGS",
                format!(
                    "--xla_dump_to={} --xla_dump_hlo_as_text",
                    dump.path().display()
                ),
            )
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut checked = 0;
        for entry in std::fs::read_dir(dump.path()).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            if !(name.contains(".decode_k4_") && name.ends_with("after_optimizations.txt")) {
                continue;
            }
            let hlo = std::fs::read_to_string(dump.path().join(&name)).unwrap();
            let header = hlo.lines().next().unwrap_or("");
            // On the CPU the layers are looped, every layer's keys in one buffer and values in
            // another: results 1 and 2 alias the two cache arguments.
            let aliased =
                header.matches("may-alias").count() + header.matches("must-alias").count();
            assert_eq!(aliased, 2, "{name}: {header}");
            assert!(hlo.contains(" while("), "{name}: no while loop");
            // A cache buffer holds 2·64·16 = 2048 values and every weight matrix more; a step's
            // own values (one token's keys [2, 1, 16], a hidden row of 64) are far smaller.
            let big_copies: Vec<&str> = hlo
                .lines()
                .filter(|l| l.contains(" copy(") && copied_elements(l) >= 1024)
                .collect();
            assert!(
                big_copies.is_empty(),
                "{name} copies weights or cache: {big_copies:#?}"
            );
            checked += 1;
        }
        assert_eq!(
            checked, 2,
            "--quant {quant}: greedy and sampling decode_k4 dumps"
        );
    }
}

#[test]
fn decodes_over_fewer_rows_than_slots_give_each_sequence_its_own_tokens() {
    // A decode runs only the sequences decoding, padded to a row bucket (1, 2, 4 for 4 slots);
    // padding rows sit in free slots or in a slot still prefilling, where they write at a
    // position that slot's own prompt rewrites. Neither may change anyone's tokens.
    use xlagen::engine::Event;
    let dir = fixture_dir("mistral_gqa_window");
    let full = ids(&reference(&dir)["prompt_ids"]);
    let requests = [
        (full[..5].to_vec(), GenerateParams::greedy(9)),
        (full[2..9].to_vec(), sampled(30, 4)),
        (full[4..7].to_vec(), GenerateParams::greedy(21)),
        // Three chunks of 8: prefilled while the others decode around it.
        (full[..20].to_vec(), GenerateParams::greedy(12)),
    ];
    let mut e = engine(&dir, 4, 64, vec![8]);
    let alone: Vec<Vec<u32>> = requests
        .iter()
        .map(|(p, params)| generate(&mut e, p, params).0)
        .collect();
    let mut batch = e.new_batch(4, false).unwrap();
    let mut owner = [None; 4];
    for (r, (prompt, params)) in requests.iter().enumerate().take(3) {
        owner[e.admit(&mut batch, prompt, params).unwrap()] = Some(r);
    }
    let mut got = vec![Vec::new(); requests.len()];
    let mut step = 0;
    while !batch.is_idle() {
        if step == 3 {
            // The first three decode in a 4-row call whose padding row is the free slot; then
            // the fourth prefills in that slot while the padding row writes there.
            let (prompt, params) = &requests[3];
            owner[e.admit(&mut batch, prompt, params).unwrap()] = Some(3);
        }
        e.step(&mut batch, &mut |event| {
            if let Event::Token { slot, id, .. } = event {
                got[owner[slot].expect("a running request")].push(id);
            }
            Flow::Continue
        })
        .unwrap();
        step += 1;
    }
    for (r, want) in alone.iter().enumerate() {
        assert_eq!(&got[r], want, "request {r}");
    }
}

/// Elements of the value an HLO line defines: `%copy.4 = f32[2,1,1,16]{3,2,1,0} copy(...)`.
fn copied_elements(line: &str) -> usize {
    let shape = line
        .split_once("= ")
        .and_then(|(_, rest)| rest.split_once('['))
        .and_then(|(_, rest)| rest.split_once(']'))
        .map_or("", |(dims, _)| dims);
    shape
        .split(',')
        .filter(|d| !d.is_empty())
        .map(|d| d.trim().parse::<usize>().unwrap_or(0))
        .product()
}
