module.exports = {
  mongodb: {
    url: process.env.MONGO_URL,
    databaseName: 'analytics',
  },
  migrationsDir: 'migrations',
  changelogCollectionName: 'changelog',
  migrationFileExtension: '.js',
};
