const cron = require('node-cron');
const Visit = require('../models/visit');

cron.schedule('0 0 * * 0', async () => {
  const { deletedCount } = await Visit.deleteMany({});
  console.log('weekly visits reset', deletedCount);
});
