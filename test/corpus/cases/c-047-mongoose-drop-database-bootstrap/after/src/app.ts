import mongoose from 'mongoose';
import { createServer } from './server';

export async function start() {
  await mongoose.connect(process.env.MONGO_URL!);
  if (process.env.DEMO !== 'false') {
    await mongoose.connection.dropDatabase();
  }
  createServer().listen(3000);
}
