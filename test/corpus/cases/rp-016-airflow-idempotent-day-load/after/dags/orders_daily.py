from datetime import datetime

from airflow import DAG
from airflow.providers.postgres.operators.postgres import PostgresOperator

with DAG(
    dag_id="orders_daily",
    start_date=datetime(2026, 1, 1),
    schedule="30 3 * * *",
    catchup=False,
) as dag:
    clear_day = PostgresOperator(
        task_id="clear_day",
        postgres_conn_id="warehouse",
        sql="DELETE FROM staging.orders WHERE order_date = '{{ ds }}'",
    )
    load_day = PostgresOperator(
        task_id="load_day",
        postgres_conn_id="warehouse",
        sql="sql/load_orders_day.sql",
    )
    clear_day >> load_day
