use diesel::prelude::*;
use diesel::sql_query;

pub fn drop_shards(conn: &mut PgConnection, shards: &[String]) -> QueryResult<()> {
    for shard in shards {
        sql_query(format!("DROP TABLE IF EXISTS {} CASCADE", shard)).execute(conn)?;
    }
    Ok(())
}
