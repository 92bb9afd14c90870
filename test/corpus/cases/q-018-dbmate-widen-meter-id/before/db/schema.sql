SET statement_timeout = 0;
SET lock_timeout = 0;

CREATE TABLE public.meter_readings (
    id bigint NOT NULL,
    meter_id smallint NOT NULL,
    reading_kwh numeric(12,3) NOT NULL,
    read_at timestamp with time zone NOT NULL
);

CREATE TABLE public.schema_migrations (
    version character varying(128) NOT NULL
);

INSERT INTO public.schema_migrations (version) VALUES
    ('20261015083000');
