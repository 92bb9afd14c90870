const { MongoClient } = require('mongodb');
const products = require('../fixtures/products.json');

async function main() {
  const client = await MongoClient.connect(process.env.MONGO_URL);
  const db = client.db();
  await db.dropDatabase();
  await db.collection('products').insertMany(products);
  await client.close();
}

main();
