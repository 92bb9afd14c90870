CREATE TABLE invoices (id bigserial PRIMARY KEY, archived boolean NOT NULL DEFAULT false);
