//! The graph under construction: values, ops, nested blocks (regions), and capture of outer
//! values into `while` bodies.

use std::cell::RefCell;
use std::fmt;
use std::panic::Location;
use std::rc::Rc;

use crate::dtype::TensorType;
use crate::program::{Mesh, Program, Sharding};

pub(crate) type ValueId = usize;
pub(crate) type BlockId = usize;

/// A mistake in traced code: a shape or dtype that does not fit an op. It names the op, both
/// shapes where there are two, and the line of model code that traced it.
#[derive(Clone, Debug, PartialEq)]
pub struct TraceError {
    pub message: String,
    pub location: String,
}

impl fmt::Display for TraceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (traced at {})", self.message, self.location)
    }
}

impl std::error::Error for TraceError {}

/// One operation in generic MLIR form: `%r = "name"(operands) ({regions}) {attrs} : sig`.
pub(crate) struct Op {
    pub name: &'static str,
    pub operands: Vec<ValueId>,
    pub results: Vec<ValueId>,
    pub attrs: String,
    pub regions: Vec<BlockId>,
}

pub(crate) struct Block {
    pub parent: Option<BlockId>,
    pub args: Vec<ValueId>,
    pub ops: Vec<Op>,
    /// Outer values used inside this block, as (id in the parent block, id of the local copy).
    pub captures: Vec<(ValueId, ValueId)>,
    /// Only `while` regions may capture: XLA threads captured values through the loop state.
    pub may_capture: bool,
}

pub(crate) struct Inner {
    pub name: String,
    pub types: Vec<TensorType>,
    pub value_block: Vec<BlockId>,
    pub blocks: Vec<Block>,
    /// Blocks being built, innermost last; ops are appended to the last one.
    pub stack: Vec<BlockId>,
    pub params: Vec<(String, ValueId)>,
    pub aliases: Vec<(ValueId, usize)>,
    pub error: Option<TraceError>,
    /// Set for a function partitioned over a mesh's devices (`trace::sharding`).
    pub mesh: Option<Mesh>,
    /// Parameters' shardings other than replicated, by value.
    pub param_shardings: Vec<(ValueId, Sharding)>,
    /// The results' shardings while a sharded build prints the module.
    pub result_shardings: Vec<Sharding>,
    /// Functions besides `main`, by name, each the block of its body (`Graph::manual`).
    pub functions: Vec<(String, BlockId)>,
}

/// A graph being traced. Cheap to clone (a shared handle); tensors keep it alive.
#[derive(Clone)]
pub struct Graph {
    pub(crate) inner: Rc<RefCell<Inner>>,
}

/// A traced value: a handle to a graph node with a static shape and dtype.
#[derive(Clone)]
pub struct Tensor {
    pub(crate) graph: Graph,
    pub(crate) id: ValueId,
    pub(crate) ty: TensorType,
}

impl fmt::Debug for Tensor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Tensor(%{}: {})", self.id, self.ty)
    }
}

impl Tensor {
    pub fn ty(&self) -> &TensorType {
        &self.ty
    }
    pub fn dims(&self) -> &[i64] {
        &self.ty.dims
    }
    pub fn dtype(&self) -> crate::dtype::DType {
        self.ty.dtype
    }
    pub fn rank(&self) -> usize {
        self.ty.dims.len()
    }
    pub fn graph(&self) -> &Graph {
        &self.graph
    }
}

impl Graph {
    pub fn new(name: &str) -> Graph {
        let root = Block {
            parent: None,
            args: Vec::new(),
            ops: Vec::new(),
            captures: Vec::new(),
            may_capture: false,
        };
        Graph {
            inner: Rc::new(RefCell::new(Inner {
                name: name.to_string(),
                types: Vec::new(),
                value_block: Vec::new(),
                blocks: vec![root],
                stack: vec![0],
                params: Vec::new(),
                aliases: Vec::new(),
                error: None,
                mesh: None,
                param_shardings: Vec::new(),
                result_shardings: Vec::new(),
                functions: Vec::new(),
            })),
        }
    }

