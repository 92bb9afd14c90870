from google.cloud import storage

client = storage.Client()


def clear_thumbnails():
    bucket = client.bucket("acme-media")
    blobs = list(bucket.list_blobs())
    bucket.delete_blobs(blobs)
