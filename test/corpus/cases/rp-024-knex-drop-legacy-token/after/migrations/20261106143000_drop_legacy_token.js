/**
 * @param { import("knex").Knex } knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('sessions', (table) => {
    table.dropColumn('legacy_token');
    table.timestamp('last_seen_at').nullable();
  });
};

/**
 * @param { import("knex").Knex } knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('sessions', (table) => {
    table.dropColumn('last_seen_at');
    table.string('legacy_token', 64);
  });
};
