//! StableHLO text in MLIR's generic op form, which the PJRT plugins parse without needing each
//! op's pretty syntax. Output is deterministic so `graphs/*.mlir` diffs stay reviewable.

use std::fmt::Write;

use super::graph::{BlockId, Inner, Op, ValueId};
use crate::dtype::TensorType;
use crate::program::Sharding;

pub(crate) fn module(inner: &Inner) -> String {
    let mut out = String::new();
    let partitions = inner.mesh.as_ref().map_or(1, |m| m.device_count());
    let _ = writeln!(
        out,
        "module @{} attributes {{mhlo.num_partitions = {partitions} : i32, mhlo.num_replicas = 1 : i32}} {{",
        sanitize(&inner.name)
    );
    let root = &inner.blocks[0];
    let mut args = Vec::new();
    for (i, &v) in root.args.iter().enumerate() {
        let mut a = format!("{}: {}", name(v), inner.types[v].mlir());
        let mut attrs = Vec::new();
        if let Some((_, out)) = inner.aliases.iter().find(|(p, _)| *p == v) {
            attrs.push(format!("tf.aliasing_output = {out} : i32"));
        }
        if inner.mesh.is_some() {
            let sharding = inner
                .param_shardings
                .iter()
                .find(|(p, _)| *p == v)
                .map_or(&Sharding::Replicated, |(_, s)| s);
            attrs.push(sharding_attr(inner, sharding, &inner.types[v]));
        }
        let (pname, _) = &inner.params[i];
        attrs.push(format!("xlagen.name = \"{}\"", escape(pname)));
        a.push_str(&format!(" {{{}}}", attrs.join(", ")));
        args.push(a);
    }
    let ret = root.ops.last().expect("build appends func.return");
    let results: Vec<String> = ret
        .operands
        .iter()
        .enumerate()
        .map(|(i, &v)| match inner.result_shardings.get(i) {
            Some(sharding) if inner.mesh.is_some() => format!(
                "{} {{{}}}",
                inner.types[v].mlir(),
                sharding_attr(inner, sharding, &inner.types[v])
            ),
            _ => inner.types[v].mlir(),
        })
        .collect();
    // One argument per line, so a change to one weight or input is a one-line diff.
    let _ = writeln!(
        out,
        "  func.func public @main(\n      {}\n  ) -> ({}) {{",
        args.join(",\n      "),
        results.join(", ")
    );
    for op in &root.ops {
        print_op(inner, op, 4, &mut out);
    }
    out.push_str("  }\n");
    for (fname, b) in &inner.functions {
        print_function(inner, fname, *b, &mut out);
    }
    out.push_str("}\n");
    out
}

/// A private function whose body is block `b`, ending in its `func.return`.
fn print_function(inner: &Inner, fname: &str, b: BlockId, out: &mut String) {
    let block = &inner.blocks[b];
    let args = block_args(inner, b);
    let ret = block
        .ops
        .last()
        .expect("a function body ends in func.return");
    let results: Vec<String> = ret
        .operands
        .iter()
        .map(|&v| inner.types[v].mlir())
        .collect();
    let _ = writeln!(
        out,
        "  func.func private @{fname}({}) -> ({}) {{",
        args.join(", "),
        results.join(", ")
    );
    for op in &block.ops {
        print_op(inner, op, 4, out);
    }
    out.push_str("  }\n");
}

/// `mhlo.sharding = "..."` for a value of type `ty` (shardings are checked when traced).
fn sharding_attr(inner: &Inner, sharding: &Sharding, ty: &TensorType) -> String {
    let mesh = inner
        .mesh
        .as_ref()
        .expect("only sharded graphs print shardings");
    let hlo = sharding
        .hlo(mesh, ty)
        .unwrap_or_else(|e| format!("invalid: {e}"));
    format!("mhlo.sharding = \"{hlo}\"")
}

/// A dense i64 array attribute, e.g. `array<i64: 0, 1>` (`array<i64>` when empty).
pub(crate) fn arr(v: &[i64]) -> String {
    if v.is_empty() {
        return "array<i64>".to_string();
    }
    let items: Vec<String> = v.iter().map(|d| d.to_string()).collect();
    format!("array<i64: {}>", items.join(", "))
}

/// A plain list, as the dimension-number attributes spell them: `[0, 2]`.
pub(crate) fn list(v: &[i64]) -> String {
    let items: Vec<String> = v.iter().map(|d| d.to_string()).collect();
    format!("[{}]", items.join(", "))
}

fn name(v: ValueId) -> String {
    format!("%v{v}")
}

fn sanitize(s: &str) -> String {
    let t: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if t.is_empty() || t.starts_with(|c: char| c.is_ascii_digit()) {
        format!("m_{t}")
    } else {
        t
    }
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

fn print_op(inner: &Inner, op: &Op, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    out.push_str(&pad);
    if !op.results.is_empty() {
        let names: Vec<String> = op.results.iter().map(|&v| name(v)).collect();
        out.push_str(&names.join(", "));
        out.push_str(" = ");
    }
    let operands: Vec<String> = op.operands.iter().map(|&v| name(v)).collect();
    let _ = write!(out, "\"{}\"({})", op.name, operands.join(", "));
    if !op.regions.is_empty() {
        out.push_str(" (");
        for (i, &b) in op.regions.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            print_region(inner, b, indent, out);
        }
        out.push(')');
    }
    if !op.attrs.is_empty() {
        let _ = write!(out, " {{{}}}", op.attrs);
    }
    let in_types: Vec<String> = op.operands.iter().map(|&v| inner.types[v].mlir()).collect();
    let out_types: Vec<String> = op.results.iter().map(|&v| inner.types[v].mlir()).collect();
    let results = if out_types.len() == 1 {
        out_types[0].clone()
    } else {
        format!("({})", out_types.join(", "))
    };
    let _ = writeln!(out, " : ({}) -> {}", in_types.join(", "), results);
}

/// Block `b`'s arguments as a signature lists them: `%v3: tensor<f32>`.
fn block_args(inner: &Inner, b: BlockId) -> Vec<String> {
    inner.blocks[b]
        .args
        .iter()
        .map(|&v| format!("{}: {}", name(v), inner.types[v].mlir()))
        .collect()
}

fn print_region(inner: &Inner, b: BlockId, indent: usize, out: &mut String) {
    let block = &inner.blocks[b];
    let args = block_args(inner, b);
    let _ = writeln!(
        out,
        "{{\n{}^bb0({}):",
        " ".repeat(indent + 2),
        args.join(", ")
    );
    for op in &block.ops {
        print_op(inner, op, indent + 4, out);
    }
    out.push_str(&" ".repeat(indent));
    out.push('}');
}
