module.exports = {
  async up(db) {
    await db.collection('orders').createIndex({ customerId: 1, createdAt: -1 });
    await db.collection('orders').updateMany({ status: { $exists: false } }, { $set: { status: 'open' } });
  },

  async down(db) {
    await db.collection('orders').dropIndex('customerId_1_createdAt_-1');
  },
};
