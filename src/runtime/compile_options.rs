//! `CompileOptionsProto`, encoded by hand (no protobuf dependency for one small message).
//!
//! The plugin aborts the process (`Check failed: replica_count > 0`) on an empty proto, so the
//! encoding always carries `executable_build_options { num_replicas: 1, num_partitions: 1 }`.
//! A program partitioned over several devices (XLA's SPMD partitioner) adds
//! `use_spmd_partitioning` and a device assignment; the field numbers are those of XLA's
//! `compile_options.proto` (`ExecutableBuildOptionsProto`) and `xla_data.proto`
//! (`DeviceAssignmentProto`).

use std::collections::BTreeMap;

/// One XLA debug option override (`OptionOverrideProto`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum OptionOverride {
    String(String),
    Bool(bool),
    Int(i64),
}

impl From<&str> for OptionOverride {
    fn from(v: &str) -> OptionOverride {
        OptionOverride::String(v.to_string())
    }
}

impl From<String> for OptionOverride {
    fn from(v: String) -> OptionOverride {
        OptionOverride::String(v)
    }
}

impl From<bool> for OptionOverride {
    fn from(v: bool) -> OptionOverride {
        OptionOverride::Bool(v)
    }
}

impl From<i64> for OptionOverride {
    fn from(v: i64) -> OptionOverride {
        OptionOverride::Int(v)
    }
}

/// Options for one compilation: one replica, one partition unless `spmd` says otherwise, and
/// XLA debug option overrides.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompileOptions {
    /// `env_option_overrides`: XLA debug options by name (`xla_cpu_enable_fast_math`, ...).
    /// An unknown name is reported by the plugin as a compile error.
    pub env_option_overrides: BTreeMap<String, OptionOverride>,
    /// The device id that runs each SPMD partition, in partition order; empty for one
    /// partition on the client's first device (no device assignment encoded).
    pub partition_devices: Vec<i64>,
}

impl CompileOptions {
    pub fn new() -> CompileOptions {
        CompileOptions::default()
    }

    /// Adds an XLA debug option override.
    pub fn xla_option(mut self, name: &str, value: impl Into<OptionOverride>) -> CompileOptions {
        self.env_option_overrides
            .insert(name.to_string(), value.into());
        self
    }

    /// Partitions the program with XLA's SPMD partitioner over `device_ids.len()` devices,
    /// partition `i` running on the device with id `device_ids[i]`.
    pub fn spmd(mut self, device_ids: &[i64]) -> CompileOptions {
        self.partition_devices = device_ids.to_vec();
        self
    }

    /// How many partitions the program is compiled into.
    pub fn num_partitions(&self) -> usize {
        self.partition_devices.len().max(1)
    }

    /// The serialized `CompileOptionsProto` handed to `PJRT_Client_Compile`.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        // executable_build_options (3) { num_replicas (4): 1, num_partitions (5): N, ... }
        let mut build = Vec::new();
        put_varint_field(&mut build, 4, 1);
        put_varint_field(&mut build, 5, self.num_partitions() as u64);
        if !self.partition_devices.is_empty() {
            // use_spmd_partitioning (6): true
            put_varint_field(&mut build, 6, 1);
            // device_assignment (9): DeviceAssignmentProto { replica_count (1): 1,
            // computation_count (2): N, computation_devices (3): one ComputationDevice
            // { replica_device_ids (1): [id] } per partition }. The ids are written unpacked,
            // which protobuf parsers accept for repeated scalars as well as the packed form.
            let mut assignment = Vec::new();
            put_varint_field(&mut assignment, 1, 1);
            put_varint_field(&mut assignment, 2, self.partition_devices.len() as u64);
            for &id in &self.partition_devices {
                let mut device = Vec::new();
                put_varint_field(&mut device, 1, id as u64);
                put_bytes_field(&mut assignment, 3, &device);
            }
            put_bytes_field(&mut build, 9, &assignment);
        }
        put_bytes_field(&mut out, 3, &build);
        // env_option_overrides (7): map<string, OptionOverrideProto>, one entry message each.
        for (name, value) in &self.env_option_overrides {
            let mut value_msg = Vec::new();
            match value {
                OptionOverride::String(s) => put_bytes_field(&mut value_msg, 1, s.as_bytes()),
                OptionOverride::Bool(b) => put_varint_field(&mut value_msg, 2, u64::from(*b)),
                OptionOverride::Int(i) => put_varint_field(&mut value_msg, 3, *i as u64),
            }
            let mut entry = Vec::new();
            put_bytes_field(&mut entry, 1, name.as_bytes());
            put_bytes_field(&mut entry, 2, &value_msg);
            put_bytes_field(&mut out, 7, &entry);
        }
        out
    }
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn put_varint_field(out: &mut Vec<u8>, field: u64, v: u64) {
    put_varint(out, field << 3);
    put_varint(out, v);
}

fn put_bytes_field(out: &mut Vec<u8>, field: u64, bytes: &[u8]) {
    put_varint(out, (field << 3) | 2);
    put_varint(out, bytes.len() as u64);
    out.extend_from_slice(bytes);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_options_carry_one_replica_and_one_partition() {
        assert_eq!(
            CompileOptions::new().encode(),
            [0x1a, 0x04, 0x20, 0x01, 0x28, 0x01]
        );
    }

    #[test]
    fn spmd_options_carry_partitions_and_a_device_assignment() {
        let bytes = CompileOptions::new().spmd(&[0, 1]).encode();
        #[rustfmt::skip]
        let expected = [
            0x1a, 0x14, // executable_build_options, 20 bytes
            0x20, 0x01, // num_replicas: 1
            0x28, 0x02, // num_partitions: 2
            0x30, 0x01, // use_spmd_partitioning: true
            0x4a, 0x0c, // device_assignment, 12 bytes
            0x08, 0x01, // replica_count: 1
            0x10, 0x02, // computation_count: 2
            0x1a, 0x02, 0x08, 0x00, // computation_devices { replica_device_ids: [0] }
            0x1a, 0x02, 0x08, 0x01, // computation_devices { replica_device_ids: [1] }
        ];
        assert_eq!(bytes, expected);
        assert_eq!(CompileOptions::new().spmd(&[0, 1]).num_partitions(), 2);
        assert_eq!(CompileOptions::new().num_partitions(), 1);
    }

    #[test]
    fn overrides_encode_as_map_entries() {
        let bytes = CompileOptions::new()
            .xla_option("a", true)
            .xla_option("b", -1i64)
            .encode();
        let mut expected = vec![0x1a, 0x04, 0x20, 0x01, 0x28, 0x01];
        // entry { key: "a", value { bool_field: true } }
        expected.extend([0x3a, 0x07, 0x0a, 0x01, b'a', 0x12, 0x02, 0x10, 0x01]);
        // entry { key: "b", value { int_field: -1 } }: ten-byte varint for a negative int64.
        expected.extend([0x3a, 0x10, 0x0a, 0x01, b'b', 0x12, 0x0b, 0x18]);
        expected.extend([0xff; 9]);
        expected.push(0x01);
        assert_eq!(bytes, expected);
    }
}
