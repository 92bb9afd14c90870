import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  cloudFormationReplacementRow
} from "./chunk-SNHKS3H4.js";
import {
  looksLikeCloudFormation,
  readsCloudFormation
} from "./chunk-BMJY2NMH.js";
import {
  entriesOf,
  itemsOf,
  pairOf,
  pairSpan,
  parseYaml,
  plainValue,
  scalarText,
  valueAt,
  valueOf
} from "./chunk-NLWX5JZZ.js";
import {
  runRules
} from "./chunk-4LQS2QJQ.js";

// src/parsers/cloudformation/template.ts
function readTemplate(text) {
  const stream = parseYaml(text);
  if (stream.error) return { template: void 0, error: stream.error.message };
  const root = stream.documents[0]?.root;
  const resources = valueOf(root, "Resources");
  if (resources === void 0) return { template: void 0 };
  const out = [];
  for (const { key, pair } of entriesOf(resources)) {
    const body = pair.value;
    const keyRange = pair.key.range;
    const end = body?.range?.[1] ?? keyRange[1];
    out.push({
      logicalId: key,
      type: scalarText(valueOf(body, "Type")) ?? "",
      idSpan: { start: keyRange[0], end: keyRange[1] },
      span: { start: keyRange[0], end },
      body,
      properties: valueOf(body, "Properties"),
      attribute: (name) => pairOf(body, name)
    });
  }
  return { template: { resources: out } };
}
function resourceById(template, logicalId) {
  return template.resources.find((r) => r.logicalId === logicalId);
}

// src/parsers/cloudformation/stateful-types.ts
var STATEFUL_CFN_TYPES = /* @__PURE__ */ new Set([
  "AWS::RDS::DBInstance",
  "AWS::RDS::DBCluster",
  "AWS::DynamoDB::Table",
  "AWS::DynamoDB::GlobalTable",
  "AWS::Serverless::SimpleTable",
  "AWS::S3::Bucket",
  "AWS::EFS::FileSystem",
  "AWS::FSx::FileSystem",
  "AWS::EC2::Volume",
  "AWS::ElastiCache::CacheCluster",
  "AWS::ElastiCache::ReplicationGroup",
  "AWS::ElastiCache::ServerlessCache",
  "AWS::MemoryDB::Cluster",
  "AWS::Redshift::Cluster",
  "AWS::RedshiftServerless::Namespace",
  "AWS::DocDB::DBCluster",
  "AWS::DocDB::DBInstance",
  "AWS::Neptune::DBCluster",
  "AWS::Neptune::DBInstance",
  "AWS::OpenSearchService::Domain",
  "AWS::Elasticsearch::Domain",
  "AWS::Kinesis::Stream",
  "AWS::SQS::Queue",
  "AWS::Backup::BackupVault",
  "AWS::Timestream::Table",
  "AWS::Timestream::Database",
  "AWS::Keyspaces::Table",
  "AWS::QLDB::Ledger",
  "AWS::Cognito::UserPool",
  "AWS::ECR::Repository",
  "AWS::KMS::Key",
  "AWS::Logs::LogGroup"
]);
function isStatefulCfnType(type) {
  return STATEFUL_CFN_TYPES.has(type);
}
var DELETION_PROTECTION_PROPERTIES = ["DeletionProtection", "DeletionProtectionEnabled"];

// src/rules/iac/lib/cloudformation-document.ts
function pairedResources(doc) {
  if (!doc.head || !doc.base) return [];
  const out = [];
  for (const head of doc.head.resources) {
    const base = resourceById(doc.base, head.logicalId);
    if (base && base.type === head.type) out.push({ head, base });
  }
  return out;
}
function propertyPair(resource, name) {
  return pairOf(resource.properties, name);
}
function booleanValue(pair) {
  const text = scalarText(pair?.value)?.toLowerCase();
  return text === "true" ? true : text === "false" ? false : void 0;
}
function spanOfPair(pair) {
  return pairSpan(pair);
}

