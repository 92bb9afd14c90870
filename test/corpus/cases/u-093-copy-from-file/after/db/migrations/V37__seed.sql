COPY staging_orders FROM '/tmp/orders.csv' WITH CSV HEADER;