    pub(crate) fn same(&self, other: &Graph) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }

    /// Declares the next argument of the traced function.
    #[track_caller]
    pub fn param(&self, name: &str, ty: TensorType) -> Tensor {
        let mut inner = self.inner.borrow_mut();
        if inner.stack.len() != 1 {
            drop(inner);
            self.fail_at(
                format!("parameter `{name}` declared inside a region"),
                Location::caller(),
            );
            inner = self.inner.borrow_mut();
        }
        let id = inner.new_value(ty.clone(), 0);
        inner.blocks[0].args.push(id);
        inner.params.push((name.to_string(), id));
        Tensor {
            graph: self.clone(),
            id,
            ty,
        }
    }

    /// Marks `param` as donated: its buffer becomes output `output_index`, updated in place.
    #[track_caller]
    pub fn donate(&self, param: &Tensor, output_index: usize) {
        let is_param = self
            .inner
            .borrow()
            .params
            .iter()
            .any(|(_, id)| *id == param.id);
        if !is_param {
            self.fail(format!("only parameters can be donated, got {:?}", param));
            return;
        }
        self.inner
            .borrow_mut()
            .aliases
            .push((param.id, output_index));
    }

    /// Records the first tracing error; later ops keep building so model code needs no `?`.
    #[track_caller]
    pub(crate) fn fail(&self, message: String) {
        self.fail_at(message, Location::caller());
    }

    pub(crate) fn fail_at(&self, message: String, loc: &Location<'_>) {
        let mut inner = self.inner.borrow_mut();
        if inner.error.is_none() {
            inner.error = Some(TraceError {
                message,
                location: format!("{}:{}", loc.file(), loc.line()),
            });
        }
    }

    /// Appends an op to the innermost open block and returns its result tensors.
    #[track_caller]
    pub(crate) fn push_op(
        &self,
        name: &'static str,
        operands: &[&Tensor],
        attrs: String,
        result_types: Vec<TensorType>,
        regions: Vec<BlockId>,
    ) -> Vec<Tensor> {
        let mut local = Vec::with_capacity(operands.len());
        for t in operands {
            match self.use_value(t) {
                Ok(id) => local.push(id),
                Err(msg) => {
                    self.fail(format!("{name}: {msg}"));
                    local.push(t.id);
                }
            }
        }
        let mut inner = self.inner.borrow_mut();
        let block = *inner.stack.last().expect("root block is never popped");
        let results: Vec<ValueId> = result_types
            .iter()
            .map(|ty| inner.new_value(ty.clone(), block))
            .collect();
        inner.blocks[block].ops.push(Op {
            name,
            operands: local,
            results: results.clone(),
            attrs,
            regions,
        });
        results
            .into_iter()
            .zip(result_types)
            .map(|(id, ty)| Tensor {
                graph: self.clone(),
                id,
                ty,
            })
            .collect()
    }

    #[track_caller]
    pub(crate) fn push_op1(
        &self,
        name: &'static str,
        operands: &[&Tensor],
        attrs: String,
        result_type: TensorType,
    ) -> Tensor {
        self.push_op(name, operands, attrs, vec![result_type], Vec::new())
            .pop()
            .expect("one result")
    }

    /// The id under which `t` is visible in the current block, capturing it if it was defined
    /// outside a `while` region.
    fn use_value(&self, t: &Tensor) -> Result<ValueId, String> {
        if !self.same(&t.graph) {
            return Err(format!("{:?} belongs to another graph", t));
        }
        let mut inner = self.inner.borrow_mut();
        let block = *inner.stack.last().expect("root block");
        inner.resolve(t.id, block)
    }

    /// Opens a region block with arguments of the given types; ops go there until `close_block`.
    pub(crate) fn open_block(
        &self,
        arg_types: &[TensorType],
        may_capture: bool,
    ) -> (BlockId, Vec<Tensor>) {
        let mut inner = self.inner.borrow_mut();
        let parent = *inner.stack.last().expect("root block");
        let id = inner.blocks.len();
        inner.blocks.push(Block {
            parent: Some(parent),
            args: Vec::new(),
            ops: Vec::new(),
            captures: Vec::new(),
            may_capture,
        });
        let args: Vec<Tensor> = arg_types
            .iter()
            .map(|ty| {
                let v = inner.new_value(ty.clone(), id);
                inner.blocks[id].args.push(v);
                Tensor {
                    graph: self.clone(),
                    id: v,
                    ty: ty.clone(),
                }
            })
            .collect();
        inner.stack.push(id);
        (id, args)
    }

    pub(crate) fn close_block(&self, id: BlockId) {
        let popped = self.inner.borrow_mut().stack.pop();
        debug_assert_eq!(popped, Some(id));
    }

    /// Finishes the trace: the outputs become the function's results.
    #[track_caller]
    pub fn build(&self, outputs: &[&Tensor]) -> Result<Program, TraceError> {
        self.build_at(outputs, Location::caller())
    }

    pub(crate) fn build_at(
        &self,
        outputs: &[&Tensor],
        loc: &Location<'_>,
    ) -> Result<Program, TraceError> {
        let sharded = self.inner.borrow().mesh.is_some();
        if sharded && self.inner.borrow().result_shardings.len() != outputs.len() {
            self.fail_at(
                "the graph has a mesh: build it with build_sharded, giving each result's sharding"
                    .to_string(),
                loc,
            );
        }
        for t in outputs {
            let bad = !self.same(&t.graph) || self.inner.borrow().value_block[t.id] != 0;
            if bad {
                self.fail_at(
                    format!("output {:?} is not a value of this graph's body", t),
                    loc,
                );
            }
        }
        let out_types: Vec<TensorType> = outputs.iter().map(|t| t.ty.clone()).collect();
        {
            let inner = self.inner.borrow();
            let aliases = inner.aliases.clone();
            drop(inner);
            for (param, out) in aliases {
                let pty = self.inner.borrow().types[param].clone();
                match out_types.get(out) {
                    None => self.fail_at(
                        format!(
                            "donated parameter aliased to output {out}, but there are {} outputs",
                            out_types.len()
                        ),
                        loc,
                    ),
                    Some(oty) if *oty != pty => self.fail_at(
                        format!(
                            "donated parameter of type {pty} aliased to output {out} of type {oty}"
                        ),
                        loc,
                    ),
                    _ => {}
                }
            }
        }
        let mut inner = self.inner.borrow_mut();
        if let Some(e) = inner.error.clone() {
            return Err(e);
        }
        let ret: Vec<ValueId> = outputs.iter().map(|t| t.id).collect();
        inner.blocks[0].ops.push(Op {
            name: "func.return",
            operands: ret,
            results: Vec::new(),
            attrs: String::new(),
            regions: Vec::new(),
        });
        let mlir = super::print::module(&inner);
        inner.blocks[0].ops.pop();
        let inputs = inner
            .params
            .iter()
            .map(|(_, id)| inner.types[*id].clone())
            .collect();
        Ok(Program {
            mlir,
            inputs,
            outputs: out_types,
        })
    }
}

impl Inner {
    pub(crate) fn new_value(&mut self, ty: TensorType, block: BlockId) -> ValueId {
        self.types.push(ty);
        self.value_block.push(block);
        self.types.len() - 1
    }

    fn resolve(&mut self, v: ValueId, block: BlockId) -> Result<ValueId, String> {
        if self.value_block[v] == block {
            return Ok(v);
        }
        let Some(parent) = self.blocks[block].parent else {
            return Err(format!(
                "value %{v} is used outside the region that defines it"
            ));
        };
        let outer = self.resolve(v, parent)?;
        if let Some(&(_, local)) = self.blocks[block]
            .captures
            .iter()
            .find(|(o, _)| *o == outer)
        {
            return Ok(local);
        }
        if !self.blocks[block].may_capture {
            return Err(format!(
                "value %{v} of type {} is captured by a region that may only use its arguments",
                self.types[v]
            ));
        }
        let local = self.new_value(self.types[v].clone(), block);
        self.blocks[block].captures.push((outer, local));
        Ok(local)
    }
}
