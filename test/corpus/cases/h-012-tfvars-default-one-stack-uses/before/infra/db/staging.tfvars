instance_class = "db.t4g.medium"
