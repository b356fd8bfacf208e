//! PNG plots of a report, drawn with plotters' bitmap backend and an embedded DejaVu font (no
//! system fonts needed): tok/s, memory, latency CDF, ROUGE-L by prompt length, % of roofline.

use std::path::{Path, PathBuf};
use std::sync::Once;

use anyhow::{anyhow, Context, Result};
use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};

use super::metrics::cdf;
use super::report::{BenchReport, ConfigResult};

const SIZE: (u32, u32) = (900, 540);

fn register_fonts() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular())
            .unwrap_or_else(|_| panic!("the embedded DejaVu font is a valid font"));
    });
}

fn color(i: usize) -> RGBColor {
    const PALETTE: [RGBColor; 6] = [
        RGBColor(31, 119, 180),
        RGBColor(255, 127, 14),
        RGBColor(44, 160, 44),
        RGBColor(214, 39, 40),
        RGBColor(148, 103, 189),
        RGBColor(140, 86, 75),
    ];
    PALETTE[i % PALETTE.len()]
}

fn err<E: std::fmt::Debug>(e: E) -> anyhow::Error {
    anyhow!("drawing a plot: {e:?}")
}

/// A bar chart of `series` (name, value per bar) over the bar labels.
fn bars(
    path: &Path,
    title: &str,
    y_label: &str,
    labels: &[String],
    series: &[(&str, Vec<f64>)],
) -> Result<()> {
    let root = BitMapBackend::new(path, SIZE).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let top = series
        .iter()
        .flat_map(|s| s.1.iter().copied())
        .fold(0f64, f64::max)
        .max(1e-9)
        * 1.15;
    let n = labels.len();
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 24))
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(70)
        .build_cartesian_2d(-0.5f64..n as f64 - 0.5, 0f64..top)
        .map_err(err)?;
    let names = labels.to_vec();
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(n.max(1))
        .x_label_formatter(&move |x| {
            let i = x.round();
            if (x - i).abs() < 0.01 && i >= 0.0 {
                names.get(i as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .y_desc(y_label)
        .label_style(("sans-serif", 15))
        .draw()
        .map_err(err)?;
    let width = 0.8 / series.len() as f64;
    for (k, (name, values)) in series.iter().enumerate() {
        let c = color(k);
        chart
            .draw_series(values.iter().enumerate().map(|(i, &v)| {
                let x0 = i as f64 - 0.4 + k as f64 * width;
                Rectangle::new([(x0, 0.0), (x0 + width * 0.95, v)], c.filled())
            }))
            .map_err(err)?
            .label(*name)
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], c.filled()));
        chart
            .draw_series(values.iter().enumerate().map(|(i, &v)| {
                let x = i as f64 - 0.4 + (k as f64 + 0.1) * width;
                Text::new(format!("{v:.1}"), (x, v + top * 0.02), ("sans-serif", 14))
            }))
            .map_err(err)?;
    }
    if series.len() > 1 {
        chart
            .configure_series_labels()
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK)
            .label_font(("sans-serif", 15))
            .draw()
            .map_err(err)?;
    }
    root.present().map_err(err)?;
    Ok(())
}

fn ran(report: &BenchReport) -> Vec<&ConfigResult> {
    report
        .configs
        .iter()
        .filter(|c| c.skipped.is_none() && c.summary.is_some())
        .collect()
}

/// Writes every plot the report has data for into `dir`; returns their paths.
pub fn write_all(report: &BenchReport, dir: &Path) -> Result<Vec<PathBuf>> {
    register_fonts();
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let configs = ran(report);
    let labels: Vec<String> = configs.iter().map(|c| c.name.clone()).collect();
    let mut written = Vec::new();
    if configs.is_empty() {
        return Ok(written);
    }

    let path = dir.join("tok_s.png");
    let get = |f: &dyn Fn(&ConfigResult) -> Option<f64>| -> Vec<f64> {
        configs.iter().map(|c| f(c).unwrap_or(0.0)).collect()
    };
    bars(
        &path,
        "Throughput per config",
        "tokens / s",
        &labels,
        &[
            ("decode", get(&|c| c.summary.as_ref()?.decode_tok_s)),
            ("end to end", get(&|c| c.summary.as_ref()?.end_to_end_tok_s)),
        ],
    )?;
    written.push(path);

    let path = dir.join("memory.png");
    let mib = |b: Option<u64>| b.map(|b| b as f64 / (1u64 << 20) as f64);
    bars(
        &path,
        "Memory per config",
        "MiB",
        &labels,
        &[
            ("peak host RSS", get(&|c| mib(c.resources.peak_rss_bytes))),
            (
                "device (weights + KV cache)",
                get(&|c| mib(c.resources.device_bytes)),
            ),
        ],
    )?;
    written.push(path);

    let path = dir.join("roofline.png");
    bars(
        &path,
        &format!(
            "Decode speed as % of the bandwidth bound ({:.1} GB/s read)",
            report.bandwidth.as_ref().map_or(0.0, |b| b.read_gb_per_s)
        ),
        "% of bandwidth / bytes per token",
        &labels,
        &[(
            "% of roofline",
            get(&|c| c.roofline.as_ref()?.percent_of_bound),
        )],
    )?;
    written.push(path);

    let path = dir.join("latency_cdf.png");
    line_cdf(&path, &configs)?;
    written.push(path);

    if configs.iter().any(|c| c.quality.is_some()) {
        let path = dir.join("rouge_by_length.png");
        rouge_scatter(&path, &configs)?;
        written.push(path);
    }
    Ok(written)
}

