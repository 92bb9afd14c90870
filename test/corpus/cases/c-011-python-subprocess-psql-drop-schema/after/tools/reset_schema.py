import os
import subprocess


def reset_schema() -> None:
    url = os.environ["DATABASE_URL"]
    subprocess.run(
        ["psql", url, "-v", "ON_ERROR_STOP=1", "-c", "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"],
        check=True,
    )


if __name__ == "__main__":
    reset_schema()