// src/rules/iac/cfn-deletion-policy-delete.ts
function defaultPolicy(resource, attribute) {
  const snapshots = resource.type === "AWS::RDS::DBInstance" || resource.type === "AWS::RDS::DBCluster";
  return attribute === "DeletionPolicy" && snapshots ? "Snapshot" : "Delete";
}
function policyOf(resource, attribute) {
  const pair = resource.attribute(attribute);
  return pair ? scalarText(pair.value) : defaultPolicy(resource, attribute);
}
var cfnDeletionPolicyDelete = {
  meta: {
    id: "iac/cfn-deletion-policy-delete",
    family: "iac",
    kind: "protection",
    defaultSeverity: "block",
    description: "A stateful CloudFormation resource whose `DeletionPolicy` or `UpdateReplacePolicy` changes to `Delete`: deleting or replacing it no longer keeps the data.",
    messages: {
      delete: "{attribute} of {logicalId} ({type}) changes from {before} to Delete: removing or replacing it deletes its data without a snapshot",
      removed: "{attribute} {before} is removed from {logicalId} ({type}): CloudFormation now deletes its data when the resource is removed or replaced"
    },
    examples: {
      invalid: [
        {
          path: "cloudformation/db.yaml",
          base: "Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    DeletionPolicy: Snapshot\n    Properties:\n      Engine: postgres\n",
          code: "Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    DeletionPolicy: Delete\n    Properties:\n      Engine: postgres\n",
          line: 4
        },
        {
          path: "template.yaml",
          base: "Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n",
          code: "Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    DeletionPolicy: Retain\n",
          line: 5,
          side: "base"
        }
      ],
      valid: [
        {
          path: "template.yaml",
          base: "Resources:\n  Logs:\n    Type: AWS::SNS::Topic\n    DeletionPolicy: Retain\n",
          code: "Resources:\n  Logs:\n    Type: AWS::SNS::Topic\n    DeletionPolicy: Delete\n"
        },
        {
          path: "template.yaml",
          code: "Resources:\n  Scratch:\n    Type: AWS::S3::Bucket\n    DeletionPolicy: Delete\n"
        }
      ]
    }
  },
  check(doc, report) {
    for (const { head, base } of pairedResources(doc)) {
      if (!isStatefulCfnType(head.type)) continue;
      for (const attribute of ["DeletionPolicy", "UpdateReplacePolicy"]) {
        const before = policyOf(base, attribute);
        const after = policyOf(head, attribute);
        if (after !== "Delete" || before === "Delete" || before === void 0) continue;
        const data = { attribute, logicalId: head.logicalId, type: head.type, before };
        const headPair = head.attribute(attribute);
        if (headPair) report({ messageId: "delete", data, span: spanOfPair(headPair), unit: head.idSpan });
        else {
          const basePair = base.attribute(attribute);
          report({ messageId: "removed", data, span: spanOfPair(basePair), unit: base.idSpan, side: "base" });
        }
      }
    }
  }
};

// src/rules/iac/cfn-deletion-protection-disabled.ts
var cfnDeletionProtectionDisabled = {
  meta: {
    id: "iac/cfn-deletion-protection-disabled",
    family: "iac",
    kind: "protection",
    defaultSeverity: "block",
    description: "A CloudFormation resource whose `DeletionProtection` or `DeletionProtectionEnabled` goes from true to false or is removed.",
    messages: {
      disabled: "{property} of {logicalId} ({type}) is turned off: the resource can now be deleted",
      removed: "{property}: true is removed from {logicalId} ({type}): the resource can now be deleted"
    },
    examples: {
      invalid: [
        {
          path: "cloudformation/db.yaml",
          base: "Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DeletionProtection: true\n",
          code: "Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DeletionProtection: false\n",
          line: 5
        },
        {
          path: "cloudformation/table.json",
          base: '{\n  "Resources": {\n    "T": {\n      "Type": "AWS::DynamoDB::Table",\n      "Properties": {\n        "DeletionProtectionEnabled": true\n      }\n    }\n  }\n}\n',
          code: '{\n  "Resources": {\n    "T": {\n      "Type": "AWS::DynamoDB::Table",\n      "Properties": {}\n    }\n  }\n}\n',
          line: 6,
          side: "base"
        }
      ],
      valid: [
        {
          path: "cloudformation/db.yaml",
          base: "Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DeletionProtection: false\n",
          code: "Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DeletionProtection: true\n"
        }
      ]
    }
  },
  check(doc, report) {
    for (const { head, base } of pairedResources(doc)) {
      for (const property of DELETION_PROTECTION_PROPERTIES) {
        const basePair = propertyPair(base, property);
        if (booleanValue(basePair) !== true) continue;
        const headPair = propertyPair(head, property);
        const data = { property, logicalId: head.logicalId, type: head.type };
        if (!headPair)
          report({ messageId: "removed", data, span: spanOfPair(basePair), unit: base.idSpan, side: "base" });
        else if (booleanValue(headPair) === false)
          report({ messageId: "disabled", data, span: spanOfPair(headPair), unit: head.idSpan });
      }
    }
  }
};

