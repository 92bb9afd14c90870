public_subnets = ["subnet-0a1b", "subnet-0c2d"]
session_key    = "session_id"
