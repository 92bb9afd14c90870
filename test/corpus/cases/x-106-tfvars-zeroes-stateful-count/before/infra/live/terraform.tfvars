reporting_replicas = 2
api_workers        = 2
