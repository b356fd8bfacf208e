//! The chat page at `/` in a real headless Chromium (npm's @sparticuz/chromium, driven by
//! puppeteer-core, installed on first use by tests/browser/fetch.py): tests/browser/chat_page.mjs
//! types prompts and checks that the streamed answers equal the API's greedy answers, presses
//! stop and checks the server cancelled the request, and saves a screenshot to
//! benchmarks/results/chat_page.png. Needs node and npm; without them, or when Chromium does not
//! launch, the test fails saying so.

mod common;

use std::path::Path;
use std::process::Command;

use common::server::start;

#[test]
fn the_chat_page_streams_greedy_answers_and_stop_cancels_on_the_server() {
    let browser_dir = common::fetched_dir("tests/browser/fetch.py");
    let server = start(2, 4);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let screenshot = root.join("benchmarks/results/chat_page.png");
    let started = std::time::SystemTime::now();
    let out = Command::new("node")
        .arg(root.join("tests/browser/chat_page.mjs"))
        .arg(&browser_dir)
        .arg(server.base_url())
        .arg(&screenshot)
        .output()
        .unwrap_or_else(|e| panic!("running node: {e} (node is needed for the browser test)"));
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "the chat page check failed:\n{log}");
    eprintln!("{log}");
    // The committed screenshot is replaced, not left from an earlier run.
    let written = std::fs::metadata(&screenshot)
        .and_then(|m| m.modified())
        .expect("the screenshot");
    assert!(
        written >= started,
        "{} was not rewritten",
        screenshot.display()
    );
    let png = std::fs::read(&screenshot).expect("the screenshot");
    assert!(
        png.starts_with(b"\x89PNG\r\n\x1a\n"),
        "{} is not a PNG",
        screenshot.display()
    );
}
