//! `xlagen serve` end to end on the default model (INT8): greedy answers to many concurrent
//! requests of different lengths equal `xlagen generate`'s for the same prompt, token for
//! token; a stream reassembles to the whole answer; a client that disconnects frees its slot;
//! a full queue answers 503; bad requests answer 400 naming the field; SIGTERM lets the request
//! in flight finish, then the process exits.
//!
//! Small buckets and cache keep the executables few (they are compiled once into the shared
//! compile cache); each test starts its own server on a free port and kills it when done.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::process::Command;
use std::time::{Duration, Instant};

use common::server::{request, start, Server, ENGINE_FLAGS};
use serde_json::{json, Value};

impl Server {
    /// Opens a streaming completion and returns the connection after its first text chunk.
    fn open_stream(&self, prompt: &str, max_tokens: usize) -> BufReader<TcpStream> {
        // ignore_eos: the request holds its slot until cancelled or max_tokens.
        let body = json!({"prompt": prompt, "max_tokens": max_tokens, "temperature": 0,
                          "stream": true, "ignore_eos": true})
        .to_string();
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        write!(
            s,
            "POST /v1/completions HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\n\
             content-length: {}\r\n\r\n{body}",
            body.len()
        )
        .expect("send");
        let mut r = BufReader::new(s);
        let mut line = String::new();
        while !line.contains("data: {") {
            line.clear();
            assert!(
                r.read_line(&mut line).expect("read") > 0,
                "stream ended early"
            );
        }
        r
    }
}

/// `xlagen generate`'s text for `prompt`, with the server's engine settings.
fn generate(prompt: &str, max_tokens: usize) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_xlagen"))
        .arg("generate")
        .args(ENGINE_FLAGS)
        .args([
            "--prompt",
            prompt,
            "--max-new-tokens",
            &max_tokens.to_string(),
        ])
        .args(["--format", "json"])
        .output()
        .expect("running xlagen generate");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    let last = stdout.lines().last().expect("a JSON line");
    let v: Value = serde_json::from_str(last).expect("JSON");
    v["text"].as_str().expect("text").to_string()
}

/// Prompts of 1 to about 90 tokens (one and two prefill chunks), with different lengths asked.
fn workload() -> Vec<(String, usize)> {
    let long = "The history of the printing press begins in the fifteenth century, when \
                Johannes Gutenberg combined movable metal type, oil-based ink and a wooden \
                screw press. Within fifty years, presses had spread to more than two hundred \
                cities across Europe, and the price of books fell sharply. Summarize:";
    vec![
        ("Hi".to_string(), 20),
        ("The capital of France is".to_string(), 12),
        ("Once upon a time, in a small village,".to_string(), 40),
        ("def fibonacci(n):".to_string(), 30),
        (long.to_string(), 25),
        ("The three primary colors are".to_string(), 8),
        ("In 1969, astronauts".to_string(), 35),
        ("Water boils at".to_string(), 16),
    ]
}

