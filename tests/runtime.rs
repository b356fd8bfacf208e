//! Runtime tests against the real PJRT CPU plugin, obtained through the same discovery the CLI
//! uses (installed into the cache dir if missing). Without it these tests fail; they never skip.

use xlagen::dtype::{DType, TensorType};
use xlagen::program::Program;
use xlagen::runtime::{Client, ClientOptions, CompileOptions, DeviceKind, Plugin};

fn cpu_plugin() -> Plugin {
    Plugin::for_device(None, DeviceKind::Cpu).unwrap_or_else(|e| {
        panic!("these tests need the PJRT CPU plugin and could not get it: {e}")
    })
}

fn cpu_client() -> Client {
    Client::new(&cpu_plugin(), &ClientOptions::new()).expect("creating a CPU client")
}

fn program(mlir: &str, inputs: &[TensorType], outputs: &[TensorType]) -> Program {
    Program {
        mlir: mlir.to_string(),
        inputs: inputs.to_vec(),
        outputs: outputs.to_vec(),
    }
}

/// `main(a, b) = a + b` on `tensor<4x{ty}>`.
fn add_program(dtype: DType) -> Program {
    let t = TensorType::new(dtype, &[4]);
    let ty = t.mlir();
    let mlir = format!(
        "module {{\n  func.func public @main(%arg0: {ty}, %arg1: {ty}) -> {ty} {{\n    \
         %0 = stablehlo.add %arg0, %arg1 : {ty}\n    return %0 : {ty}\n  }}\n}}\n"
    );
    program(&mlir, &[t.clone(), t.clone()], &[t])
}

#[test]
fn client_reports_platform_and_devices() {
    let client = cpu_client();
    assert_eq!(client.platform_name(), "cpu");
    assert!(!client.platform_version().is_empty());
    assert!(client.device_count() >= 1);
    let attrs = client.plugin_attributes().unwrap();
    assert!(
        attrs.iter().any(|(k, _)| k == "stablehlo_current_version"),
        "plugin attributes: {attrs:?}"
    );
    let one = Client::new(
        &cpu_plugin(),
        &ClientOptions::new().with("cpu_device_count", 1i64),
    )
    .unwrap();
    assert_eq!(one.device_count(), 1);
}

#[test]
fn f32_add_round_trips_through_the_device() {
    let client = cpu_client();
    let exe = client
        .compile(&add_program(DType::F32), &CompileOptions::new())
        .unwrap();
    let a = [1.0f32, -2.5, 3.25, 1e-3];
    let b = [0.5f32, 2.5, -10.0, 7.0];
    let out = exe
        .execute(vec![
            (&client.upload(&a, &[4]).unwrap()).into(),
            (&client.upload(&b, &[4]).unwrap()).into(),
        ])
        .unwrap();
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].ty(), &TensorType::new(DType::F32, &[4]));
    let expected: Vec<f32> = a.iter().zip(&b).map(|(x, y)| x + y).collect();
    assert_eq!(out[0].to_host::<f32>().unwrap(), expected);
}
