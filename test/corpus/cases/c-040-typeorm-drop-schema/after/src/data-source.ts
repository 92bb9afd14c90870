import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Order } from './entity/Order';
import { User } from './entity/User';

export const AppDataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [User, Order],
  synchronize: true,
  dropSchema: true,
  logging: false,
});
