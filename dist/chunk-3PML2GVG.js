import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  normaliseName,
  safeguardOf
} from "./chunk-LIWINHBA.js";
import {
  cloudFormationReplacementRow
} from "./chunk-JBCSFPUI.js";
import {
  looksLikeCloudFormation,
  looksLikeStackPolicy,
  readsCloudFormation
} from "./chunk-EG3ONA5W.js";
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
  require_dist
} from "./chunk-ZBXWAF4J.js";
import {
  runRules
} from "./chunk-4LQS2QJQ.js";
import {
  __toESM
} from "./chunk-ZHGBYMEX.js";

// src/parsers/cloudformation/template.ts
var import_yaml = __toESM(require_dist(), 1);
function resourceSections(root) {
  const own = valueOf(root, "Resources");
  if (own !== void 0) return [own];
  const framework = valueOf(root, "resources");
  const parts = (0, import_yaml.isSeq)(framework) ? itemsOf(framework) : [framework];
  const sections = parts.map((part) => valueOf(part, "Resources")).filter((section) => section !== void 0);
  return sections.length > 0 ? sections : void 0;
}
function readTemplate(text) {
  const stream = parseYaml(text);
  if (stream.error) return { template: void 0, error: stream.error.message };
  const root = stream.documents[0]?.root;
  const sections = resourceSections(root);
  if (sections === void 0) return { template: void 0 };
  const out = [];
  for (const { key, pair } of sections.flatMap((section) => entriesOf(section))) {
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

// src/rules/iac/cfn-stack-policy-weakened.ts
var GUARDED = /^Update:(\*|Replace|Delete)$/;
var cfnStackPolicyWeakened = {
  meta: {
    id: "iac/cfn-stack-policy-weakened",
    family: "iac",
    kind: "protection",
    defaultSeverity: "block",
    description: "A stack policy statement that denies `Update:Replace`, `Update:Delete` or `Update:*` is removed or turned into an Allow (the policy file, or a Serverless `provider.stackPolicy`): stack updates may replace or delete those resources again.",
    messages: {
      removed: "the stack policy no longer denies {actions} on {resources}: a stack update can replace or delete them with their data",
      allowed: "the stack policy now allows {actions} on {resources}: a stack update can replace or delete them with their data"
    },
    examples: {
      invalid: [
        {
          path: "infra/stack-policy.json",
          base: '{\n  "Statement": [\n    {\n      "Effect": "Deny",\n      "Action": "Update:Replace",\n      "Principal": "*",\n      "Resource": "LogicalResourceId/Database"\n    }\n  ]\n}\n',
          code: '{\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": "Update:Replace",\n      "Principal": "*",\n      "Resource": "LogicalResourceId/Database"\n    }\n  ]\n}\n',
          line: 4
        }
      ],
      valid: [
        {
          path: "infra/stack-policy.json",
          base: '{\n  "Statement": [\n    { "Effect": "Allow", "Action": "Update:*", "Principal": "*", "Resource": "*" }\n  ]\n}\n',
          code: '{\n  "Statement": [\n    { "Effect": "Allow", "Action": "Update:*", "Principal": "*", "Resource": "*" },\n    { "Effect": "Deny", "Action": "Update:Delete", "Principal": "*", "Resource": "LogicalResourceId/Database" }\n  ]\n}\n'
        }
      ]
    }
  },
  check(doc, report) {
    if (doc.policyBase === void 0) return;
    const head = guardsOf(doc.policyHead);
    for (const before of guardsOf(doc.policyBase)) {
      if (!before.deny) continue;
      const after = head.find((g) => g.key === before.key);
      if (after?.deny) continue;
      const data = { actions: before.key.split(" on ")[0], resources: before.resources };
      if (after) report({ messageId: "allowed", data, span: after.effect, unit: after.effect });
      else report({ messageId: "removed", data, span: before.effect, unit: before.effect, side: "base" });
    }
  }
};
function stackPolicyOf(text) {
  if (text === void 0) return void 0;
  const root = parseYaml(text).documents[0]?.root ?? void 0;
  if (valueAt(root, "Statement")) return valueAt(root, "Statement") ?? void 0;
  return valueAt(root, "provider", "stackPolicy") ?? void 0;
}
function guardsOf(statements) {
  return itemsOf(statements).flatMap((statement) => {
    const effect = pairOf(statement, "Effect");
    const actions = listOf(valueAt(statement, "Action")).filter((a) => GUARDED.test(a));
    if (!effect || actions.length === 0) return [];
    const resources = listOf(valueAt(statement, "Resource")).sort().join(", ") || "*";
    return [
      {
        key: `${actions.sort().join(", ")} on ${resources}`,
        resources,
        effect: pairSpan(effect),
        deny: scalarText(effect.value) === "Deny"
      }
    ];
  });
}
function listOf(node) {
  const one = scalarText(node);
  if (one !== void 0) return [one];
  return itemsOf(node).flatMap((item) => scalarText(item) ?? []);
}

// src/rules/iac/cfn-safeguard-weakened.ts
var import_yaml2 = __toESM(require_dist(), 1);
var cfnSafeguardWeakened = {
  meta: {
    id: "iac/cfn-safeguard-weakened",
    family: "iac",
    kind: "protection",
    defaultSeverity: "block",
    description: "A CloudFormation (or Serverless Framework) resource property that guards data is turned off or shortened: `BackupRetentionPeriod` to 0 or fewer days, point-in-time recovery off, versioning suspended, snapshot retention cut, automated backups deleted with the instance.",
    messages: {
      set: "{resource}: {property} is {value} (was {before}); this gives up {loses}",
      shortened: "{resource}: {property} goes from {before} to {value}; this gives up {loses}",
      removed: "{resource}: {property}: {before} is removed, and the default gives up {loses}"
    },
    examples: {
      invalid: [
        {
          path: "cfn/database.yaml",
          base: "Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      BackupRetentionPeriod: 7\n",
          code: "Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      BackupRetentionPeriod: 0\n",
          line: 5
        },
        {
          path: "serverless.yml",
          base: "service: orders\nresources:\n  Resources:\n    Orders:\n      Type: AWS::DynamoDB::Table\n      Properties:\n        PointInTimeRecoverySpecification:\n          PointInTimeRecoveryEnabled: true\n",
          code: "service: orders\nresources:\n  Resources:\n    Orders:\n      Type: AWS::DynamoDB::Table\n      Properties:\n        PointInTimeRecoverySpecification:\n          PointInTimeRecoveryEnabled: false\n",
          line: 8
        }
      ],
      valid: [
        {
          path: "cfn/database.yaml",
          base: "Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      BackupRetentionPeriod: 7\n",
          code: "Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      BackupRetentionPeriod: 14\n"
        },
        {
          path: "cfn/database.yaml",
          code: "Resources:\n  Scratch:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      BackupRetentionPeriod: 0\n"
        }
      ]
    }
  },
  check(doc, report) {
    for (const { head, base } of pairedResources(doc)) {
      const before = new Map(propertiesOf(base).map((p) => [p.key, p]));
      const after = new Set(propertiesOf(head).map((p) => p.key));
      const resource = `${head.logicalId} (${head.type})`;
      for (const property of propertiesOf(head)) {
        const row = rowOf(property);
        if (!row || property.value === void 0) continue;
        const old = before.get(property.key);
        const data = {
          resource,
          property: property.written.join("."),
          value: property.text,
          before: old?.text ?? "unset",
          loses: row.loses
        };
        if (row.shortened && typeof property.value === "number" && typeof old?.value === "number") {
          if (property.value < old.value)
            report({
              messageId: property.value === 0 ? "set" : "shortened",
              data,
              span: property.span,
              unit: head.idSpan
            });
          continue;
        }
        const wasUnsafe = old?.value !== void 0 ? row.unsafe(old.value) : old !== void 0;
        if (row.unsafe(property.value) && !wasUnsafe)
          report({ messageId: "set", data, span: property.span, unit: head.idSpan });
      }
      for (const old of before.values()) {
        const row = rowOf(old);
        if (!row?.absentUnsafe || after.has(old.key) || old.value === void 0 || row.unsafe(old.value)) continue;
        report({
          messageId: "removed",
          data: { resource, property: old.written.join("."), value: "unset", before: old.text, loses: row.loses },
          span: old.span,
          side: "base"
        });
      }
    }
  }
};
function rowOf(property) {
  const row = safeguardOf(property);
  if (!row || row.backupsOnly || row.names[0] === "deletionprotectionenabled") return void 0;
  return row;
}
function propertiesOf(resource) {
  const out = [];
  const walk = (node, names, written, key, pair) => {
    if ((0, import_yaml2.isMap)(node)) {
      for (const item of node.items) {
        if (!(0, import_yaml2.isScalar)(item.key)) continue;
        const name = String(item.key.value);
        walk(
          item.value,
          [...names, normaliseName(name)],
          [...written, name],
          `${key}.${name}`,
          item
        );
      }
    } else if ((0, import_yaml2.isSeq)(node)) {
      node.items.forEach((item, i) => walk(item, names, written, `${key}[${i}]`, pair));
    } else if (pair && names.length > 0) {
      const text = scalarText(node);
      out.push({
        names,
        written,
        key,
        value: literalOf(node, text),
        text: text ?? String(node ?? ""),
        span: pairSpan(pair)
      });
    }
  };
  walk(resource.properties, [], [], "");
  return out;
}
function literalOf(node, text) {
  if (text === void 0 || node?.tag !== void 0 && !(0, import_yaml2.isScalar)(node)) return void 0;
  if ((0, import_yaml2.isScalar)(node) && node.tag?.startsWith("!")) return void 0;
  if (/^\d+$/.test(text)) return Number(text);
  return text === "true" ? true : text === "false" ? false : text;
}

// src/rules/iac/lib/cloudformation-checker.ts
var cloudFormationRules = [
  cfnDeletionPolicyDelete,
  cfnDeletionProtectionDisabled,
  removedCfnStatefulResource,
  cfnReplacementProperty,
  cfnBucketExpiresEverything,
  cfnStackPolicyWeakened,
  cfnSafeguardWeakened
];
var cloudFormationChecker = {
  family: "iac",
  rules: cloudFormationRules,
  appliesTo: readsCloudFormation,
  prepare: () => Promise.resolve(),
  check(file) {
    const doc = { path: file.path };
    const notes = [];
    const policyBase = stackPolicyOf(file.baseText);
    if (policyBase) {
      doc.policyBase = policyBase;
      const policyHead = file.status === "removed" ? void 0 : stackPolicyOf(file.text);
      if (policyHead) doc.policyHead = policyHead;
      if (looksLikeStackPolicy(file.path, file.baseText ?? ""))
        return { findings: runRules(cloudFormationRules, doc, () => false), notes };
    }
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
