//! The in-graph sampler against distributions computed on the host in f64: many rows of the
//! same logits in one call give many independent draws.

mod common;

use common::{run, Host};
use xlagen::dtype::{DType, TensorType};
use xlagen::engine::sampler::{greedy, sample, SamplerParams};
use xlagen::trace::Graph;

const ROWS: usize = 4000;
const LOGITS: [f64; 8] = [2.0, 1.5, 0.3, -1.0, 1.9, 0.0, -3.0, 1.0];

/// Draws `ROWS` tokens from `LOGITS` with the given settings and seed.
fn draw(temperature: f64, top_k: i64, top_p: f64, seed: u64) -> Vec<usize> {
    let v = LOGITS.len() as i64;
    let g = Graph::new("sampler");
    let logits = g.param("logits", TensorType::new(DType::F32, &[ROWS as i64, v]));
    let params = SamplerParams::params(&g);
    let (ids, key) = sample(&logits, &params);
    let program = g.build(&[&ids, &key]).unwrap();
    let rows = Host::f32(
        &[ROWS as i64, v],
        LOGITS
            .iter()
            .cycle()
            .take(ROWS * v as usize)
            .copied()
            .collect(),
    );
    let out = run(
        &program,
        &[
            &rows,
            &Host::f32(&[], vec![temperature]),
            &Host::i32(&[], vec![top_k]),
            &Host::f32(&[], vec![top_p]),
            &Host::new(DType::U64, &[2], vec![seed as f64, 0.0]),
        ],
    );
    out[0].data.iter().map(|&x| x as usize).collect()
}

/// The distribution the sampler should follow: softmax(logits / T) over the tokens that
/// survive top-k and then top-p (a token stays while the mass before it is below p).
fn expected(temperature: f64, top_k: usize, top_p: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..LOGITS.len()).collect();
    order.sort_by(|&a, &b| LOGITS[b].partial_cmp(&LOGITS[a]).unwrap());
    let scaled: Vec<f64> = LOGITS.iter().map(|l| l / temperature).collect();
    let z: f64 = scaled.iter().map(|s| s.exp()).sum();
    let mut keep = vec![false; LOGITS.len()];
    let mut before = 0.0;
    for (rank, &i) in order.iter().enumerate() {
        let in_k = top_k == 0 || rank < top_k;
        if in_k && before < top_p {
            keep[i] = true;
        }
        before += scaled[i].exp() / z;
    }
    let kept_z: f64 = (0..LOGITS.len())
        .filter(|&i| keep[i])
        .map(|i| scaled[i].exp())
        .sum();
    (0..LOGITS.len())
        .map(|i| {
            if keep[i] {
                scaled[i].exp() / kept_z
            } else {
                0.0
            }
        })
        .collect()
}

#[track_caller]
fn assert_follows(draws: &[usize], want: &[f64]) {
    let n = draws.len() as f64;
    for (token, &p) in want.iter().enumerate() {
        let count = draws.iter().filter(|&&d| d == token).count() as f64;
        if p == 0.0 {
            assert_eq!(
                count, 0.0,
                "token {token} is excluded but was drawn {count} times"
            );
            continue;
        }
        // Binomial standard deviation; 5 sigmas keeps a correct sampler from failing by chance.
        let sigma = (n * p * (1.0 - p)).sqrt();
        assert!(
            (count - n * p).abs() <= 5.0 * sigma + 1.0,
            "token {token}: drawn {count} times, expected {:.0} ± {:.0}",
            n * p,
            sigma
        );
    }
}

#[test]
fn temperature_sampling_follows_the_softmax() {
    assert_follows(&draw(1.0, 0, 1.0, 7), &expected(1.0, 0, 1.0));
    assert_follows(&draw(0.5, 0, 1.0, 8), &expected(0.5, 0, 1.0));
    assert_follows(&draw(2.5, 0, 1.0, 9), &expected(2.5, 0, 1.0));
}

#[test]
fn top_k_and_top_p_restrict_the_candidates() {
    assert_follows(&draw(1.0, 3, 1.0, 10), &expected(1.0, 3, 1.0));
    assert_follows(&draw(1.0, 0, 0.6, 11), &expected(1.0, 0, 0.6));
    assert_follows(&draw(0.8, 4, 0.75, 12), &expected(0.8, 4, 0.75));
    // top_k = 1 and a tiny top_p both leave only the argmax.
    assert!(draw(1.0, 1, 1.0, 13).iter().all(|&d| d == 0));
    assert!(draw(1.0, 0, 1e-6, 14).iter().all(|&d| d == 0));
}

#[test]
fn a_seed_reproduces_a_draw_and_another_seed_changes_it() {
    assert_eq!(draw(1.0, 0, 1.0, 42), draw(1.0, 0, 1.0, 42));
    assert_ne!(draw(1.0, 0, 1.0, 42), draw(1.0, 0, 1.0, 43));
}

#[test]
fn greedy_is_the_argmax() {
    let g = Graph::new("greedy");
    let logits = g.param("logits", TensorType::new(DType::F32, &[2, 8]));
    let program = g.build(&[&greedy(&logits)]).unwrap();
    let mut rows = LOGITS.to_vec();
    rows.extend(LOGITS.iter().rev());
    let out = run(&program, &[&Host::f32(&[2, 8], rows)]);
    assert_eq!(out[0].data, vec![0.0, 7.0]);
}
