import { db } from '../db';

export async function cancelOrder(id: number) {
  return db('orders').where({ id }).delete();
}

export async function purgeExpiredCarts(now: Date) {
  return db('carts').where('expires_at', '<', now).del();
}
