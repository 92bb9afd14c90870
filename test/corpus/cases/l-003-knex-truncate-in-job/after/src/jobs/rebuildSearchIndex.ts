import type { Knex } from 'knex';
import { getKnex } from '../db';

export async function rebuildSearchIndex(): Promise<void> {
  const knex: Knex = getKnex();
  await knex.transaction(async (trx) => {
    await trx('search_documents').truncate();
    const rows = await trx('products').select('id', 'title', 'body');
    for (const row of rows) {
      await trx('search_documents').insert({ product_id: row.id, text: `${row.title} ${row.body}` });
    }
  });
}
