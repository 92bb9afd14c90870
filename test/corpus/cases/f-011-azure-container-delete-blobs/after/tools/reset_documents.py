import os

from azure.storage.blob import ContainerClient

container_client = ContainerClient.from_connection_string(os.environ["AZURE_STORAGE"], "documents")
names = [blob.name for blob in container_client.list_blobs()]
for start in range(0, len(names), 256):
    container_client.delete_blobs(*names[start:start + 256])