// src/rules/iac/cfn-replacement-property.ts
import { isDeepStrictEqual } from "node:util";
var cfnReplacementProperty = {
  meta: {
    id: "iac/cfn-replacement-property",
    family: "iac",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A change to a property CloudFormation cannot update in place (`DBInstanceIdentifier`, `TableName`, `BucketName`, `KeySchema`, `Engine`...) on a stateful resource: the stack replaces it, deleting the old one and its data.",
    messages: {
      changed: "{property} of {logicalId} ({type}) changes: CloudFormation replaces the resource and deletes the old one with its data",
      removed: "{property} is removed from {logicalId} ({type}): CloudFormation replaces the resource and deletes the old one with its data"
    },
    examples: {
      invalid: [
        {
          path: "template.yaml",
          base: "Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      TableName: orders\n",
          code: "Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      TableName: orders-v2\n",
          line: 5
        },
        {
          path: "template.yaml",
          base: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceIdentifier: !Sub "orders-${Env}"\n',
          code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceIdentifier: !Sub "orders-db-${Env}"\n',
          line: 6
        }
      ],
      valid: [
        {
          path: "template.yaml",
          base: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceIdentifier: !Sub "orders-${Env}"\n      AllocatedStorage: 20\n',
          code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceIdentifier: { "Fn::Sub": "orders-${Env}" }\n      AllocatedStorage: 50\n'
        }
      ]
    }
  },
  check(doc, report) {
    for (const { head, base } of pairedResources(doc)) {
      const immutable = cloudFormationReplacementRow(head.type)?.properties;
      if (!immutable) continue;
      if (scalarText(head.attribute("UpdateReplacePolicy")?.value) === "Retain") continue;
      for (const property of immutable) {
        const basePair = propertyPair(base, property);
        const headPair = propertyPair(head, property);
        if (isDeepStrictEqual(plainValue(basePair?.value), plainValue(headPair?.value))) continue;
        const data = { property, logicalId: head.logicalId, type: head.type };
        if (headPair) report({ messageId: "changed", data, span: spanOfPair(headPair), unit: head.idSpan });
        else if (basePair)
          report({ messageId: "removed", data, span: spanOfPair(basePair), unit: base.idSpan, side: "base" });
      }
    }
  }
};

// src/rules/iac/removed-cfn-stateful-resource.ts
var removedCfnStatefulResource = {
  meta: {
    id: "iac/removed-cfn-stateful-resource",
    family: "iac",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A stateful CloudFormation resource (database, table, bucket, volume, file system, cache, queue...) removed from the template, renamed, or given another type: the stack deletes it and its data.",
    messages: {
      removed: "{logicalId} ({type}) is removed from the template: the next stack update deletes it and its data",
      retyped: "{logicalId} changes type from {type} to {newType}: the stack deletes the old resource and its data"
    },
    examples: {
      invalid: [
        {
          path: "template.yaml",
          base: "Resources:\n  Queue:\n    Type: AWS::SNS::Topic\n  Orders:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      BillingMode: PAY_PER_REQUEST\n",
          code: "Resources:\n  Queue:\n    Type: AWS::SNS::Topic\n",
          line: 4,
          side: "base"
        },
        {
          path: "stack.template.json",
          base: '{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {\n    "Assets": { "Type": "AWS::S3::Bucket" }\n  }\n}\n',
          code: "",
          line: 4,
          side: "base"
        }
      ],
      valid: [
        {
          path: "template.yaml",
          base: "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n  Orders:\n    Type: AWS::DynamoDB::Table\n",
          code: "Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n"
        },
        {
          path: "template.yaml",
          base: "Resources:\n  Old:\n    Type: AWS::S3::Bucket\n    DeletionPolicy: Retain\n",
          code: "Resources: {}\n"
        }
      ]
    }
  },
  check(doc, report) {
    if (!doc.base) return;
    for (const base of doc.base.resources) {
      if (!isStatefulCfnType(base.type)) continue;
      if (scalarText(base.attribute("DeletionPolicy")?.value) === "Retain") continue;
      const head = doc.head ? resourceById(doc.head, base.logicalId) : void 0;
      const data = { logicalId: base.logicalId, type: base.type, newType: head?.type ?? "" };
      if (!head) report({ messageId: "removed", data, span: base.idSpan, unit: base.span, side: "base" });
      else if (head.type !== base.type && head.type !== "")
        report({ messageId: "retyped", data, span: base.idSpan, unit: base.span, side: "base" });
    }
  }
};

