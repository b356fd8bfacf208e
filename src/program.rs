//! A traced program as the runtime receives it: StableHLO text and its signature.
//!
//! The tracer produces it and the runtime compiles it; neither needs to know the other.

use crate::dtype::TensorType;

/// StableHLO module text (one public `@main`) with the types of its arguments and results.
#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    pub mlir: String,
    pub inputs: Vec<TensorType>,
    pub outputs: Vec<TensorType>,
}

/// A traced program partitioned over the devices of a mesh: the program's types are the whole
/// (global) tensors, and each argument and result says how it is split across the devices.
#[derive(Clone, Debug, PartialEq)]
pub struct ShardedProgram {
    pub program: Program,
    pub mesh: Mesh,
    pub input_shardings: Vec<Sharding>,
    pub output_shardings: Vec<Sharding>,
}

/// A mistake in a mesh or a sharding: it names the tensor type, dimension and mesh axis.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ShardingError {
    #[error("a mesh needs at least one axis")]
    EmptyMesh,
    #[error("mesh axis `{axis}` has size {size}; sizes must be at least 1")]
    AxisSize { axis: String, size: usize },
    #[error("mesh axis `{0}` appears twice")]
    DuplicateAxis(String),
    #[error("the mesh has no axis `{axis}` (its axes: {axes})")]
    UnknownAxis { axis: String, axes: String },
    #[error("{ty} has no dimension {dim} to split")]
    NoSuchDim { ty: TensorType, dim: usize },
    #[error(
        "dimension {dim} of {ty} has size {size}, which the {parts} devices of mesh axis `{axis}` \
         do not divide"
    )]
    Indivisible {
        ty: TensorType,
        dim: usize,
        size: i64,
        axis: String,
        parts: usize,
    },
}

/// A logical grid of devices with named axes (`[("tp", 4)]`, `[("dp", 2), ("tp", 2)]`).
/// Devices are numbered row-major, the last axis varying fastest; a device's number is its
/// SPMD partition id (the runtime maps partitions onto the client's devices).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Mesh {
    axes: Vec<(String, usize)>,
}

impl Mesh {
    pub fn new(axes: &[(&str, usize)]) -> Result<Mesh, ShardingError> {
        if axes.is_empty() {
            return Err(ShardingError::EmptyMesh);
        }
        for (i, &(name, size)) in axes.iter().enumerate() {
            if size == 0 {
                return Err(ShardingError::AxisSize {
                    axis: name.to_string(),
                    size,
                });
            }
            if axes[..i].iter().any(|(n, _)| *n == name) {
                return Err(ShardingError::DuplicateAxis(name.to_string()));
            }
        }
        Ok(Mesh {
            axes: axes.iter().map(|&(n, s)| (n.to_string(), s)).collect(),
        })
    }

    /// A one-axis mesh of `devices` devices.
    pub fn line(axis: &str, devices: usize) -> Result<Mesh, ShardingError> {
        Mesh::new(&[(axis, devices)])
    }

    pub fn axes(&self) -> &[(String, usize)] {
        &self.axes
    }

    pub fn device_count(&self) -> usize {
        self.axes.iter().map(|(_, s)| s).product()
    }

    fn axis_index(&self, axis: &str) -> Result<usize, ShardingError> {
        self.axes
            .iter()
            .position(|(n, _)| n == axis)
            .ok_or_else(|| ShardingError::UnknownAxis {
                axis: axis.to_string(),
                axes: self
                    .axes
                    .iter()
                    .map(|(n, s)| format!("{n}={s}"))
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }

    /// The coordinates of device `partition` along each axis.
    fn coordinates(&self, partition: usize) -> Vec<usize> {
        let mut rest = partition;
        let mut coords = vec![0; self.axes.len()];
        for (c, (_, size)) in coords.iter_mut().zip(&self.axes).rev() {
            *c = rest % size;
            rest /= size;
        }
        coords
    }

    /// The device at `coords` (one per axis).
    fn partition(&self, coords: &[usize]) -> usize {
        coords
            .iter()
            .zip(&self.axes)
            .fold(0, |acc, (c, (_, size))| acc * size + c)
    }
}

/// How one tensor lies across the devices of a mesh.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Sharding {
    /// Every device holds the whole tensor.
    Replicated,
    /// Dimension `dim` is cut into equal consecutive pieces, one per position along mesh axis
    /// `axis`; devices that differ only along other axes hold the same piece.
    Split { dim: usize, axis: String },
}

impl Sharding {
    pub fn split(dim: usize, axis: &str) -> Sharding {
        Sharding::Split {
            dim,
            axis: axis.to_string(),
        }
    }

