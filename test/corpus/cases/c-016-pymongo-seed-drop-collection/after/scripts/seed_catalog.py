import json
import os

from pymongo import MongoClient

client = MongoClient(os.environ["MONGO_URL"])
db = client.get_database("shop")


def main() -> None:
    db.products.drop()
    with open("fixtures/products.json") as fh:
        db.products.insert_many(json.load(fh))


if __name__ == "__main__":
    main()
