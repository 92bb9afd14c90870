CREATE TABLE widgets (id serial PRIMARY KEY);
