reporting_replicas = 0
api_workers        = 2
