reporting_replicas = 2
api_workers        = 1
