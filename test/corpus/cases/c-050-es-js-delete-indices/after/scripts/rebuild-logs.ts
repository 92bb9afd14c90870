import { Client } from '@elastic/elasticsearch';

const client = new Client({ node: process.env.ELASTICSEARCH_URL });

async function main() {
  await client.indices.delete({ index: 'logs-*' });
  await client.indices.create({ index: 'logs-v2' });
}

main();
