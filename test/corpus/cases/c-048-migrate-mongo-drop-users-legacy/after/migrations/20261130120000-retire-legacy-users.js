module.exports = {
  async up(db) {
    await db.collection('legacy_users').drop();
  },

  async down() {
    // nothing to restore
  },
};
