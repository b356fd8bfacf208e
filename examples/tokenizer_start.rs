//! How long opening a GGUF and building its tokenizer take (start-up work), eight times.
use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).expect("a .gguf path");
    for _ in 0..8 {
        let t = Instant::now();
        let gguf = xlagen::formats::gguf::GgufFile::open(std::path::Path::new(&path)).unwrap();
        let open = t.elapsed();
        let tok = xlagen::tokenizer::Tokenizer::from_gguf(&gguf).unwrap();
        let built = t.elapsed();
        let ids = tok.encode("Write a story about a cat.", true).unwrap();
        println!("open {open:?} build {:?} ({} ids)", built - open, ids.len());
    }
}
