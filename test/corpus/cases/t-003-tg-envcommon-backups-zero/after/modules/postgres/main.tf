variable "name" {
  type = string
}

variable "replicas" {
  type    = number
  default = 1
}

variable "deletion_protection" {
  type    = bool
  default = true
}

variable "skip_final_snapshot" {
  type    = bool
  default = false
}

variable "backup_retention_period" {
  type    = number
  default = 7
}

variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_db_instance" "primary" {
  identifier              = var.name
  engine                  = "postgres"
  instance_class          = "db.r6g.large"
  allocated_storage       = 200
  deletion_protection     = var.deletion_protection
  skip_final_snapshot     = var.skip_final_snapshot
  backup_retention_period = var.backup_retention_period
  tags                    = var.tags
}

resource "aws_db_instance" "replica" {
  count               = var.replicas
  identifier          = "${var.name}-replica-${count.index}"
  replicate_source_db = aws_db_instance.primary.identifier
  instance_class      = "db.r6g.large"
  deletion_protection = var.deletion_protection
  tags                = var.tags
}
