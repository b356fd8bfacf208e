//! Element types and tensor types shared by the tracer and the runtime.

use std::fmt;

/// Element type of a tensor, as far as xlagen traces and transfers it.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum DType {
    Pred,
    I8,
    I32,
    I64,
    U8,
    U32,
    U64,
    F16,
    BF16,
    F32,
    F64,
}

impl DType {
    /// The MLIR spelling of the element type (`f32`, `ui32`, `i1`, ...).
    pub fn mlir(self) -> &'static str {
        match self {
            DType::Pred => "i1",
            DType::I8 => "i8",
            DType::I32 => "i32",
            DType::I64 => "i64",
            DType::U8 => "ui8",
            DType::U32 => "ui32",
            DType::U64 => "ui64",
            DType::F16 => "f16",
            DType::BF16 => "bf16",
            DType::F32 => "f32",
            DType::F64 => "f64",
        }
    }

    /// Bytes per element in a dense host buffer (a predicate takes one byte, as in PJRT).
    pub fn size_bytes(self) -> usize {
        match self {
            DType::Pred | DType::I8 | DType::U8 => 1,
            DType::F16 | DType::BF16 => 2,
            DType::I32 | DType::U32 | DType::F32 => 4,
            DType::I64 | DType::U64 | DType::F64 => 8,
        }
    }

    pub fn is_float(self) -> bool {
        matches!(self, DType::F16 | DType::BF16 | DType::F32 | DType::F64)
    }

    pub fn is_signed_int(self) -> bool {
        matches!(self, DType::I8 | DType::I32 | DType::I64)
    }

    pub fn is_unsigned_int(self) -> bool {
        matches!(self, DType::U8 | DType::U32 | DType::U64)
    }

    /// Parses the names used in configs and on the command line (`f32`, `bf16`, `int8`, ...).
    pub fn parse(name: &str) -> Option<DType> {
        Some(match name.to_ascii_lowercase().as_str() {
            "pred" | "bool" | "i1" => DType::Pred,
            "i8" | "int8" | "s8" => DType::I8,
            "i32" | "int32" | "s32" => DType::I32,
            "i64" | "int64" | "s64" => DType::I64,
            "u8" | "uint8" | "ui8" => DType::U8,
            "u32" | "uint32" | "ui32" => DType::U32,
            "u64" | "uint64" | "ui64" => DType::U64,
            "f16" | "float16" | "half" => DType::F16,
            "bf16" | "bfloat16" => DType::BF16,
            "f32" | "float32" | "float" => DType::F32,
            "f64" | "float64" | "double" => DType::F64,
            _ => return None,
        })
    }
}

impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.mlir())
    }
}

/// A static tensor type: element type and dimensions.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TensorType {
    pub dtype: DType,
    pub dims: Vec<i64>,
}

impl TensorType {
    pub fn new(dtype: DType, dims: &[i64]) -> TensorType {
        TensorType {
            dtype,
            dims: dims.to_vec(),
        }
    }

    pub fn scalar(dtype: DType) -> TensorType {
        TensorType::new(dtype, &[])
    }

    pub fn rank(&self) -> usize {
        self.dims.len()
    }

    pub fn num_elements(&self) -> usize {
        self.dims.iter().product::<i64>() as usize
    }

    pub fn size_bytes(&self) -> usize {
        self.num_elements() * self.dtype.size_bytes()
    }

    /// The MLIR spelling, e.g. `tensor<2x3xf32>` or `tensor<f32>` for a scalar.
    pub fn mlir(&self) -> String {
        let mut s = String::from("tensor<");
        for d in &self.dims {
            s.push_str(&d.to_string());
            s.push('x');
        }
        s.push_str(self.dtype.mlir());
        s.push('>');
        s
    }
}

impl fmt::Display for TensorType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{:?}", self.dtype, self.dims)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mlir_spelling_of_tensor_types() {
        assert_eq!(
            TensorType::new(DType::F32, &[2, 3]).mlir(),
            "tensor<2x3xf32>"
        );
        assert_eq!(TensorType::scalar(DType::Pred).mlir(), "tensor<i1>");
        assert_eq!(TensorType::new(DType::U64, &[2]).mlir(), "tensor<2xui64>");
        assert_eq!(TensorType::new(DType::BF16, &[4, 8]).size_bytes(), 64);
    }

    #[test]
    fn parses_common_dtype_names() {
        assert_eq!(DType::parse("bfloat16"), Some(DType::BF16));
        assert_eq!(DType::parse("INT8"), Some(DType::I8));
        assert_eq!(DType::parse("complex64"), None);
    }
}