#[test]
fn concurrent_greedy_answers_equal_generate_and_streams_reassemble() {
    let server = start(4, 16);
    let work = workload();
    // Eight requests on four slots: they queue, join and leave the batch at different steps.
    let answers: Vec<(String, String, Value)> = std::thread::scope(|scope| {
        let handles: Vec<_> = work
            .iter()
            .map(|(prompt, n)| {
                let server = &server;
                scope.spawn(move || {
                    let (status, _, v) = server.post(
                        "/v1/completions",
                        json!({"prompt": prompt, "max_tokens": n, "temperature": 0}),
                    );
                    assert_eq!(status, 200, "{v}");
                    let choice = &v["choices"][0];
                    let finish = choice["finish_reason"].as_str().unwrap_or("").to_string();
                    let text = choice["text"].as_str().expect("text").to_string();
                    (text, finish, v["usage"].clone())
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a request thread"))
            .collect()
    });
    for ((prompt, n), (text, finish, _)) in work.iter().zip(&answers) {
        assert_eq!(text, &generate(prompt, *n), "prompt {prompt:?}");
        assert!(finish == "length" || finish == "stop", "{finish}");
    }

    // The device calls' totals account for every request: each prompt token prefilled once,
    // and every token but each request's first (drawn by its last prompt chunk) drawn by a
    // decode block, a stop id included. The scheduler records them after the step that ended
    // the last request, then says no slot is active.
    let deadline = Instant::now() + Duration::from_secs(20);
    while server.metric("xlagen_active_slots") != 0.0 {
        assert!(Instant::now() < deadline, "the slots stayed busy");
        std::thread::sleep(Duration::from_millis(20));
    }
    let usage = |key: &str| -> f64 {
        answers
            .iter()
            .map(|(_, _, u)| u[key].as_f64().expect("usage"))
            .sum()
    };
    let stops = answers.iter().filter(|(_, f, _)| f == "stop").count() as f64;
    let drawn_by_decode = usage("completion_tokens") + stops - answers.len() as f64;
    assert_eq!(
        server.metric("xlagen_prefill_tokens_total"),
        usage("prompt_tokens")
    );
    assert_eq!(server.metric("xlagen_decode_tokens_total"), drawn_by_decode);
    assert!(server.metric("xlagen_decode_calls_total") >= 1.0);
    assert!(server.metric("xlagen_prefill_calls_total") >= answers.len() as f64);
    for timed in [
        "xlagen_decode_seconds_total",
        "xlagen_prefill_seconds_total",
    ] {
        assert!(server.metric(timed) > 0.0, "{timed}");
    }

    // A stream of the same request, chunk by chunk, is the same text.
    let (prompt, n) = &work[2];
    let body = json!({"prompt": prompt, "max_tokens": n, "temperature": 0, "stream": true,
                      "stream_options": {"include_usage": true}});
    let (status, head, text) = server
        .request("POST", "/v1/completions", Some(&body))
        .expect("stream");
    assert_eq!(status, 200);
    assert!(head.contains("text/event-stream"), "{head}");
    let events: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("data: "))
        .collect();
    assert_eq!(events.last(), Some(&"[DONE]"));
    let chunks: Vec<Value> = events[..events.len() - 1]
        .iter()
        .map(|e| serde_json::from_str(e).expect("a JSON chunk"))
        .collect();
    let streamed: String = chunks
        .iter()
        .filter_map(|c| c["choices"][0]["text"].as_str())
        .collect();
    assert_eq!(&streamed, &answers[2].0);
    let usage = &chunks.last().expect("a usage chunk")["usage"];
    assert_eq!(usage["completion_tokens"], json!(*n), "{usage}");

    // Chat: the whole answer and its stream agree too.
    let chat = json!({"messages": [{"role": "user", "content": "Name a fruit."}],
                      "max_tokens": 16, "temperature": 0});
    let (status, _, whole) = server.post("/v1/chat/completions", chat.clone());
    assert_eq!(status, 200, "{whole}");
    let mut stream = chat;
    stream["stream"] = json!(true);
    let (_, _, text) = server
        .request("POST", "/v1/chat/completions", Some(&stream))
        .expect("chat stream");
    let streamed: String = text
        .lines()
        .filter_map(|l| l.strip_prefix("data: "))
        .filter(|e| *e != "[DONE]")
        .filter_map(|e| {
            let v: Value = serde_json::from_str(e).ok()?;
            v["choices"][0]["delta"]["content"]
                .as_str()
                .map(str::to_string)
        })
        .collect();
    assert_eq!(
        Some(streamed.as_str()),
        whole["choices"][0]["message"]["content"].as_str()
    );
}

#[test]
fn a_disconnected_client_frees_its_slot_and_bad_requests_name_the_field() {
    let server = start(2, 4);
    let before = server.metric("xlagen_generated_tokens_total");
    let stream = server.open_stream("Write a long story about a lighthouse keeper.", 200);
    assert_eq!(server.metric("xlagen_active_slots"), 1.0);
    drop(stream);
    let deadline = Instant::now() + Duration::from_secs(20);
    while server.metric("xlagen_active_slots") != 0.0 {
        assert!(Instant::now() < deadline, "the slot was not freed");
        std::thread::sleep(Duration::from_millis(50));
    }
    let made = server.metric("xlagen_generated_tokens_total") - before;
    assert!(
        made < 150.0,
        "{made} tokens: the request ran on instead of being cancelled"
    );
    assert_eq!(server.metric("xlagen_requests_cancelled_total"), 1.0);

    let cases = [
        (json!({"prompt": "x", "temperature": 5}), "temperature"),
        (json!({"prompt": "x", "top_p": 0}), "top_p"),
        (json!({"prompt": "x", "max_tokens": "ten"}), "max_tokens"),
        (json!({"prompt": "x", "stop": [1]}), "stop"),
        (json!({"prompt": ""}), "prompt"),
        (json!({"max_tokens": 3}), "prompt"),
        // 1 + 300 positions do not fit the 256 of the cache: refused before it starts.
        (json!({"prompt": "x", "max_tokens": 300}), "max_tokens"),
    ];
    for (body, field) in cases {
        let (status, _, v) = server.post("/v1/completions", body.clone());
        assert_eq!(status, 400, "{body} -> {v}");
        assert_eq!(v["error"]["param"], json!(field), "{body} -> {v}");
        assert!(
            v["error"]["message"]
                .as_str()
                .is_some_and(|m| m.contains(field)),
            "{v}"
        );
    }
    let (status, _, v) = server.post("/v1/chat/completions", json!({"messages": []}));
    assert_eq!((status, &v["error"]["param"]), (400, &json!("messages")));
    let (status, _, v) = server.post("/v1/completions", json!({"prompt": "x", "model": "gpt-4"}));
    assert_eq!((status, &v["error"]["param"]), (404, &json!("model")));
}

#[test]
fn a_full_queue_answers_503_with_retry_after() {
    let server = start(1, 1);
    // One request decoding in the only slot, one waiting in the queue of one: the next is
    // refused at once.
    let running = server.open_stream("Write a long story about a lighthouse keeper.", 200);
    let port = server.port;
    let waiting = std::thread::spawn(move || {
        let body = json!({"prompt": "Water boils at", "max_tokens": 4, "temperature": 0});
        request(port, "POST", "/v1/completions", Some(&body)).map(|(status, _, _)| status)
    });
    let deadline = Instant::now() + Duration::from_secs(20);
    while server.metric("xlagen_queue_depth") != 1.0 {
        assert!(Instant::now() < deadline, "the second request never queued");
        std::thread::sleep(Duration::from_millis(20));
    }
    let (status, head, v) = server.post("/v1/completions", json!({"prompt": "x", "max_tokens": 2}));
    assert_eq!(status, 503, "{v}");
    assert!(head.contains("retry-after: 1"), "{head}");
    assert!(v["error"]["message"]
        .as_str()
        .is_some_and(|m| m.contains("queue")));
    // The queued request runs once the slot frees.
    drop(running);
    assert_eq!(
        waiting
            .join()
            .expect("the waiting request")
            .expect("answer"),
        200
    );
    assert_eq!(server.metric("xlagen_requests_total{status=\"503\"}"), 1.0);
}

#[test]
fn sigterm_finishes_the_request_in_flight_then_exits_cleanly() {
    let mut server = start(1, 2);
    let port = server.port;
    let in_flight = std::thread::spawn(move || {
        let body = json!({"prompt": "Write a long story about a lighthouse keeper.",
                          "max_tokens": 40, "temperature": 0, "ignore_eos": true});
        request(port, "POST", "/v1/completions", Some(&body))
    });
    let deadline = Instant::now() + Duration::from_secs(20);
    while server.metric("xlagen_active_slots") != 1.0 {
        assert!(Instant::now() < deadline, "the request never started");
        std::thread::sleep(Duration::from_millis(10));
    }
    let sent = Command::new("kill")
        .args(["-TERM", &server.child.id().to_string()])
        .status()
        .expect("running kill");
    assert!(sent.success(), "kill -TERM failed: {sent}");

    // The request that was decoding runs to its end, whole.
    let (status, _, body) = in_flight
        .join()
        .expect("the in-flight request")
        .expect("an answer to the in-flight request");
    let v: Value = serde_json::from_str(&body).expect("JSON");
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["choices"][0]["finish_reason"], json!("length"), "{v}");
    assert_eq!(v["usage"]["completion_tokens"], json!(40), "{v}");

    // Then the process exits by itself, successfully, and takes no new connections.
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = server.child.try_wait().expect("waiting for xlagen serve") {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "xlagen serve did not exit after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "xlagen serve exited with {status}");
    assert!(request(port, "GET", "/health", None).is_err());
}
