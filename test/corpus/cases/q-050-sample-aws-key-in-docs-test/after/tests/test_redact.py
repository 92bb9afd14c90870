from app.logging import redact

# The key pair the AWS documentation uses in every example.
DOCS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
DOCS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def test_redacts_access_keys():
    line = f"aws_access_key_id={DOCS_ACCESS_KEY_ID} aws_secret_access_key={DOCS_SECRET_ACCESS_KEY}"
    assert DOCS_ACCESS_KEY_ID not in redact(line)
    assert DOCS_SECRET_ACCESS_KEY not in redact(line)
