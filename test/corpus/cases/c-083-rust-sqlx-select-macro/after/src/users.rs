use sqlx::PgPool;

pub async fn user_id(pool: &PgPool, email: &str) -> sqlx::Result<i64> {
    let row = sqlx::query!("SELECT id FROM users WHERE email = $1", email)
        .fetch_one(pool)
        .await?;
    Ok(row.id)
}
