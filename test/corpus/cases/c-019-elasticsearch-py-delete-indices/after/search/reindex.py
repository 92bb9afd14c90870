import os

from elasticsearch import Elasticsearch

es = Elasticsearch(os.environ["ELASTICSEARCH_URL"])


def reindex() -> None:
    es.indices.delete(index="products-*", ignore_unavailable=True)
    es.indices.create(index="products-v3")