// src/rules/iac/cfn-bucket-expires-everything.ts
var MAX_DAYS = 7;
function unscopedExpiries(properties) {
  const out = [];
  itemsOf(valueAt(properties, "LifecycleConfiguration", "Rules")).forEach((rule, i) => {
    if (scalarText(valueAt(rule, "Status")) !== "Enabled") return;
    const prefix = scalarText(valueAt(rule, "Prefix"));
    const scoped = prefix !== void 0 && prefix !== "" || itemsOf(valueAt(rule, "TagFilters")).length > 0 || valueAt(rule, "ObjectSizeGreaterThan") != null || valueAt(rule, "Prefix") != null && prefix === void 0;
    if (scoped) return;
    const key = scalarText(valueAt(rule, "Id")) ?? `#${i}`;
    const current = pairOf(rule, "ExpirationInDays");
    if (current) out.push({ key: `${key}:current`, days: current, current: true });
    const noncurrent = pairOf(valueAt(rule, "NoncurrentVersionExpiration"), "NoncurrentDays") ?? pairOf(rule, "NoncurrentVersionExpirationInDays");
    if (noncurrent) out.push({ key: `${key}:noncurrent`, days: noncurrent, current: false });
  });
  return out;
}
var daysOf = (pair) => {
  const n = Number(scalarText(pair?.value));
  return Number.isFinite(n) ? n : void 0;
};
var cfnBucketExpiresEverything = {
  meta: {
    id: "iac/cfn-bucket-expires-everything",
    family: "iac",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A CloudFormation (or CDK-synthesised) S3 bucket that exists gains a lifecycle rule without a prefix, tag or size filter that expires every object, or every earlier version, within a week.",
    messages: {
      current: "{id}: lifecycle rule {rule} expires every object in the bucket after {days} day(s) (was {before}): no prefix, tag or size filter limits it",
      noncurrent: "{id}: lifecycle rule {rule} expires every earlier version in the bucket after {days} day(s) (was {before}): the versions that make it recoverable go"
    },
    examples: {
      invalid: [
        {
          path: "templates/storage.yaml",
          base: 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Exports:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: acme-exports\n',
          code: 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Exports:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: acme-exports\n      LifecycleConfiguration:\n        Rules:\n          - Id: cleanup\n            Status: Enabled\n            ExpirationInDays: 1\n',
          line: 11
        }
      ],
      valid: [
        {
          path: "templates/storage.yaml",
          base: 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Exports:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: acme-exports\n',
          code: 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Exports:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: acme-exports\n      LifecycleConfiguration:\n        Rules:\n          - Id: cleanup\n            Status: Enabled\n            Prefix: tmp/\n            ExpirationInDays: 1\n'
        }
      ]
    }
  },
  check(doc, report) {
    for (const { head, base } of pairedResources(doc)) {
      if (head.type !== "AWS::S3::Bucket") continue;
      const before = new Map(unscopedExpiries(base.properties).map((e) => [e.key, daysOf(e.days)]));
      for (const expiry of unscopedExpiries(head.properties)) {
        const days = daysOf(expiry.days);
        if (days === void 0 || days > MAX_DAYS) continue;
        const was = before.get(expiry.key);
        if (was !== void 0 && was <= days) continue;
        report({
          messageId: expiry.current ? "current" : "noncurrent",
          data: {
            id: head.logicalId,
            rule: expiry.key.replace(/:.*$/, ""),
            days: String(days),
            before: was === void 0 ? "no such expiry" : `${was} day(s)`
          },
          span: pairSpan(expiry.days),
          unit: head.span
        });
      }
    }
  }
};

// src/rules/iac/lib/cloudformation-checker.ts
var cloudFormationRules = [
  cfnDeletionPolicyDelete,
  cfnDeletionProtectionDisabled,
  removedCfnStatefulResource,
  cfnReplacementProperty,
  cfnBucketExpiresEverything
];
var cloudFormationChecker = {
  family: "iac",
  rules: cloudFormationRules,
  appliesTo: readsCloudFormation,
  prepare: () => Promise.resolve(),
  check(file) {
    const doc = { path: file.path };
    const notes = [];
    if (file.status !== "removed") {
      const head = readTemplate(file.text);
      if (head.template === void 0 && head.error !== void 0)
        throw new Error(`the CloudFormation template does not parse (${head.error})`);
      if (head.template) doc.head = head.template;
    }
    if (file.baseText !== void 0 && looksLikeCloudFormation(file.baseText)) {
      const base = readTemplate(file.baseText);
      if (base.template) doc.base = base.template;
      else if (base.error !== void 0)
        notes.push(
          `${file.path}: the base version of the template does not parse; removed resources were not compared`
        );
    }
    return { findings: runRules(cloudFormationRules, doc, () => false), notes };
  }
};

export {
  cloudFormationRules,
  cloudFormationChecker
};
