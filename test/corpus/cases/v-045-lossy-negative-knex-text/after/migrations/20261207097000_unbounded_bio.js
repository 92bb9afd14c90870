exports.up = async function (knex) {
  await knex.schema.alterTable('customers', (table) => {
    table.text('bio').alter();
  });
};

exports.down = async function () {};
