variable "enable_bastion" {
  type    = bool
  default = true
}

resource "aws_instance" "bastion" {
  count         = var.enable_bastion ? 1 : 0
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"
  subnet_id     = var.public_subnet_id
}

resource "aws_security_group_rule" "bastion_ssh" {
  count             = var.enable_bastion ? 1 : 0
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["203.0.113.0/24"]
  security_group_id = var.bastion_sg_id
}
