import shutil
import subprocess

shutil.rmtree("build", ignore_errors=True)
subprocess.run(["docker", "compose", "-f", "docker-compose.test.yml", "up", "-d"], check=True)
try:
    subprocess.run(["pytest", "tests/integration"], check=True)
finally:
    subprocess.run(["docker", "compose", "down", "-v"], check=True)
