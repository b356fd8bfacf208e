//! Functions partitioned over the devices of a mesh, as XLA's SPMD partitioner reads them:
//! parameters and results carry `mhlo.sharding`, an intermediate can be pinned with a
//! `Sharding` custom call, and a manual region runs ops (our FFI kernels among them) on each
//! device's own piece, as JAX's `shard_map` does:
//! `@Sharding` → `@SPMDFullToShardShape` (`{manual}`) → a call of the local ops, traced as a
//! function of their own → `@Sharding` (`{manual}`) → `@SPMDShardToFullShape`.
//!
//! The local ops live in a function, not inline, because MLIR folds equal constants of one
//! function into one op: a constant used both inside a region and outside it would then be one
//! value that is a piece on one side and whole on the other, which XLA's partitioner rejects
//! (a failed check, i.e. an abort). A function is isolated from its caller, and a value of the
//! caller used inside is refused at trace time.

use std::panic::Location;

use super::graph::{Graph, Tensor, TraceError};
use crate::dtype::TensorType;
use crate::program::{Mesh, ShardedProgram, Sharding};

impl Graph {
    /// A graph whose function runs partitioned over `mesh`'s devices. Parameters are
    /// replicated unless declared with [`param_sharded`](Graph::param_sharded).
    pub fn sharded(name: &str, mesh: Mesh) -> Graph {
        let g = Graph::new(name);
        g.inner.borrow_mut().mesh = Some(mesh);
        g
    }

    pub fn mesh(&self) -> Option<Mesh> {
        self.inner.borrow().mesh.clone()
    }

    /// Declares the next argument, laid across the devices as `sharding` says.
    #[track_caller]
    pub fn param_sharded(&self, name: &str, ty: TensorType, sharding: Sharding) -> Tensor {
        let t = self.param(name, ty);
        if self.check_sharding(&sharding, &t.ty, Location::caller()) {
            self.inner
                .borrow_mut()
                .param_shardings
                .push((t.id, sharding));
        }
        t
    }

    /// Whether `sharding` fits a value of type `ty` on this graph's mesh; records the error.
    fn check_sharding(&self, sharding: &Sharding, ty: &TensorType, loc: &Location<'_>) -> bool {
        let Some(mesh) = self.mesh() else {
            self.fail_at(
                "a sharding on a graph without a mesh (make it with Graph::sharded)".to_string(),
                loc,
            );
            return false;
        };
        match sharding.local_type(&mesh, ty) {
            Ok(_) => true,
            Err(e) => {
                self.fail_at(e.to_string(), loc);
                false
            }
        }
    }

    /// Finishes the trace of a sharded graph: the outputs become the results, each laid out
    /// as its sharding says.
    #[track_caller]
    pub fn build_sharded(
        &self,
        outputs: &[(&Tensor, Sharding)],
    ) -> Result<ShardedProgram, TraceError> {
        let loc = Location::caller();
        for (t, s) in outputs {
            self.check_sharding(s, &t.ty, loc);
        }
        let shardings: Vec<Sharding> = outputs.iter().map(|(_, s)| s.clone()).collect();
        self.inner.borrow_mut().result_shardings = shardings.clone();
        let tensors: Vec<&Tensor> = outputs.iter().map(|(t, _)| *t).collect();
        let built = self.build_at(&tensors, loc);
        self.inner.borrow_mut().result_shardings.clear();
        let program = built?;
        let inner = self.inner.borrow();
        let input_shardings = inner
            .params
            .iter()
            .map(|(_, id)| {
                inner
                    .param_shardings
                    .iter()
                    .find(|(p, _)| p == id)
                    .map_or(Sharding::Replicated, |(_, s)| s.clone())
            })
            .collect();
        Ok(ShardedProgram {
            program,
            mesh: inner.mesh.clone().expect("checked by check_sharding"),
            input_shardings,
            output_shardings: shardings,
        })
    }

