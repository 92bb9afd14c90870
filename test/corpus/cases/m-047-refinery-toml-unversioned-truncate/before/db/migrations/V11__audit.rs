pub fn migration() -> String {
    "CREATE TABLE audit_log (id bigserial PRIMARY KEY, event text NOT NULL)".to_string()
}
