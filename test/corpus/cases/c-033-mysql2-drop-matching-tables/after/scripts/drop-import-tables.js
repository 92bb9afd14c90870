const mysql = require('mysql2/promise');

async function main() {
  const conn = await mysql.createConnection(process.env.DATABASE_URL);
  const [rows] = await conn.query("SHOW TABLES LIKE 'tmp_import_%'");
  for (const row of rows) {
    const table = Object.values(row)[0];
    await conn.execute(`DROP TABLE IF EXISTS \`${table}\``);
  }
  await conn.end();
}

main();
