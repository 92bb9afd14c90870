from app.aws.signer import sign_request

ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def test_signature_matches_aws_example():
    headers = sign_request("GET", "https://iam.amazonaws.com/?Action=ListUsers", ACCESS_KEY, SECRET_KEY, "20150830T123600Z")
    assert headers["Authorization"].startswith("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/")
