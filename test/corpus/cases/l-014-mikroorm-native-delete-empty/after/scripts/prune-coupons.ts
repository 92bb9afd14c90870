import { MikroORM } from '@mikro-orm/postgresql';
import config from '../mikro-orm.config';
import { Coupon } from '../entities/Coupon';

(async () => {
  const orm = await MikroORM.init(config);
  const em = orm.em.fork();
  const removed = await em.nativeDelete(Coupon, {});
  console.log(`removed ${removed} coupons`);
  await orm.close();
})();
