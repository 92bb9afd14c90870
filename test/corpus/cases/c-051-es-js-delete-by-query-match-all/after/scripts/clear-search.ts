import { Client } from '@opensearch-project/opensearch';

const client = new Client({ node: process.env.OPENSEARCH_URL });

export async function clear() {
  await client.deleteByQuery({
    index: 'products',
    body: { query: { match_all: {} } },
  });
}
