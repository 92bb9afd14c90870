import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';

@Injectable()
export class RateLimitCache {
  private readonly hits: Map<string, number> = new Map();

  hit(key: string): number {
    const next = (this.hits.get(key) ?? 0) + 1;
    this.hits.set(key, next);
    return next;
  }

  @Cron('* * * * *')
  reset() {
    this.hits.clear();
  }
}
