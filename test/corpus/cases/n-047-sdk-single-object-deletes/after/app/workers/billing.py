import requests
import stripe
from google.cloud import firestore

db = firestore.Client()


def cancel(customer_id, webhook_id):
    stripe.Customer.delete(customer_id)
    requests.delete(f"https://api.example.com/webhooks/{webhook_id}", timeout=10)
    db.collection("carts").document(customer_id).delete()
