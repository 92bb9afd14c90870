const knex = require('knex')(require('../knexfile')[process.env.NODE_ENV || 'production']);

const RETIRED = ['wishlists', 'wishlist_items', 'gift_registry'];

(async () => {
  for (const table of RETIRED) {
    await knex.raw(`DROP TABLE IF EXISTS ${table} CASCADE`);
    console.log(`dropped ${table}`);
  }
  await knex.destroy();
})();
