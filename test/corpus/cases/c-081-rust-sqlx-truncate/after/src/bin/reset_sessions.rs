use sqlx::postgres::PgPoolOptions;

#[tokio::main]
async fn main() -> Result<(), sqlx::Error> {
    let url = std::env::var("DATABASE_URL").expect("DATABASE_URL");
    let pool = PgPoolOptions::new().max_connections(1).connect(&url).await?;
    sqlx::query("TRUNCATE TABLE sessions").execute(&pool).await?;
    Ok(())
}
