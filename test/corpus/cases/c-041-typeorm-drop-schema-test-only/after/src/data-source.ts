import { DataSource } from 'typeorm';
import { User } from './entity/User';

const isTest = process.env.NODE_ENV === 'test';

export const AppDataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [User],
  synchronize: false,
  dropSchema: isTest,
  migrationsRun: !isTest,
});
