import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Invoice } from './invoice.entity';

@Injectable()
export class InvoiceService {
  constructor(@InjectRepository(Invoice) private readonly invoices: Repository<Invoice>) {}

  findAll() {
    return this.invoices.find();
  }
}