    /// Runs `body` on each device's own piece of `inputs` (a manual region): `body` sees
    /// local shapes (a split dimension divided by its axis size) and returns local results,
    /// which come back whole, laid out as `outputs` says. XLA does not look inside, so an
    /// opaque custom call there runs once per device on that device's piece.
    #[track_caller]
    pub fn manual(
        &self,
        inputs: &[(&Tensor, Sharding)],
        outputs: &[Sharding],
        body: impl FnOnce(&[Tensor]) -> Vec<Tensor>,
    ) -> Vec<Tensor> {
        // On a mistake the error is recorded and tracing goes on with whole values (and as
        // many results as `outputs` asks for), so model code needs no `?` and never indexes
        // past the returned values; `build_sharded` then reports the first error.
        let loc = Location::caller();
        let mesh = self.mesh();
        if mesh.is_none() {
            self.fail_at(
                "a manual region in a graph without a mesh (make it with Graph::sharded)"
                    .to_string(),
                loc,
            );
        }
        let mut locals = Vec::with_capacity(inputs.len());
        for (t, s) in inputs {
            let entry = mesh
                .as_ref()
                .and_then(|m| Some((s.local_type(m, &t.ty).ok()?, s.hlo(m, &t.ty).ok()?)));
            let Some((local, hlo)) = entry else {
                self.check_sharding(s, &t.ty, loc);
                locals.push((*t).clone());
                continue;
            };
            let pinned = self.sharding_call("Sharding", t, &hlo, t.ty.clone());
            locals.push(self.sharding_call("SPMDFullToShardShape", &pinned, MANUAL, local));
        }
        let results = self.call_local(&locals, body);
        if results.len() != outputs.len() {
            self.fail_at(
                format!(
                    "manual region returned {} values for {} output shardings",
                    results.len(),
                    outputs.len()
                ),
                loc,
            );
        }
        outputs
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let Some(r) = results.get(i) else {
                    return self.scalar(0.0, crate::dtype::DType::F32);
                };
                let exit = mesh.as_ref().and_then(|m| {
                    let whole = s.whole_type(m, &r.ty);
                    Some((s.hlo(m, &whole).ok()?, whole))
                });
                let Some((hlo, whole)) = exit else {
                    let whole = mesh
                        .as_ref()
                        .map_or(r.ty.clone(), |m| s.whole_type(m, &r.ty));
                    self.check_sharding(s, &whole, loc);
                    return r.clone();
                };
                let pinned = self.sharding_call("Sharding", r, MANUAL, r.ty.clone());
                self.sharding_call("SPMDShardToFullShape", &pinned, &hlo, whole)
            })
            .collect()
    }

    /// `body` traced as a function of `args` (its block arguments, so it cannot capture a
    /// value of the caller) and called on them: the call's results.
    fn call_local(
        &self,
        args: &[Tensor],
        body: impl FnOnce(&[Tensor]) -> Vec<Tensor>,
    ) -> Vec<Tensor> {
        let types: Vec<TensorType> = args.iter().map(|a| a.ty.clone()).collect();
        let (block, params) = self.open_block(&types, false);
        let results = body(&params);
        let refs: Vec<&Tensor> = results.iter().collect();
        self.push_op("func.return", &refs, String::new(), Vec::new(), Vec::new());
        self.close_block(block);
        let name = {
            let mut inner = self.inner.borrow_mut();
            let name = format!("manual_{}", inner.functions.len());
            inner.functions.push((name.clone(), block));
            name
        };
        let arg_refs: Vec<&Tensor> = args.iter().collect();
        let result_types = results.iter().map(|r| r.ty.clone()).collect();
        self.push_op(
            "func.call",
            &arg_refs,
            format!("callee = @{name}"),
            result_types,
            Vec::new(),
        )
    }

    /// One of XLA's sharding custom calls on `x` with `mhlo.sharding = hlo`.
    #[track_caller]
    fn sharding_call(&self, target: &str, x: &Tensor, hlo: &str, result: TensorType) -> Tensor {
        let attrs = format!("call_target_name = \"{target}\", mhlo.sharding = \"{hlo}\"");
        self.push_op1("stablehlo.custom_call", &[x], attrs, result)
    }
}

/// XLA's sharding of a value inside a manual region: each device's piece is its own.
const MANUAL: &str = "{manual}";

impl Tensor {
    /// The same value, pinned to `sharding` (XLA's `Sharding` custom call): the partitioner
    /// lays it out so, resharding it if its producer left it otherwise.
    #[track_caller]
    pub fn with_sharding(&self, sharding: Sharding) -> Tensor {
        let g = self.graph.clone();
        if !g.check_sharding(&sharding, &self.ty, Location::caller()) {
            return self.clone();
        }
        let mesh = g.mesh().expect("checked by check_sharding");
        let hlo = sharding
            .hlo(&mesh, &self.ty)
            .expect("checked by check_sharding");
        g.sharding_call("Sharding", self, &hlo, self.ty.clone())
    }
}
