use std::process::Command;

fn main() {
    let url = std::env::var("DATABASE_URL").expect("DATABASE_URL");
    let status = Command::new("psql")
        .args([&url, "-c", "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"])
        .status()
        .expect("psql");
    std::process::exit(status.code().unwrap_or(1));
}
