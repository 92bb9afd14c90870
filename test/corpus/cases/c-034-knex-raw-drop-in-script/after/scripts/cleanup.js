const knex = require('knex')(require('../knexfile').production);

async function cleanup() {
  await knex.raw('DROP TABLE IF EXISTS audit_log');
  await knex.destroy();
}

cleanup();
