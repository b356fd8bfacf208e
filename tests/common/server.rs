//! A running `xlagen serve` for tests: started on a free port with small buckets and cache
//! (the executables are compiled once into the shared compile cache), waited for until
//! `/health` answers, killed when dropped; and plain HTTP/1.1 requests to it.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

pub const ENGINE_FLAGS: [&str; 6] = ["--quant", "int8", "--buckets", "16,64", "--max-seq", "256"];

pub struct Server {
    pub child: Child,
    pub port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

/// Starts `xlagen serve` and waits until `/health` answers (compiling can take minutes the
/// first time).
pub fn start(max_batch: usize, max_queue: usize) -> Server {
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_xlagen"))
        .arg("serve")
        .args(ENGINE_FLAGS)
        .args(["--port", &port.to_string()])
        .args(["--max-batch", &max_batch.to_string()])
        .args(["--max-queue", &max_queue.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("starting xlagen serve");
    let mut server = Server { child, port };
    let deadline = Instant::now() + Duration::from_secs(900);
    loop {
        if let Ok(Some(status)) = server.child.try_wait() {
            panic!("xlagen serve exited before answering: {status}");
        }
        if let Ok((200, _, _)) = server.request("GET", "/health", None) {
            return server;
        }
        assert!(Instant::now() < deadline, "xlagen serve did not start");
        std::thread::sleep(Duration::from_millis(300));
    }
}

/// Undoes HTTP/1.1 chunked transfer encoding.
fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(eol) = raw.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size_text = std::str::from_utf8(&raw[..eol]).unwrap_or("0");
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("0").trim(), 16)
            .unwrap_or(0);
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&raw[eol + 2..eol + 2 + size]);
        raw = &raw[eol + 2 + size + 2..];
    }
}

/// One request on its own connection: (status, headers in lower case, body).
pub fn request(
    port: u16,
    method: &str,
    path: &str,
    body: Option<&Value>,
) -> std::io::Result<(u16, String, String)> {
    let mut s = TcpStream::connect(("127.0.0.1", port))?;
    let body = body.map(Value::to_string).unwrap_or_default();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\n\
             content-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw)?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a header block");
    let head = String::from_utf8_lossy(&raw[..split]).to_lowercase();
    let status = head[9..12].parse().expect("a status code");
    let payload = &raw[split + 4..];
    let payload = if head.contains("transfer-encoding: chunked") {
        dechunk(payload)
    } else {
        payload.to_vec()
    };
    Ok((
        status,
        head,
        String::from_utf8(payload).expect("UTF-8 body"),
    ))
}

impl Server {
    pub fn request(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
    ) -> std::io::Result<(u16, String, String)> {
        request(self.port, method, path, body)
    }

    /// The address clients are given, e.g. `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn post(&self, path: &str, body: Value) -> (u16, String, Value) {
        let (status, head, text) = self.request("POST", path, Some(&body)).expect("a response");
        let value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{path}: body is not JSON ({e}): {text}"));
        (status, head, value)
    }

    /// A metric's value from `/metrics`.
    pub fn metric(&self, name: &str) -> f64 {
        let (_, _, text) = self.request("GET", "/metrics", None).expect("metrics");
        text.lines()
            .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.parse().ok())
            .unwrap_or_else(|| panic!("{name} missing from /metrics:\n{text}"))
    }
}
