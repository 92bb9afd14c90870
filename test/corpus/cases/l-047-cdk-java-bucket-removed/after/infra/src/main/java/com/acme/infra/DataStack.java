package com.acme.infra;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.Construct;

public class DataStack extends Stack {
    public DataStack(final Construct scope, final String id, final StackProps props) {
        super(scope, id, props);

        // exports moved to the shared account
    }
}
