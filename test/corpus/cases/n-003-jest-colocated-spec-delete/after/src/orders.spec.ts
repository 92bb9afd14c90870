import knex from 'knex';

const db = knex({ client: 'pg', connection: process.env.TEST_DATABASE_URL });

beforeEach(async () => {
  await db('orders').truncate();
  await db.raw('DELETE FROM order_items');
});

it('creates an order', async () => {
  await db('orders').insert({ total: 10 });
});
