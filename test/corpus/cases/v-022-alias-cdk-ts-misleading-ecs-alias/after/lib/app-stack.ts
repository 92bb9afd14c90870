import { Stack } from 'aws-cdk-lib';
import { aws_rds as ecs } from 'aws-cdk-lib';
import { Construct } from 'constructs';

export class AppStack extends Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
  }
}
