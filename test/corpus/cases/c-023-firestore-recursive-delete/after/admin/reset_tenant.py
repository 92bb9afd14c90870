from google.cloud import firestore

db = firestore.Client()


def reset_tenant(tenant_id: str) -> None:
    db.recursive_delete(db.collection("tenants").document(tenant_id))
