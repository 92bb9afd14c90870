exports.up = function up(knex) {
  return knex.schema.createTable('invitations', (table) => {
    table.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    table.uuid('team_id').notNullable().references('teams.id').onDelete('CASCADE');
    table.string('email').notNullable();
    table.string('role').notNullable().defaultTo('member');
    table.timestamp('expires_at').notNullable();
    table.timestamps(true, true);
    table.unique(['team_id', 'email']);
  });
};

exports.down = function down(knex) {
  return knex.schema.dropTableIfExists('invitations');
};
