fn main() {
    println!("xlagen");
}
