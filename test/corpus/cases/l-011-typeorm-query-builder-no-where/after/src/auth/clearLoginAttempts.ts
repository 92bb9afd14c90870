import { AppDataSource } from '../data-source';
import { LoginAttempt } from '../entity/LoginAttempt';

export async function clearLoginAttempts(): Promise<number> {
  const result = await AppDataSource.createQueryBuilder()
    .delete()
    .from(LoginAttempt)
    .execute();
  return result.affected ?? 0;
}
