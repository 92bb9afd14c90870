module.exports = async (client) => {
  await client.query('CREATE INDEX CONCURRENTLY idx_orders_status ON orders (status)');
};
