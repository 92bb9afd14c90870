module.exports = {
  async up(db) {
    await db.collection('daily_rollups').createIndex({ day: 1, tenantId: 1 }, { unique: true });
    await db.collection('raw_events').drop();
  },

  async down(db) {
    await db.createCollection('raw_events');
  },
};
