import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../src/db/knex';
import { createOrder } from '../src/orders';

describe('orders', () => {
  beforeEach(async () => {
    await db('order_items').del();
    await db('orders').del();
  });

  afterAll(() => db.destroy());

  it('creates an order', async () => {
    const order = await createOrder({ sku: 'A-1', qty: 2 });
    expect(order.id).toBeDefined();
  });
});
