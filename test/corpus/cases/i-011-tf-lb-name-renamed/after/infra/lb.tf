resource "aws_lb" "prod-api" {
  name               = "prod-api"
  load_balancer_type = "application"
  subnets            = var.public_subnets
}
