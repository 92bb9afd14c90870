CREATE TABLE payouts (id bigserial PRIMARY KEY, amount numeric NOT NULL);
