Cutover runbook for the orders service.
Read every step before starting, and tell the channel when you begin.
Each step is pasted into a shell on the bastion host by the on-call engineer.

$ dropdb --if-exists shop_production
$ createdb shop_production
