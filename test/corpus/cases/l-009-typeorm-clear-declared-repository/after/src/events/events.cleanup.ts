import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Event } from './event.entity';

@Injectable()
export class EventsCleanup {
  private readonly logger = new Logger(EventsCleanup.name);

  constructor(@InjectRepository(Event) private readonly events: Repository<Event>) {}

  @Cron('0 3 * * *')
  async handle() {
    await this.events.clear();
    this.logger.log('events table cleared');
  }
}
