import { Client } from "pg";

export default async function globalSetup(): Promise<void> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL ?? "postgres://localhost:5432/api_test" });
  await client.connect();
  await client.query("DROP SCHEMA IF EXISTS public CASCADE");
  await client.query("CREATE SCHEMA public");
  await client.end();
}
