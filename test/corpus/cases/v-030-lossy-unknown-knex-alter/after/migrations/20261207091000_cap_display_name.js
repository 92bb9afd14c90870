exports.up = async function (knex) {
  await knex.schema.alterTable('customers', (table) => {
    table.string('display_name', 50).alter();
  });
};

exports.down = async function () {};