    /// The part of `ty` each device holds, checking that the split fits `ty` and `mesh`.
    pub fn local_type(&self, mesh: &Mesh, ty: &TensorType) -> Result<TensorType, ShardingError> {
        let Sharding::Split { dim, axis } = self else {
            return Ok(ty.clone());
        };
        let parts = mesh.axes[mesh.axis_index(axis)?].1;
        let Some(&size) = ty.dims.get(*dim) else {
            return Err(ShardingError::NoSuchDim {
                ty: ty.clone(),
                dim: *dim,
            });
        };
        if size % parts as i64 != 0 {
            return Err(ShardingError::Indivisible {
                ty: ty.clone(),
                dim: *dim,
                size,
                axis: axis.clone(),
                parts,
            });
        }
        let mut local = ty.clone();
        local.dims[*dim] = size / parts as i64;
        Ok(local)
    }

    /// The whole tensor whose pieces have type `local` (the inverse of `local_type`).
    pub fn whole_type(&self, mesh: &Mesh, local: &TensorType) -> TensorType {
        let mut whole = local.clone();
        if let Sharding::Split { dim, axis } = self {
            let parts = mesh.axes.iter().find(|(n, _)| n == axis).map_or(1, |a| a.1);
            if let Some(d) = whole.dims.get_mut(*dim) {
                *d *= parts as i64;
            }
        }
        whole
    }

    /// Which piece device `partition` holds: `(dim, index)` of its piece along the split
    /// dimension, or `None` when it holds the whole tensor.
    pub fn piece(
        &self,
        mesh: &Mesh,
        partition: usize,
    ) -> Result<Option<(usize, usize)>, ShardingError> {
        let Sharding::Split { dim, axis } = self else {
            return Ok(None);
        };
        let a = mesh.axis_index(axis)?;
        Ok(Some((*dim, mesh.coordinates(partition)[a])))
    }

