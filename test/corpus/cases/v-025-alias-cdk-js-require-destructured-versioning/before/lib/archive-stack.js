const cdk = require('aws-cdk-lib');
const { aws_s3: storage } = cdk;

class ArchiveStack extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);
    new storage.Bucket(this, 'Archive', { versioned: true });
  }
}
module.exports = { ArchiveStack };