fn line_cdf(path: &Path, configs: &[&ConfigResult]) -> Result<()> {
    let root = BitMapBackend::new(path, SIZE).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let curves: Vec<Vec<(f64, f64)>> = configs
        .iter()
        .map(|c| cdf(&c.samples.iter().map(|s| s.latency_ms).collect::<Vec<_>>()))
        .collect();
    let (lo, hi) = curves
        .iter()
        .flatten()
        .fold((f64::INFINITY, 0f64), |a, p| (a.0.min(p.0), a.1.max(p.0)));
    let lo = (lo.max(1e-3) / 1.5).max(1e-3);
    let mut chart = ChartBuilder::on(&root)
        .caption("End-to-end latency CDF", ("sans-serif", 24))
        .margin(16)
        .x_label_area_size(45)
        .y_label_area_size(60)
        .build_cartesian_2d((lo..hi * 1.5).log_scale(), 0f64..1.02)
        .map_err(err)?;
    chart
        .configure_mesh()
        .x_labels(5)
        .x_label_formatter(&|x| format!("{x:.0}"))
        .x_desc("latency per prompt (ms, log scale)")
        .y_desc("fraction of prompts")
        .label_style(("sans-serif", 15))
        .draw()
        .map_err(err)?;
    for (i, (c, points)) in configs.iter().zip(&curves).enumerate() {
        let col = color(i);
        // A step function: each sample raises the fraction at its latency.
        let mut steps = vec![(points[0].0, 0.0)];
        let mut prev = 0.0;
        for &(x, y) in points {
            steps.push((x, prev));
            steps.push((x, y));
            prev = y;
        }
        chart
            .draw_series(LineSeries::new(steps, col.stroke_width(2)))
            .map_err(err)?
            .label(c.name.clone())
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 16, y)], col.stroke_width(2)));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .label_font(("sans-serif", 15))
        .draw()
        .map_err(err)?;
    root.present().map_err(err)?;
    Ok(())
}

fn rouge_scatter(path: &Path, configs: &[&ConfigResult]) -> Result<()> {
    let root = BitMapBackend::new(path, SIZE).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let max_len = configs
        .iter()
        .flat_map(|c| c.samples.iter().map(|s| s.prompt_tokens))
        .max()
        .unwrap_or(1) as f64;
    let mut chart = ChartBuilder::on(&root)
        .caption("ROUGE-L against f32 by prompt length", ("sans-serif", 24))
        .margin(16)
        .x_label_area_size(45)
        .y_label_area_size(60)
        .build_cartesian_2d(0f64..max_len * 1.05, 0f64..1.05)
        .map_err(err)?;
    chart
        .configure_mesh()
        .x_desc("prompt tokens")
        .y_desc("ROUGE-L F")
        .label_style(("sans-serif", 15))
        .draw()
        .map_err(err)?;
    for (i, c) in configs
        .iter()
        .enumerate()
        .filter(|(_, c)| c.quality.is_some())
    {
        let col = color(i);
        chart
            .draw_series(c.samples.iter().filter_map(|s| {
                Some(Circle::new(
                    (s.prompt_tokens as f64, s.rouge_l?),
                    5,
                    col.filled(),
                ))
            }))
            .map_err(err)?
            .label(c.name.clone())
            .legend(move |(x, y)| Circle::new((x + 6, y), 5, col.filled()));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerLeft)
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .label_font(("sans-serif", 15))
        .draw()
        .map_err(err)?;
    root.present().map_err(err)?;
    Ok(())
}
