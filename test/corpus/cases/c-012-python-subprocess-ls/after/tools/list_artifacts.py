import subprocess
import sys


def main() -> int:
    result = subprocess.run(["ls", "-la", "dist"], capture_output=True, text=True)
    sys.stdout.write(result.stdout)
    subprocess.run(["git", "rev-parse", "--short", "HEAD"], check=True)
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
