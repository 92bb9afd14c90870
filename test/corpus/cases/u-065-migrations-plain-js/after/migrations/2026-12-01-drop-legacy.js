module.exports = async (client) => {
  await client.query('DROP TABLE legacy_orders');
};
