use std::process::Command;

fn main() {
    let status = Command::new("cargo").arg("fmt").arg("--check").status().expect("cargo");
    std::process::exit(status.code().unwrap_or(1));
}
