ALTER TABLE "invoices" RENAME TO "bills";
ALTER TABLE "bills" RENAME COLUMN "invoice_no" TO "bill_no";
