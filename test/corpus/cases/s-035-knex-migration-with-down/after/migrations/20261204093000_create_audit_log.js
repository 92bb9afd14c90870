exports.up = async function up(knex) {
  await knex.schema.createTable("audit_log", (t) => {
    t.bigIncrements("id");
    t.bigInteger("actor_id").notNullable().index();
    t.string("action", 64).notNullable();
    t.jsonb("payload");
    t.timestamp("created_at").notNullable().defaultTo(knex.fn.now());
  });
};

exports.down = async function down(knex) {
  await knex.schema.dropTableIfExists("audit_log");
};
