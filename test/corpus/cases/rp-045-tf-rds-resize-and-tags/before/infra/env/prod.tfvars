env               = "prod"
db_instance_class = "db.r6g.xlarge"
