import subprocess


def purge() -> None:
    subprocess.check_call("aws s3 rm s3://acme-user-uploads/ --recursive", shell=True)
