from app.search import es


def on_product_archived(product_id: str) -> None:
    es.delete(index="products", id=product_id)


def ensure_index() -> None:
    if not es.indices.exists(index="products"):
        es.indices.create(index="products")
