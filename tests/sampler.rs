//! The in-graph sampler against distributions computed on the host in f64: many rows of the
//! same logits in one call, each one draw further along the same seed's stream, give many
//! independent draws; and each row follows its own settings and key whatever its neighbours.

mod common;

use common::{run, Host};
use xlagen::dtype::{DType, TensorType};
use xlagen::engine::sampler::{greedy, key, sample, SamplerParams};
use xlagen::trace::Graph;

const ROWS: usize = 4000;
const LOGITS: [f64; 8] = [2.0, 1.5, 0.3, -1.0, 1.9, 0.0, -3.0, 1.0];

/// Per-row settings of one sampler call: (temperature, top-k, top-p, key).
type Row = (f64, i64, f64, [u32; 3]);

/// One draw from `LOGITS` per row, each with its own settings.
fn draw_rows(rows: &[Row]) -> Vec<usize> {
    let (n, v) = (rows.len() as i64, LOGITS.len() as i64);
    let g = Graph::new("sampler");
    let logits = g.param("logits", TensorType::new(DType::F32, &[n, v]));
    let params = SamplerParams::params(&g, n);
    let ids = sample(&logits, &params);
    let program = g.build(&[&ids]).unwrap();
    let table = Host::f32(
        &[n, v],
        LOGITS
            .iter()
            .cycle()
            .take((n * v) as usize)
            .copied()
            .collect(),
    );
    let column = |f: &dyn Fn(&Row) -> f64| rows.iter().map(f).collect::<Vec<f64>>();
    let keys: Vec<f64> = rows.iter().flat_map(|r| r.3.map(f64::from)).collect();
    let out = run(
        &program,
        &[
            &table,
            &Host::f32(&[n], column(&|r| r.0)),
            &Host::i32(
                &[n],
                column(&|r| r.1 as f64).iter().map(|&x| x as i64).collect(),
            ),
            &Host::f32(&[n], column(&|r| r.2)),
            &Host::new(DType::U32, &[n, 3], keys),
        ],
    );
    out[0].data.iter().map(|&x| x as usize).collect()
}

/// Draws `ROWS` tokens from `LOGITS` with the given settings: the first `ROWS` draws of `seed`.
fn draw(temperature: f64, top_k: i64, top_p: f64, seed: u64) -> Vec<usize> {
    let rows: Vec<Row> = (0..ROWS as u64)
        .map(|i| (temperature, top_k, top_p, key(seed, i)))
        .collect();
    draw_rows(&rows)
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

#[test]
fn each_row_follows_its_own_settings_and_key() {
    // Row 0 is greedy (temperature 0); rows 1 and 3 share a key and settings, so they draw the
    // same token wherever they sit and whatever row 2 does; the same key alone in a call of
    // one row draws it too.
    let hot = (5.0, 0, 1.0, key(99, 3));
    let rows = [(0.0, 0, 1.0, key(1, 0)), hot, (1.0, 1, 1.0, key(2, 0)), hot];
    let got = draw_rows(&rows);
    assert_eq!(got[0], 0, "greedy row");
    assert_eq!(got[2], 0, "top-k 1 row");
    assert_eq!(got[1], got[3]);
    assert_eq!(draw_rows(&[hot]), vec![got[1]]);
    // At temperature 5 the eight tokens are near uniform: 64 keys must reach most of them.
    let spread: std::collections::HashSet<usize> = draw_rows(
        &(0..64)
            .map(|i| (5.0, 0, 1.0, key(99, i)))
            .collect::<Vec<Row>>(),
    )
    .into_iter()
    .collect();
    assert!(spread.len() >= 6, "{spread:?}");
}
