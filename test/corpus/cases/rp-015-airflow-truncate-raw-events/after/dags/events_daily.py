from datetime import datetime

from airflow import DAG
from airflow.providers.postgres.operators.postgres import PostgresOperator

with DAG(
    dag_id="events_daily",
    start_date=datetime(2026, 1, 1),
    schedule="0 3 * * *",
    catchup=False,
) as dag:
    clear_day = PostgresOperator(
        task_id="clear_day",
        postgres_conn_id="warehouse",
        sql="TRUNCATE TABLE raw.events",
    )
    load_day = PostgresOperator(
        task_id="load_day",
        postgres_conn_id="warehouse",
        sql="sql/load_events_day.sql",
    )
    clear_day >> load_day