    /// XLA's `HloSharding` text for a tensor of type `ty`, as the `mhlo.sharding` attribute
    /// spells it: `{replicated}`, or a tile assignment such as `{devices=[2,1]0,1}` listing the
    /// device of each piece; mesh axes the split does not use hold copies, which XLA writes as
    /// a last tile dimension with `last_tile_dim_replicate`.
    pub fn hlo(&self, mesh: &Mesh, ty: &TensorType) -> Result<String, ShardingError> {
        self.local_type(mesh, ty)?;
        let Sharding::Split { dim, axis } = self else {
            return Ok("{replicated}".to_string());
        };
        let rank = ty.rank();
        let a = mesh.axis_index(axis)?;
        let parts = mesh.axes[a].1;
        let copies = mesh.device_count() / parts;
        let mut tiles = vec![1; rank];
        tiles[*dim] = parts;
        // Devices in tile order: piece by piece, and within a piece the copies in mesh order.
        let mut devices = Vec::with_capacity(mesh.device_count());
        for piece in 0..parts {
            for copy in 0..copies {
                let mut coords = mesh.coordinates_skipping(a, copy);
                coords[a] = piece;
                devices.push(mesh.partition(&coords));
            }
        }
        if copies > 1 {
            tiles.push(copies);
        }
        let list = |v: &[usize]| {
            v.iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(",")
        };
        let replicate = if copies > 1 {
            " last_tile_dim_replicate"
        } else {
            ""
        };
        Ok(format!(
            "{{devices=[{}]{}{replicate}}}",
            list(&tiles),
            list(&devices)
        ))
    }
}

impl Mesh {
    /// The coordinates of the `index`-th device (row-major) of the sub-mesh without axis
    /// `skip`, with 0 at `skip`.
    fn coordinates_skipping(&self, skip: usize, index: usize) -> Vec<usize> {
        let mut rest = index;
        let mut coords = vec![0; self.axes.len()];
        for (i, (_, size)) in self.axes.iter().enumerate().rev() {
            if i != skip {
                coords[i] = rest % size;
                rest /= size;
            }
        }
        coords
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dtype::DType;

    #[test]
    fn a_split_names_the_device_of_each_piece() {
        let line = Mesh::line("tp", 2).unwrap();
        let m = TensorType::new(DType::F32, &[4, 6]);
        let v = TensorType::new(DType::F32, &[4]);
        assert_eq!(
            Sharding::split(0, "tp").hlo(&line, &m).unwrap(),
            "{devices=[2,1]0,1}"
        );
        assert_eq!(
            Sharding::split(1, "tp").hlo(&line, &m).unwrap(),
            "{devices=[1,2]0,1}"
        );
        assert_eq!(Sharding::Replicated.hlo(&line, &m).unwrap(), "{replicated}");
        // Mesh dp=2 × tp=2: device = 2·dp + tp. Split over tp, the copies run along dp:
        // piece 0 on devices 0 (dp 0) and 2 (dp 1), piece 1 on 1 and 3.
        let grid = Mesh::new(&[("dp", 2), ("tp", 2)]).unwrap();
        assert_eq!(
            Sharding::split(0, "tp").hlo(&grid, &v).unwrap(),
            "{devices=[2,2]0,2,1,3 last_tile_dim_replicate}"
        );
        assert_eq!(
            Sharding::split(0, "dp").hlo(&grid, &v).unwrap(),
            "{devices=[2,2]0,1,2,3 last_tile_dim_replicate}"
        );
    }

    #[test]
    fn pieces_follow_the_mesh_coordinates() {
        let grid = Mesh::new(&[("dp", 2), ("tp", 3)]).unwrap();
        let tp = Sharding::split(1, "tp");
        let pieces: Vec<_> = (0..6).map(|p| tp.piece(&grid, p).unwrap()).collect();
        let want: Vec<_> = [0, 1, 2, 0, 1, 2].iter().map(|&i| Some((1, i))).collect();
        assert_eq!(pieces, want);
        assert_eq!(Sharding::Replicated.piece(&grid, 4).unwrap(), None);
    }

    #[test]
    fn local_types_divide_the_split_dimension() {
        let mesh = Mesh::line("tp", 4).unwrap();
        let ty = TensorType::new(DType::F32, &[6, 8]);
        assert_eq!(
            Sharding::split(1, "tp").local_type(&mesh, &ty).unwrap(),
            TensorType::new(DType::F32, &[6, 2])
        );
        let err = Sharding::split(0, "tp").local_type(&mesh, &ty).unwrap_err();
        assert_eq!(
            err.to_string(),
            "dimension 0 of f32[6, 8] has size 6, which the 4 devices of mesh axis `tp` do not divide"
        );
        assert!(matches!(
            Sharding::split(2, "tp").local_type(&mesh, &ty),
            Err(ShardingError::NoSuchDim { dim: 2, .. })
        ));
        assert!(matches!(
            Sharding::split(0, "dp").local_type(&mesh, &ty),
            Err(ShardingError::UnknownAxis { .. })
        ));
    }

    #[test]
    fn bad_meshes_are_refused() {
        assert_eq!(Mesh::new(&[]), Err(ShardingError::EmptyMesh));
        assert!(matches!(
            Mesh::new(&[("tp", 0)]),
            Err(ShardingError::AxisSize { .. })
        ));
        assert_eq!(
            Mesh::new(&[("tp", 2), ("tp", 2)]),
            Err(ShardingError::DuplicateAxis("tp".to_string()))
        );
    }
}
