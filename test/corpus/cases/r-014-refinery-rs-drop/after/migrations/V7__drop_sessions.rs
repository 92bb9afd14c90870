pub fn migration() -> String {
    // Sessions live in Redis now.
    "DROP TABLE sessions;".to_string()
}
