from firebase_admin import firestore, initialize_app
from firebase_functions import https_fn

initialize_app()


@https_fn.on_call()
def clear_cart(req: https_fn.CallableRequest) -> dict:
    db = firestore.client()
    uid = req.auth.uid
    db.recursive_delete(db.collection("users").document(uid).collection("cart_items"))
    return {"ok": True}
