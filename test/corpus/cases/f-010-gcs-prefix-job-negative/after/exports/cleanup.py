from google.cloud import storage

client = storage.Client()


def cleanup(job_id: str) -> None:
    bucket = client.bucket("acme-exports")
    for blob in bucket.list_blobs(prefix=f"tmp/{job_id}/"):
        blob.delete()
