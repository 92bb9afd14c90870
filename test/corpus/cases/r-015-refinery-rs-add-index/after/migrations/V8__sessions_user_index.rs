pub fn migration() -> String {
    let sql = "CREATE INDEX IF NOT EXISTS sessions_user_id ON sessions (user_id);";
    String::from(sql)
}
