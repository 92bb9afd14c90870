import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  changedEntries,
  resolveTerragrunt,
  sourceOf
} from "./chunk-XQKURTTO.js";
import {
  REPLACEMENT_TABLE,
  terraformReplacementRow,
  versionFamily
} from "./chunk-JBCSFPUI.js";
import {
  changedDefinitions,
  destroyedStateful,
  isStatefulType,
  protectionChanges,
  protectionRule,
  resourcePairs,
  resourcePairsOfFile,
  throwawayEnvironment
} from "./chunk-YVSR3L74.js";
import {
  UNKNOWN,
  buildModule,
  dirOf,
  evaluate,
  headAddressOf,
  joinPath,
  moduleOf,
  sameValue,
  versionOf
} from "./chunk-JDMKUC5Z.js";
import {
  readPlan,
  readsTerraform
} from "./chunk-EG3ONA5W.js";
import {
  isTerraformFile,
  isTerragruntConfig,
  isTerragruntFile,
  isTfvarsFile
} from "./chunk-3DOHBPV7.js";
import {
  parseHcl
} from "./chunk-NRRSUNAF.js";
import {
  runRules
} from "./chunk-4LQS2QJQ.js";
import {
  LineIndex
} from "./chunk-O3AVP3WD.js";
import {
  loadGrammar
} from "./chunk-BG6M7MHB.js";

// src/rules/iac/lib/terraform-tfvars.ts
var EMPTY = { local: () => void 0, variable: () => UNKNOWN };
function assignments(text) {
  const attributes = text === void 0 ? [] : parseHcl(text).attributes;
  return new Map(
    attributes.map((a) => [a.name, { value: evaluate(a.value, EMPTY), source: sourceOf2(a.value), span: a.span }])
  );
}
function scopeWith(module, values) {
  return {
    ...module.scope,
    variable: (name) => {
      const own = values.get(name);
      return own ? own.value : module.scope.variable(name);
    }
  };
}
function variablesOf(expr, module, depth = 0) {
  const found = /* @__PURE__ */ new Set();
  if (depth > 16) return found;
  JSON.stringify(expr, (_key, value) => {
    if (value && typeof value === "object" && value.kind === "traversal") {
      const t = value;
      const name = typeof t.steps[0] === "string" ? t.steps[0] : void 0;
      if (t.root === "var" && name) found.add(name);
      if (t.root === "local" && name) {
        const local = module.scope.local(name);
        if (local) for (const v of variablesOf(local, module, depth + 1)) found.add(v);
      }
    }
    return value;
  });
  return found;
}
function tfvarsEffects(doc, attributes) {
  const before = doc.values?.base ?? assignments(doc.baseText);
  const after = doc.values?.head ?? assignments(doc.headText);
  const changed = [...after].flatMap(([name, a]) => {
    const old = before.get(name);
    const differs = !old || JSON.stringify(old.value) !== JSON.stringify(a.value) || a.value === UNKNOWN && old.source !== a.source;
    return differs && a.span ? [{ name, span: a.span }] : [];
  });
  if (!changed.length) return [];
  const baseScope = scopeWith(doc.base, before);
  const headScope = scopeWith(doc.head, after);
  const effects = [];
  for (const resource of doc.head.resources.values()) {
    if (resource.mode !== "managed" || !isStatefulType(resource.type)) continue;
    const baseResource = doc.base.resources.get(resource.address);
    if (!baseResource) continue;
    for (const name of attributes) {
      const attribute = resource.block.attributes.find((a) => a.name === name);
      const baseAttribute = baseResource.block.attributes.find((a) => a.name === name);
      if (!attribute || !baseAttribute) continue;
      const reads = variablesOf(attribute.value, doc.head);
      const cause = changed.find((c) => reads.has(c.name));
      if (!cause) continue;
      effects.push({
        resource,
        attribute: name,
        variable: cause.name,
        before: evaluate(baseAttribute.value, baseScope),
        after: evaluate(attribute.value, headScope),
        span: cause.span
      });
    }
  }
  return effects;
}
var PROTECTIONS = [
  {
    attribute: "deletion_protection",
    rule: "iac/terraform-deletion-protection",
    unsafe: (v) => v === false,
    loses: "deletion protection"
  },
  {
    attribute: "skip_final_snapshot",
    rule: "iac/terraform-final-snapshot",
    unsafe: (v) => v === true,
    loses: "the final snapshot"
  },
  {
    attribute: "force_destroy",
    rule: "iac/terraform-force-destroy",
    unsafe: (v) => v === true,
    loses: "the refusal to delete a non-empty store"
  },
  {
    attribute: "backup_retention_period",
    rule: "iac/terraform-backup-retention",
    unsafe: (v) => v === 0,
    loses: "automated backups"
  }
];
function size(v) {
  if (typeof v === "number") return v;
  if (Array.isArray(v)) return v.length;
  if (v !== UNKNOWN && v && typeof v === "object") return Object.keys(v).length;
  return void 0;
}
var sourceOf2 = (e) => JSON.stringify(e, (key, value) => key === "span" ? void 0 : value);
var show = (v) => v === UNKNOWN ? "(unknown)" : JSON.stringify(v);
function tfvarsFindings(doc) {
  const findings = [];
  const where = doc.label ?? doc.path;
  const throwaway = throwawayEnvironment(doc.environmentPath ?? doc.path);
  const downgrade = throwaway ? { downgradedBecause: `the module is the ${throwaway} environment's` } : {};
  for (const e of tfvarsEffects(doc, ["count", "for_each"])) {
    const before = size(e.before);
    const after = size(e.after);
    if (before !== void 0 && before > 0 && e.after === UNKNOWN) {
      findings.push({
        ruleId: "iac/terraform-instances-reduced",
        kind: "destructive",
        defaultSeverity: "block",
        message: `${e.resource.address}: ${e.variable} in ${where} makes ${e.attribute} (${before} instances before) depend on a value two-key cannot evaluate before a plan; if it drops instances, apply destroys them with their data`,
        span: e.span,
        unit: e.span,
        rollbackOnly: false
      });
      continue;
    }
    if (before === void 0 || after === void 0 || after >= before) continue;
    findings.push({
      ruleId: "iac/terraform-instances-reduced",
      kind: "destructive",
      defaultSeverity: "block",
      message: `${e.resource.address}: ${e.variable} in ${where} takes ${e.attribute} from ${before} to ${after} instances; terraform apply destroys the rest with their data`,
      span: e.span,
      unit: e.span,
      rollbackOnly: false
    });
  }
  for (const p of PROTECTIONS) {
    for (const e of tfvarsEffects(doc, [p.attribute])) {
      if (e.before === UNKNOWN || p.unsafe(e.before)) continue;
      if (e.after === UNKNOWN) {
        findings.push({
          ruleId: p.rule,
          kind: "protection",
          defaultSeverity: "block",
          ...downgrade,
          message: `${e.resource.address}: ${e.variable} in ${where} sets ${p.attribute} (was ${show(e.before)}) to a value two-key cannot evaluate before a plan; approve only if it keeps ${p.loses}`,
          span: e.span,
          unit: e.span,
          rollbackOnly: false
        });
        continue;
      }
      if (!p.unsafe(e.after)) continue;
      findings.push({
        ruleId: p.rule,
        kind: "protection",
        defaultSeverity: "block",
        ...downgrade,
        message: `${e.resource.address}: ${e.variable} in ${where} sets ${p.attribute} from ${show(e.before)} to ${show(e.after)}, giving up ${p.loses}`,
        span: e.span,
        unit: e.span,
        rollbackOnly: false
      });
    }
  }
  findings.push(...replacementFindings(doc));
  return findings;
}
var REPLACING = [...new Set(REPLACEMENT_TABLE.flatMap((r) => [...r.attributes ?? [], ...r.family ?? []]))];
function replacementFindings(doc) {
  const findings = [];
  const where = doc.label ?? doc.path;
  for (const e of tfvarsEffects(doc, REPLACING)) {
    const row = terraformReplacementRow(e.resource.type);
    if (!row || e.before === UNKNOWN || ignores(e.resource, e.attribute)) continue;
    const family = row.family?.includes(e.attribute) ?? false;
    if (!family && !row.attributes?.includes(e.attribute)) continue;
    if (e.after !== UNKNOWN) {
      const same = family ? JSON.stringify(versionFamily(e.before)) === JSON.stringify(versionFamily(e.after)) : JSON.stringify(e.before) === JSON.stringify(e.after);
      if (same) continue;
    }
    findings.push({
      ruleId: "iac/terraform-replacement-attribute",
      kind: "destructive",
      defaultSeverity: "block",
      message: e.after === UNKNOWN ? `${e.resource.address}: ${e.variable} in ${where} makes ${e.attribute} (was ${show(e.before)}) a value two-key cannot evaluate before a plan; if it differs, the provider replaces the ${row.store} and its data is lost` : `${e.resource.address}: ${e.variable} in ${where} changes ${e.attribute} from ${show(e.before)} to ${show(e.after)}; the provider replaces the ${row.store}, destroying it with its data`,
      span: e.span,
      unit: e.span,
      rollbackOnly: false
    });
  }
  return findings;
}
function ignores(resource, attribute) {
  const value = resource.block.blocks.find((b) => b.type === "lifecycle")?.attributes.find((a) => a.name === "ignore_changes")?.value;
  if (!value) return false;
  if (value.kind === "traversal" && value.root === "all") return true;
  return value.kind === "tuple" && value.items.some(
    (i) => i.kind === "traversal" && i.root === attribute || i.kind === "literal" && i.value === attribute
  );
}

// src/rules/iac/terraform-backup-expiry.ts
var terraformBackupExpiry = protectionRule("backup-expiry", {
  description: "A lifecycle rule on a bucket of backups (snapshots, dumps, archives) starts expiring objects, or expires them sooner.",
  messages: {
    set: "{address}: {attribute} = {value} (was {before}) expires objects in a bucket that holds backups",
    removed: "{address}: {attribute} = {before} is removed",
    shortened: "{address}: {attribute} goes from {before} to {value}; backups are deleted sooner",
    resourceRemoved: "{address} goes with its {attribute} setting"
  },
  examples: {
    invalid: [
      {
        path: "infra/backups/s3.tf",
        base: 'resource "aws_s3_bucket_lifecycle_configuration" "db_backups" {\n  bucket = aws_s3_bucket.db_backups.id\n\n  rule {\n    id     = "expire"\n    status = "Enabled"\n\n    expiration {\n      days = 90\n    }\n  }\n}\n',
        code: 'resource "aws_s3_bucket_lifecycle_configuration" "db_backups" {\n  bucket = aws_s3_bucket.db_backups.id\n\n  rule {\n    id     = "expire"\n    status = "Enabled"\n\n    expiration {\n      days = 1\n    }\n  }\n}\n',
        line: 9
      }
    ],
    valid: [
      {
        path: "infra/ci/cache_bucket.tf",
        code: 'resource "aws_s3_bucket_lifecycle_configuration" "ci_cache" {\n  bucket = aws_s3_bucket.ci_cache.id\n\n  rule {\n    id     = "expire-build-cache"\n    status = "Enabled"\n\n    expiration {\n      days = 14\n    }\n  }\n}\n'
      }
    ]
  }
});

// src/rules/iac/terraform-backup-retention.ts
var terraformBackupRetention = protectionRule("backup-retention", {
  description: "Automated backups turned off, set to 0 days or kept for a shorter time, or deleted with the database (`delete_automated_backups`); soft delete shortened or removed (Key Vault, Azure blobs, containers and shares, Cloud Storage); Azure SQL short- and long-term retention cut.",
  messages: {
    set: "{address}: {attribute} is {value} (was {before}); the database keeps no automated backups to restore from",
    removed: "{address}: {attribute} = {before} is removed and the provider default drops the backups",
    shortened: "{address}: {attribute} goes from {before} to {value}; older backups are deleted",
    resourceRemoved: "{address} goes with its {attribute} setting"
  },
  examples: {
    invalid: [
      {
        path: "infra/prod/db.tf",
        base: 'resource "aws_db_instance" "main" {\n  identifier              = "app"\n  backup_retention_period = 14\n}\n',
        code: 'resource "aws_db_instance" "main" {\n  identifier              = "app"\n  backup_retention_period = 1\n}\n',
        line: 3
      },
      {
        path: "infra/prod/db.tf",
        base: 'resource "aws_db_instance" "main" {\n  identifier = "app"\n}\n',
        code: 'resource "aws_db_instance" "main" {\n  identifier               = "app"\n  delete_automated_backups = true\n}\n',
        line: 3
      }
    ],
    valid: [
      {
        path: "infra/prod/db.tf",
        base: 'resource "aws_db_instance" "main" {\n  backup_retention_period = 7\n}\n',
        code: 'resource "aws_db_instance" "main" {\n  backup_retention_period = 30\n}\n'
      }
    ]
  }
});

// src/rules/iac/terraform-deletion-protection.ts
var terraformDeletionProtection = protectionRule("deletion-protection", {
  description: "`deletion_protection` (or `deletion_protection_enabled`, `termination_protection`, Spanner `enable_drop_protection`, Key Vault `purge_protection_enabled`, Firestore `delete_protection_state`, backup vault soft delete) is turned off or removed, a `deletion_policy` set to delete, or a resource lock or lien removed: the provider will delete the resource when asked.",
  messages: {
    set: "{address}: {attribute} is {value} (was {before}); the provider no longer refuses to delete it",
    removed: "{address}: {attribute} = {before} is removed and the provider default is off; the provider no longer refuses to delete it",
    shortened: "{address}: {attribute} is weakened",
    resourceRemoved: "{address} is removed: the lock ({attribute}) that refused deleting what it guards goes with it"
  },
  examples: {
    invalid: [
      {
        path: "terraform/modules/database/main.tf",
        base: 'resource "aws_db_instance" "main" {\n  identifier          = "app"\n  deletion_protection = true\n}\n',
        code: 'resource "aws_db_instance" "main" {\n  identifier          = "app"\n  deletion_protection = false\n}\n',
        line: 3
      },
      {
        path: "infra/prod/db.tf",
        base: 'locals {\n  protect = true\n}\n\nresource "aws_rds_cluster" "main" {\n  deletion_protection = true\n}\n',
        code: 'locals {\n  protect = terraform.workspace == "prod" && false\n}\n\nresource "aws_rds_cluster" "main" {\n  deletion_protection = local.protect\n}\n',
        line: 6
      }
    ],
    valid: [
      {
        path: "infra/prod/db.tf",
        base: 'resource "aws_db_instance" "main" {\n  deletion_protection = false\n}\n',
        code: 'resource "aws_db_instance" "main" {\n  deletion_protection = true\n}\n'
      },
      {
        path: "infra/gcp/sql.tf",
        base: 'resource "google_sql_database_instance" "main" {\n  deletion_protection = true\n}\n',
        code: 'resource "google_sql_database_instance" "main" {\n}\n'
      }
    ]
  }
});

// src/rules/iac/terraform-final-snapshot.ts
var terraformFinalSnapshot = protectionRule("final-snapshot", {
  description: "`skip_final_snapshot = true`: when the database is destroyed, no last snapshot is taken.",
  messages: {
    set: "{address}: skip_final_snapshot is {value} (was {before}); destroying the database leaves no final snapshot",
    removed: "{address}: skip_final_snapshot = {before} is removed",
    shortened: "{address}: skip_final_snapshot is weakened",
    resourceRemoved: "{address} goes with its skip_final_snapshot setting"
  },
  examples: {
    invalid: [
      {
        path: "infra/prod/db.tf",
        base: 'resource "aws_db_instance" "main" {\n  identifier          = "app"\n  skip_final_snapshot = false\n}\n',
        code: 'resource "aws_db_instance" "main" {\n  identifier          = "app"\n  skip_final_snapshot = true\n}\n',
        line: 3
      }
    ],
    valid: [
      {
        path: "infra/prod/db.tf",
        base: 'resource "aws_db_instance" "main" {\n  skip_final_snapshot = true\n}\n',
        code: 'resource "aws_db_instance" "main" {\n  skip_final_snapshot = false\n}\n'
      }
    ]
  }
});

// src/rules/iac/terraform-force-destroy.ts
var terraformForceDestroy = protectionRule("force-destroy", {
  description: "`force_destroy = true` (or `force_delete`, BigQuery `delete_contents_on_destroy`, the azurerm provider's `prevent_deletion_if_contains_resources = false`): destroying the bucket, dataset, repository or resource group deletes everything in it instead of failing.",
  messages: {
    set: "{address}: {attribute} is {value} (was {before}); destroying or replacing it deletes every object in it instead of failing",
    removed: "{address}: {attribute} = {before} is removed",
    shortened: "{address}: {attribute} is weakened",
    resourceRemoved: "{address} goes with its {attribute} setting"
  },
  examples: {
    invalid: [
      {
        path: "infra/storage/s3.tf",
        base: 'resource "aws_s3_bucket" "uploads" {\n  bucket = "acme-prod-user-uploads"\n}\n',
        code: 'resource "aws_s3_bucket" "uploads" {\n  bucket        = "acme-prod-user-uploads"\n  force_destroy = true\n}\n',
        line: 3
      }
    ],
    valid: [
      {
        path: "infra/storage/s3.tf",
        base: 'resource "aws_s3_bucket" "uploads" {\n  force_destroy = true\n}\n',
        code: 'resource "aws_s3_bucket" "uploads" {\n}\n'
      },
      { path: "infra/ci/s3.tf", code: 'resource "aws_s3_bucket" "scratch" {\n  force_destroy = true\n}\n' }
    ]
  }
});

// src/rules/iac/terraform-instances-reduced.ts
var terraformInstancesReduced = {
  meta: {
    id: "iac/terraform-instances-reduced",
    family: "iac",
    kind: "destructive",
    defaultSeverity: "block",
    description: "`count` or `for_each` of a Terraform resource that holds data drops instances (to 0, fewer keys, or a different keying): apply destroys them.",
    messages: {
      fewer: "{address}: {what}; terraform apply destroys {lost} with its data",
      maybeFewer: "{address}: {what} is decided by an expression two-key cannot evaluate before a plan; it may drop instances, and apply would destroy them with their data",
      rekeyed: "{address}: {what} changes every instance address without a moved block; terraform apply destroys the existing {type} and creates new, empty ones",
      through: "{address}: {what} because {cause} changes here; terraform apply destroys {lost} with its data"
    },
    examples: {
      invalid: [
        {
          path: "infra/staging/db.tf",
          base: 'resource "aws_db_instance" "main" {\n  identifier = "app"\n}\n',
          code: 'locals {\n  create_db = false\n}\n\nresource "aws_db_instance" "main" {\n  count      = local.create_db ? 1 : 0\n  identifier = "app"\n}\n',
          line: 6
        },
        {
          path: "infra/prod/buckets.tf",
          base: 'resource "aws_s3_bucket" "tenant" {\n  for_each = toset(["acme", "globex"])\n  bucket   = "data-${each.key}"\n}\n',
          code: 'resource "aws_s3_bucket" "tenant" {\n  for_each = toset(["acme"])\n  bucket   = "data-${each.key}"\n}\n',
          line: 2
        }
      ],
      valid: [
        {
          path: "infra/prod/db.tf",
          base: 'resource "aws_db_instance" "main" {\n  identifier = "app"\n}\n',
          code: 'resource "aws_db_instance" "main" {\n  count      = 1\n  identifier = "app"\n}\n'
        },
        {
          path: "infra/prod/buckets.tf",
          base: 'resource "aws_s3_bucket" "tenant" {\n  for_each = toset(["acme"])\n  bucket   = "data-${each.key}"\n}\n',
          code: 'resource "aws_s3_bucket" "tenant" {\n  for_each = toset(["acme", "globex"])\n  bucket   = "data-${each.key}"\n}\n'
        }
      ]
    }
  },
  check(doc, report) {
    for (const { base, head } of resourcePairsOfFile(doc)) {
      if (!base || !head || !isStatefulType(head.type)) continue;
      const before = instancesOf(base.block, doc.base.scope);
      const after = instancesOf(head.block, doc.head.scope);
      const lost = compare(before, after, base, doc.head);
      if (!lost) continue;
      const data = { address: head.address, type: head.type, what: lost.what, lost: lost.lost ?? "" };
      if (after.kind === "single") {
        if (before.kind === "single" || base.path !== doc.basePath) continue;
        report({ messageId: lost.messageId, data, span: before.attribute.span, unit: base.block.span, side: "base" });
      } else if (head.path === doc.path) {
        report({ messageId: lost.messageId, data, span: after.attribute.span, unit: head.block.span });
      }
    }
    for (const { base, head } of resourcePairs(doc)) {
      if (!base || !head || !isStatefulType(head.type)) continue;
      const attribute = head.block.attributes.find((a) => a.name === "count" || a.name === "for_each");
      const was = base.block.attributes.find((a) => a.name === attribute?.name);
      if (!attribute || !was || !sameExpression(was.value, attribute.value)) continue;
      const sites = changedDefinitions(attribute.value, doc).filter((site) => site.path === doc.path);
      if (sites.length === 0) continue;
      const lost = stackPairs(doc).map(
        (scopes) => compare(instancesOf(base.block, scopes.base), instancesOf(head.block, scopes.head), base, doc.head)
      ).find((loss) => loss?.messageId === "fewer");
      if (!lost) continue;
      for (const site of sites) {
        report({
          messageId: "through",
          data: { address: head.address, what: lost.what, lost: lost.lost ?? "", cause: site.name },
          span: site.span,
          unit: site.span,
          ...site.unreachable ? { downgradedBecause: site.unreachable } : {}
        });
      }
    }
  }
};
function stackPairs(doc) {
  return doc.head.stacks.flatMap((head) => {
    const base = doc.base.stacks.find((s) => s.path === head.path);
    return base ? [{ base: base.scope, head: head.scope }] : [];
  });
}
function compare(before, after, base, head) {
  const movedExplicitly = head.moves.some((m) => m.from === base.address);
  if (after.kind === "count") {
    if (before.kind === "for_each" && !movedExplicitly)
      return { messageId: "rekeyed", what: "for_each is replaced by count" };
    const had = before.kind === "single" ? 1 : before.kind === "count" ? before.count : void 0;
    if (after.count === void 0) {
      if (before.kind === "count" && sameExpression(before.attribute.value, after.attribute.value)) return void 0;
      return { messageId: "maybeFewer", what: "count" };
    }
    if (after.count === 0 && had !== 0) return { messageId: "fewer", what: "count becomes 0", lost: "every instance" };
    if (had !== void 0 && after.count < had)
      return {
        messageId: "fewer",
        what: `count goes from ${had} to ${after.count}`,
        lost: instanceList(base.address, after.count, had)
      };
    return void 0;
  }
  if (after.kind === "for_each") {
    if (before.kind !== "for_each")
      return movedExplicitly ? void 0 : {
        messageId: "rekeyed",
        what: `for_each replaces ${before.kind === "count" ? "count" : "the single instance"}`
      };
    if (after.keys === void 0 || before.keys === void 0) {
      if (sameExpression(before.attribute.value, after.attribute.value)) return void 0;
      return after.keys === void 0 ? { messageId: "maybeFewer", what: "for_each" } : void 0;
    }
    const gone = before.keys.filter((k) => !after.keys.includes(k));
    if (gone.length === 0) return void 0;
    return {
      messageId: "fewer",
      what: `for_each no longer has ${gone.map((k) => JSON.stringify(k)).join(", ")}`,
      lost: gone.map((k) => `${base.address}[${JSON.stringify(k)}]`).join(", ")
    };
  }
  if (before.kind === "count") {
    if (before.count !== void 0 && before.count <= 1) return void 0;
    return {
      messageId: before.count === void 0 ? "maybeFewer" : "fewer",
      what: "count is removed",
      lost: before.count === void 0 ? void 0 : instanceList(base.address, 1, before.count)
    };
  }
  if (before.kind === "for_each" && !movedExplicitly) return { messageId: "rekeyed", what: "for_each is removed" };
  return void 0;
}
function instancesOf(block, scope) {
  const count = block.attributes.find((a) => a.name === "count");
  if (count) {
    const value = evaluate(count.value, scope);
    return { kind: "count", count: typeof value === "number" ? value : void 0, attribute: count };
  }
  const forEach = block.attributes.find((a) => a.name === "for_each");
  if (forEach) {
    const value = evaluate(forEach.value, scope);
    let keys;
    if (Array.isArray(value)) keys = value.every((v) => typeof v === "string") ? value : void 0;
    else if (value !== UNKNOWN && value !== null && typeof value === "object") keys = Object.keys(value);
    return { kind: "for_each", keys, attribute: forEach };
  }
  return { kind: "single" };
}
function instanceList(address, from, to) {
  if (to - from === 1) return `${address}[${from}]`;
  return `${address}[${from}] to ${address}[${to - 1}]`;
}
function sameExpression(a, b) {
  const strip = (e) => JSON.stringify(e, (key, value) => key === "span" ? void 0 : value);
  return strip(a) === strip(b);
}

// src/rules/iac/terraform-plan-delete.ts
var PLAN = (actions) => `{
  "format_version": "1.2",
  "resource_changes": [
    {
      "address": "aws_db_instance.main",
      "mode": "managed",
      "type": "aws_db_instance",
      "name": "main",
      "change": { "actions": ${actions} }
    }
  ]
}
`;
var terraformPlanDelete = {
  meta: {
    id: "iac/terraform-plan-delete",
    family: "iac",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A `terraform show -json` plan deletes or replaces a resource that holds data (actions `delete`, or `delete` and `create`).",
    messages: {
      delete: "the plan deletes {address} ({type}): applying it destroys the resource and its data",
      replace: "the plan replaces {address} ({type}) with {order}: applying it destroys the existing resource and its data and creates an empty one"
    },
    examples: {
      invalid: [
        { path: "plans/prod.tfplan.json", code: PLAN('["delete"]'), line: 5 },
        { path: "plans/prod.tfplan.json", code: PLAN('["delete", "create"]'), line: 5 }
      ],
      valid: [
        { path: "plans/prod.tfplan.json", code: PLAN('["update"]') },
        {
          path: "plans/prod.tfplan.json",
          code: PLAN('["delete"]').replaceAll("aws_db_instance", "aws_security_group_rule")
        }
      ]
    }
  },
  check(plan, report) {
    for (const change of plan.changes) {
      if (change.mode !== "managed" || !isStatefulType(change.type) || !change.actions.includes("delete")) continue;
      const replace = change.actions.includes("create");
      report({
        messageId: replace ? "replace" : "delete",
        data: {
          address: change.address,
          type: change.type,
          order: change.actions[0] === "create" ? "create before destroy" : "destroy before create"
        },
        span: change.span,
        unit: change.unit
      });
    }
  }
};

// src/rules/iac/terraform-point-in-time-recovery.ts
var terraformPointInTimeRecovery = protectionRule("point-in-time-recovery", {
  description: "Point-in-time recovery (DynamoDB, Cloud SQL, binary logs, Azure blob restore) is turned off, shortened or its setting removed.",
  messages: {
    set: "{address}: {attribute} is {value} (was {before}); the data can no longer be restored to a moment before a bad write or delete",
    removed: "{address}: {attribute} = {before} is removed and the default is off; point-in-time recovery stops",
    shortened: "{address}: {attribute} is weakened",
    resourceRemoved: "{address} goes with its {attribute} setting"
  },
  examples: {
    invalid: [
      {
        path: "modules/carts/dynamodb.tf",
        base: 'resource "aws_dynamodb_table" "carts" {\n  name = "carts"\n\n  point_in_time_recovery {\n    enabled = true\n  }\n}\n',
        code: 'resource "aws_dynamodb_table" "carts" {\n  name = "carts"\n\n  point_in_time_recovery {\n    enabled = false\n  }\n}\n',
        line: 5
      }
    ],
    valid: [
      {
        path: "modules/carts/dynamodb.tf",
        base: 'resource "aws_dynamodb_table" "carts" {\n  point_in_time_recovery {\n    enabled = false\n  }\n}\n',
        code: 'resource "aws_dynamodb_table" "carts" {\n  point_in_time_recovery {\n    enabled = true\n  }\n}\n'
      }
    ]
  }
});

// src/rules/iac/terraform-prevent-destroy.ts
var terraformPreventDestroy = protectionRule("prevent-destroy", {
  description: "`lifecycle { prevent_destroy = true }` is removed or set to false: nothing stops a plan that destroys the resource.",
  messages: {
    set: "{address}: prevent_destroy is {value} (was {before}); a plan that destroys the resource is no longer refused",
    removed: "{address}: prevent_destroy = {before} is removed; a plan that destroys the resource is no longer refused",
    shortened: "{address}: prevent_destroy is weakened",
    resourceRemoved: "{address} goes with its prevent_destroy guard: removing the block removes the guard that would have refused its destruction"
  },
  examples: {
    invalid: [
      {
        path: "infra/prod/db.tf",
        base: 'resource "aws_db_instance" "main" {\n  identifier = "app"\n\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n',
        code: 'resource "aws_db_instance" "main" {\n  identifier = "app"\n\n  lifecycle {\n    prevent_destroy = false\n  }\n}\n',
        line: 5
      },
      {
        path: "infra/prod/db.tf",
        base: 'resource "aws_db_instance" "main" {\n  identifier = "app"\n\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n',
        code: 'resource "aws_db_instance" "main" {\n  identifier = "app"\n}\n',
        line: 5,
        side: "base"
      }
    ],
    valid: [
      {
        path: "infra/prod/db.tf",
        base: 'resource "aws_db_instance" "main" {\n  identifier = "app"\n\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n',
        code: 'resource "aws_db_instance" "main" {\n  identifier = "app-v2"\n\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n'
      }
    ]
  }
});

// src/rules/iac/terraform-removed-module.ts
var terraformRemovedModule = {
  meta: {
    id: "iac/terraform-removed-module",
    family: "iac",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A Terraform `module` block is removed or renamed without a `moved` block: the next apply destroys every resource it manages.",
    messages: {
      removedStateful: "{address} is removed: terraform apply destroys every resource it manages, including {stateful}",
      removed: "{address} is removed: terraform apply destroys every resource it manages ({detail})"
    },
    examples: {
      invalid: [
        {
          path: "infra/prod/main.tf",
          base: 'module "network" {\n  source = "../modules/network"\n}\n\nmodule "database" {\n  source  = "terraform-aws-modules/rds/aws"\n  version = "6.5.0"\n}\n',
          code: 'module "network" {\n  source = "../modules/network"\n}\n',
          line: 5,
          side: "base"
        }
      ],
      valid: [
        {
          path: "infra/prod/main.tf",
          base: 'module "db" {\n  source = "../modules/db"\n}\n',
          code: 'module "database" {\n  source = "../modules/db"\n}\n\nmoved {\n  from = module.db\n  to   = module.database\n}\n'
        }
      ]
    }
  },
  check(doc, report) {
    for (const call of doc.base.modules.values()) {
      if (call.path !== doc.basePath || headAddressOf(call.address, doc.head) !== void 0) continue;
      const removal = doc.head.removals.find((r) => r.from === call.address);
      if (removal?.destroy === false) continue;
      const { stateful, seen } = statefulResourcesOf(doc, call.source);
      const detail = seen ? "none of its resources in this change holds data, but its other files are not in it" : `its source ${call.source ?? "(not a literal)"} is not in this change, so what it holds cannot be checked`;
      report({
        messageId: stateful.length > 0 ? "removedStateful" : "removed",
        data: { address: call.address, stateful: stateful.join(", "), detail },
        span: call.block.header,
        unit: call.block.span,
        side: "base"
      });
    }
  }
};
function statefulResourcesOf(doc, source) {
  if (source === void 0 || !/^\.\.?\//.test(source)) return { stateful: [], seen: false };
  const module = doc.moduleAt("base", joinPath(doc.base.dir, source));
  const stateful = [...module.resources.values()].filter((r) => r.mode === "managed" && isStatefulType(r.type)).map((r) => r.address);
  return { stateful, seen: module.resources.size > 0 };
}

// src/rules/iac/terraform-removed-resource.ts
var terraformRemovedResource = {
  meta: {
    id: "iac/terraform-removed-resource",
    family: "iac",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A Terraform resource that holds data (database, bucket, volume, table, queue) is removed: the next apply destroys it.",
    messages: {
      removed: "{address} is removed from the configuration: the next terraform apply destroys the {type} and the data in it",
      removedBlock: "{address} is removed and its `removed` block does not set lifecycle destroy = false: terraform apply destroys the {type}"
    },
    examples: {
      invalid: [
        {
          path: "infra/prod/rds.tf",
          base: 'resource "aws_db_subnet_group" "main" {\n  name = "db"\n}\n\nresource "aws_db_instance" "main" {\n  identifier = "app"\n}\n',
          code: 'resource "aws_db_subnet_group" "main" {\n  name = "db"\n}\n',
          line: 5,
          side: "base"
        },
        {
          path: "infra/staging/volumes.tf",
          base: 'resource "railway_volume" "pg" {\n  name = "pg-data"\n}\n',
          code: "",
          line: 1,
          side: "base"
        }
      ],
      valid: [
        {
          path: "infra/prod/main.tf",
          base: 'resource "aws_iam_role" "ci" {\n  name = "ci"\n}\nresource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n',
          code: 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n'
        },
        {
          path: "infra/prod/main.tf",
          base: 'resource "aws_db_instance" "legacy" {\n  identifier = "legacy"\n}\n',
          code: "removed {\n  from = aws_db_instance.legacy\n\n  lifecycle {\n    destroy = false\n  }\n}\n"
        }
      ]
    }
  },
  check(doc, report) {
    for (const lost of destroyedStateful(doc)) {
      const { resource } = lost;
      if (resource.path !== doc.basePath || lost.renamedTo.length > 0) continue;
      report({
        messageId: lost.removal ? "removedBlock" : "removed",
        data: { address: resource.address, type: resource.type },
        span: resource.block.header,
        unit: resource.block.span,
        side: "base"
      });
    }
  }
};

// src/rules/iac/terraform-renamed-resource.ts
var terraformRenamedResource = {
  meta: {
    id: "iac/terraform-renamed-resource",
    family: "iac",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A Terraform resource that holds data is renamed without a `moved` block: Terraform destroys the old one and creates an empty one.",
    messages: {
      renamedFrom: "{address} is renamed to {renamedTo} without a moved block: terraform apply destroys this {type} and its data, then creates an empty one",
      renamedTo: "{address} replaces {renamedFrom} without a moved block: terraform apply creates it empty and destroys {renamedFrom} with its data"
    },
    examples: {
      invalid: [
        {
          path: "infra/prod/database.tf",
          base: 'resource "aws_db_instance" "primary" {\n  identifier = "app-postgres"\n}\n',
          code: 'resource "aws_db_instance" "main" {\n  identifier = "app-postgres"\n}\n',
          line: 1,
          side: "base"
        },
        {
          path: "infra/prod/database.tf",
          base: 'resource "aws_db_instance" "primary" {\n  identifier = "app-postgres"\n}\n',
          code: '# the main database\nresource "aws_db_instance" "main" {\n  identifier = "app-postgres"\n}\n',
          line: 2
        }
      ],
      valid: [
        {
          path: "infra/prod/database.tf",
          base: 'resource "aws_db_instance" "primary" {\n  identifier = "app-postgres"\n}\n',
          code: 'resource "aws_db_instance" "main" {\n  identifier = "app-postgres"\n}\n\nmoved {\n  from = aws_db_instance.primary\n  to   = aws_db_instance.main\n}\n'
        }
      ]
    }
  },
  check(doc, report) {
    const renamedTo = /* @__PURE__ */ new Map();
    for (const lost of destroyedStateful(doc)) {
      if (lost.renamedTo.length === 0) continue;
      const { resource } = lost;
      for (const added of lost.renamedTo)
        renamedTo.set(added.address, [...renamedTo.get(added.address) ?? [], resource.address]);
      if (resource.path !== doc.basePath) continue;
      report({
        messageId: "renamedFrom",
        data: {
          address: resource.address,
          type: resource.type,
          renamedTo: lost.renamedTo.map((r) => r.address).join(" or ")
        },
        span: resource.block.header,
        unit: resource.block.span,
        side: "base"
      });
    }
    for (const [address, from] of renamedTo) {
      const added = doc.head.resources.get(address);
      if (!added || added.path !== doc.path) continue;
      report({
        messageId: "renamedTo",
        data: { address, renamedFrom: from.join(" or ") },
        span: added.block.header,
        unit: added.block.span
      });
    }
  }
};

// src/rules/iac/terraform-replacement-attribute.ts
var terraformReplacementAttribute = {
  meta: {
    id: "iac/terraform-replacement-attribute",
    family: "iac",
    kind: "destructive",
    defaultSeverity: "block",
    description: "An attribute the provider cannot change in place (RDS identifier or engine, DynamoDB keys, Cloud SQL name or region, a bucket name...) changes on a data store: terraform apply destroys it with its data and creates an empty one.",
    messages: {
      changed: "{address}: {attribute} changes from {before} to {after}; the provider replaces the {store}, destroying it with its data",
      removed: "{address}: {attribute} = {before} is removed; the provider replaces the {store}, destroying it with its data",
      maybe: "{address}: {attribute} is now {after}, which two-key cannot evaluate before a plan; if it differs from {before}, the provider replaces the {store} and its data is lost",
      through: "{address}: {attribute} changes from {before} to {after} because {cause} changes here; the provider replaces the {store}, destroying it with its data",
      maybeThrough: "{address}: {attribute} (was {before}) now depends on {cause}, which two-key cannot evaluate before a plan; if it differs, the provider replaces the {store} and its data is lost"
    },
    examples: {
      invalid: [
        {
          path: "infra/db.tf",
          base: 'resource "aws_db_instance" "main" {\n  identifier = "orders"\n  engine     = "postgres"\n}\n',
          code: 'resource "aws_db_instance" "main" {\n  identifier = "orders-v2"\n  engine     = "postgres"\n}\n',
          line: 2
        },
        {
          path: "infra/tables.tf",
          base: 'resource "aws_dynamodb_table" "jobs" {\n  name     = "jobs"\n  hash_key = "pk"\n}\n',
          code: 'resource "aws_dynamodb_table" "jobs" {\n  name     = "jobs"\n  hash_key = "job_id"\n}\n',
          line: 3
        },
        {
          path: "infra/sql.tf",
          base: 'resource "google_sql_database_instance" "main" {\n  name             = "orders"\n  database_version = "MYSQL_8_0"\n}\n',
          code: 'resource "google_sql_database_instance" "main" {\n  name             = "orders"\n  database_version = "POSTGRES_15"\n}\n',
          line: 3
        }
      ],
      valid: [
        {
          path: "infra/sql.tf",
          base: 'resource "google_sql_database_instance" "main" {\n  name             = "orders"\n  database_version = "POSTGRES_14"\n}\n',
          code: 'resource "google_sql_database_instance" "main" {\n  name             = "orders"\n  database_version = "POSTGRES_15"\n}\n'
        },
        {
          path: "infra/lb.tf",
          base: 'resource "aws_lb" "main" {\n  name = "api"\n}\n',
          code: 'resource "aws_lb" "main" {\n  name = "api-v2"\n}\n'
        },
        {
          path: "infra/db.tf",
          base: 'resource "aws_db_instance" "main" {\n  identifier = "orders"\n}\n',
          code: 'resource "aws_db_instance" "main" {\n  identifier = "orders-v2"\n\n  lifecycle {\n    ignore_changes = [identifier]\n  }\n}\n'
        }
      ]
    }
  },
  check(doc, report) {
    for (const { base, head } of resourcePairsOfFile(doc)) {
      if (!base || !head || base.type !== head.type) continue;
      const row = terraformReplacementRow(head.type);
      if (!row) continue;
      const ignored = ignoredChanges(head.block);
      const compared = [
        ...(row.attributes ?? []).map((name) => ({ name, family: false })),
        ...(row.family ?? []).map((name) => ({ name, family: true }))
      ];
      for (const { name, family } of compared) {
        if (ignored === "all" || ignored.has(name)) continue;
        const before = base.block.attributes.find((a) => a.name === name);
        const after = head.block.attributes.find((a) => a.name === name);
        if (!before) continue;
        const data = {
          address: head.address,
          attribute: name,
          store: row.store,
          before: sourceOf3(before.value, doc, "base")
        };
        if (!after) {
          if (base.path === doc.basePath)
            report({
              messageId: "removed",
              data: { ...data, after: "unset" },
              span: before.span,
              unit: base.block.span,
              side: "base"
            });
          continue;
        }
        if (head.path !== doc.path || sameSource(before.value, after.value)) continue;
        const old = evaluate(before.value, doc.base.scope);
        const now = evaluate(after.value, doc.head.scope);
        const shown = { ...data, after: now === UNKNOWN ? "an expression" : JSON.stringify(now) };
        if (old === UNKNOWN || now === UNKNOWN) {
          report({ messageId: "maybe", data: shown, span: after.span, unit: head.block.span });
          continue;
        }
        const differ = family ? !sameValue(versionFamily(old), versionFamily(now)) : !sameValue(old, now);
        if (differ) report({ messageId: "changed", data: shown, span: after.span, unit: head.block.span });
      }
    }
    for (const { base, head } of resourcePairs(doc)) {
      if (!base || !head || base.type !== head.type) continue;
      const row = terraformReplacementRow(head.type);
      if (!row) continue;
      const ignored = ignoredChanges(head.block);
      if (ignored === "all") continue;
      for (const name of [...row.attributes ?? [], ...row.family ?? []]) {
        if (ignored.has(name)) continue;
        const before = base.block.attributes.find((a) => a.name === name);
        const after = head.block.attributes.find((a) => a.name === name);
        if (!before || !after || !sameSource(before.value, after.value)) continue;
        const sites = changedDefinitions(after.value, doc).filter((site) => site.path === doc.path);
        if (sites.length === 0) continue;
        const family = row.family?.includes(name) ?? false;
        const differs = (a, b) => b === UNKNOWN || (family ? !sameValue(versionFamily(a), versionFamily(b)) : !sameValue(a, b));
        const pairs = stackPairs2(doc).map(({ base: base2, head: head2 }) => ({
          old: evaluate(before.value, base2),
          now: evaluate(after.value, head2)
        }));
        const moved = pairs.find((p) => p.old !== UNKNOWN && differs(p.old, p.now));
        if (!moved) continue;
        const { old, now } = moved;
        for (const site of sites) {
          const data = {
            address: head.address,
            attribute: name,
            store: row.store,
            before: JSON.stringify(old),
            after: now === UNKNOWN ? "an expression" : JSON.stringify(now),
            cause: site.name
          };
          report({
            messageId: now === UNKNOWN ? "maybeThrough" : "through",
            data,
            span: site.span,
            unit: site.span,
            ...site.unreachable ? { downgradedBecause: site.unreachable } : {}
          });
        }
      }
    }
  }
};
function ignoredChanges(block) {
  const value = block.blocks.find((b) => b.type === "lifecycle")?.attributes.find((a) => a.name === "ignore_changes")?.value;
  if (!value) return /* @__PURE__ */ new Set();
  if (value.kind === "traversal" && value.root === "all" && value.steps.length === 0) return "all";
  if (value.kind !== "tuple") return /* @__PURE__ */ new Set();
  return new Set(
    value.items.flatMap(
      (i) => i.kind === "traversal" && i.steps.length === 0 ? [i.root] : i.kind === "literal" ? [String(i.value)] : []
    )
  );
}
function stackPairs2(doc) {
  return doc.head.stacks.flatMap((head) => {
    const base = doc.base.stacks.find((s) => s.path === head.path);
    return base ? [{ base: base.scope, head: head.scope }] : [];
  });
}
function sameSource(a, b) {
  const strip = (e) => JSON.stringify(e, (key, value) => key === "span" ? void 0 : value);
  return strip(a) === strip(b);
}
function sourceOf3(expr, doc, side) {
  const value = evaluate(expr, side === "base" ? doc.base.scope : doc.head.scope);
  return value === UNKNOWN ? "an expression" : JSON.stringify(value);
}

// src/rules/iac/terraform-versioning.ts
var terraformVersioning = protectionRule("versioning", {
  description: "Bucket object versioning is suspended or disabled (or its `aws_s3_bucket_versioning` resource removed; Azure `blob_properties.versioning_enabled`): overwritten and deleted objects are gone for good.",
  messages: {
    set: "{address}: {attribute} is {value} (was {before}); an overwritten or deleted object can no longer be recovered",
    removed: "{address}: {attribute} = {before} is removed",
    shortened: "{address}: {attribute} is weakened",
    resourceRemoved: "{address} is removed: destroying an aws_s3_bucket_versioning resource suspends versioning on its bucket"
  },
  examples: {
    invalid: [
      {
        path: "infra/storage/s3.tf",
        base: 'resource "aws_s3_bucket_versioning" "uploads" {\n  bucket = aws_s3_bucket.uploads.id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
        code: 'resource "aws_s3_bucket_versioning" "uploads" {\n  bucket = aws_s3_bucket.uploads.id\n\n  versioning_configuration {\n    status = "Suspended"\n  }\n}\n',
        line: 5
      }
    ],
    valid: [
      {
        path: "infra/storage/s3.tf",
        base: 'resource "aws_s3_bucket_versioning" "uploads" {\n  versioning_configuration {\n    status = "Suspended"\n  }\n}\n',
        code: 'resource "aws_s3_bucket_versioning" "uploads" {\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n'
      }
    ]
  }
});

// src/rules/iac/terraform-bucket-expires-everything.ts
var MAX_DAYS = 7;
var attr = (block, name) => block?.attributes.find((a) => a.name === name);
var child = (block, type) => block?.blocks.find((b) => b.type === type);
var children = (block, type) => block?.blocks.filter((b) => b.type === type) ?? [];
function scopedBy(values, scope) {
  return values.some((a) => {
    if (!a) return false;
    const v = evaluate(a.value, scope);
    if (v === UNKNOWN) return true;
    if (Array.isArray(v)) return v.length > 0;
    return v !== "" && v !== null;
  });
}
function expiries(resource, scope) {
  const out = [];
  const on = (a, yes) => {
    if (!a) return true;
    const v = evaluate(a.value, scope);
    return v === UNKNOWN || yes(v);
  };
  switch (resource.type) {
    case "aws_s3_bucket_lifecycle_configuration":
    case "aws_s3_bucket": {
      const rules = children(resource.block, resource.type === "aws_s3_bucket" ? "lifecycle_rule" : "rule");
      rules.forEach((rule, i) => {
        const filter = child(rule, "filter");
        const and = child(filter, "and");
        const scoped = scopedBy([attr(rule, "prefix"), attr(filter, "prefix"), attr(and, "prefix")], scope) || children(filter, "tag").length > 0 || children(and, "tag").length > 0 || scopedBy([attr(rule, "tags"), attr(and, "tags"), attr(filter, "object_size_greater_than")], scope);
        const enabled = resource.type === "aws_s3_bucket" ? on(attr(rule, "enabled"), (v) => v === true || v === "true") : on(attr(rule, "status"), (v) => v === "Enabled");
        const id = attr(rule, "id");
        const key = id ? String(evaluate(id.value, scope)) : `#${i}`;
        const days = attr(child(rule, "expiration"), "days");
        if (days) out.push({ key: `${key}:current`, days, scoped, enabled });
        const noncurrent = attr(child(rule, "noncurrent_version_expiration"), "noncurrent_days") ?? attr(child(rule, "noncurrent_version_expiration"), "days");
        if (noncurrent) out.push({ key: `${key}:noncurrent`, days: noncurrent, scoped, enabled });
      });
      return out;
    }
    case "google_storage_bucket": {
      children(resource.block, "lifecycle_rule").forEach((rule, i) => {
        const type = attr(child(rule, "action"), "type");
        if (!type || evaluate(type.value, scope) !== "Delete") return;
        const condition = child(rule, "condition");
        const age = attr(condition, "age");
        if (!age) return;
        const scoped = scopedBy(
          [
            attr(condition, "matches_prefix"),
            attr(condition, "matches_suffix"),
            attr(condition, "matches_storage_class")
          ],
          scope
        );
        out.push({ key: `#${i}`, days: age, scoped, enabled: true });
      });
      return out;
    }
    case "azurerm_storage_management_policy": {
      children(resource.block, "rule").forEach((rule, i) => {
        const filters = child(rule, "filters");
        const scoped = scopedBy([attr(filters, "prefix_match")], scope) || children(filters, "match_blob_index_tag").length > 0;
        const enabled = on(attr(rule, "enabled"), (v) => v === true || v === "true");
        const name = attr(rule, "name");
        const key = name ? String(evaluate(name.value, scope)) : `#${i}`;
        const blob = child(child(rule, "actions"), "base_blob");
        for (const a of blob?.attributes ?? [])
          if (/^delete_after_days_since_/.test(a.name)) out.push({ key: `${key}:${a.name}`, days: a, scoped, enabled });
      });
      return out;
    }
    default:
      return out;
  }
}
function bucketExisted(resource, base) {
  const bucket = attr(resource.block, "bucket") ?? attr(resource.block, "storage_account_id");
  if (bucket?.value.kind !== "traversal") return true;
  const target = `${bucket.value.root}.${String(bucket.value.steps[0])}`;
  return !/^(aws_s3_bucket|azurerm_storage_account)\./.test(target) || base.resources.has(target);
}
var terraformBucketExpiresEverything = {
  meta: {
    id: "iac/terraform-bucket-expires-everything",
    family: "iac",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A lifecycle rule without a prefix, tag or size filter deletes every object of an existing S3, GCS or Azure bucket within a week (`expiration { days = 1 }`, GCS `Delete` at `age = 0`).",
    messages: {
      current: "{address}: lifecycle rule {rule} deletes every object in the bucket after {days} day(s) (was {before}): no prefix, tag or size filter limits it",
      noncurrent: "{address}: lifecycle rule {rule} deletes every earlier version in the bucket after {days} day(s) (was {before}): the versions that make it recoverable go"
    },
    examples: {
      invalid: [
        {
          path: "infra/storage.tf",
          base: 'resource "aws_s3_bucket" "uploads" {\n  bucket = "acme-uploads"\n}\n',
          code: 'resource "aws_s3_bucket" "uploads" {\n  bucket = "acme-uploads"\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "uploads" {\n  bucket = aws_s3_bucket.uploads.id\n\n  rule {\n    id     = "cleanup"\n    status = "Enabled"\n    filter {}\n    expiration {\n      days = 1\n    }\n  }\n}\n',
          line: 13
        }
      ],
      valid: [
        {
          path: "infra/storage.tf",
          base: 'resource "aws_s3_bucket" "uploads" {\n  bucket = "acme-uploads"\n}\n',
          code: 'resource "aws_s3_bucket" "uploads" {\n  bucket = "acme-uploads"\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "uploads" {\n  bucket = aws_s3_bucket.uploads.id\n\n  rule {\n    id     = "tmp"\n    status = "Enabled"\n    filter {\n      prefix = "tmp/"\n    }\n    expiration {\n      days = 1\n    }\n  }\n}\n'
        }
      ]
    }
  },
  check(doc, report) {
    for (const { base, head } of resourcePairsOfFile(doc)) {
      if (!head || head.path !== doc.path) continue;
      if (!base && !bucketExisted(head, doc.base)) continue;
      const before = new Map((base ? expiries(base, doc.base.scope) : []).map((e) => [e.key, e]));
      for (const expiry of expiries(head, doc.head.scope)) {
        if (expiry.scoped || !expiry.enabled) continue;
        const days = evaluate(expiry.days.value, doc.head.scope);
        if (typeof days !== "number" || days > MAX_DAYS) continue;
        const old = before.get(expiry.key);
        const was = old && !old.scoped && old.enabled ? evaluate(old.days.value, doc.base.scope) : void 0;
        if (typeof was === "number" && was <= days) continue;
        report({
          messageId: expiry.key.endsWith(":noncurrent") ? "noncurrent" : "current",
          data: {
            address: head.address,
            rule: expiry.key.replace(/:.*$/, ""),
            days: String(days),
            before: typeof was === "number" ? `${was} day(s)` : "no such expiry"
          },
          span: expiry.days.span,
          unit: head.block.span
        });
      }
    }
  }
};

// src/rules/iac/lib/terraform-rules.ts
var terraformConfigRules = [
  terraformRemovedResource,
  terraformRenamedResource,
  terraformRemovedModule,
  terraformInstancesReduced,
  terraformReplacementAttribute,
  terraformPreventDestroy,
  terraformDeletionProtection,
  terraformFinalSnapshot,
  terraformForceDestroy,
  terraformBackupRetention,
  terraformPointInTimeRecovery,
  terraformVersioning,
  terraformBackupExpiry,
  terraformBucketExpiresEverything
];
var terraformPlanRules = [terraformPlanDelete];
var terraformRules = [...terraformConfigRules, ...terraformPlanRules];

// src/rules/iac/lib/terraform-checker.ts
var terraformChecker = {
  family: "iac",
  rules: terraformRules,
  appliesTo: readsTerraform,
  prepare: async (file) => {
    if (isTerraformFile(file.path) || isTfvarsFile(file.path) || /\.hcl$/i.test(file.path)) await loadGrammar("hcl");
  },
  check(file, _policy, context) {
    if (isTerragruntConfig(file.path, file.text || (file.baseText ?? ""))) return checkTerragrunt(file, context);
    if (isTfvarsFile(file.path)) {
      if (file.status === "removed") return { findings: [], notes: [] };
      const files = withFile(context.files, file);
      const doc = {
        path: file.path,
        headText: file.text,
        base: moduleOf(files, "base", dirOf(file.previousPath ?? file.path), context.neighbours),
        head: moduleOf(files, "head", dirOf(file.path), context.neighbours),
        ...file.baseText !== void 0 ? { baseText: file.baseText } : {}
      };
      return { findings: tfvarsFindings(doc), notes: [] };
    }
    if (!isTerraformFile(file.path)) {
      if (file.status === "removed") return { findings: [], notes: [] };
      return { findings: runRules(terraformPlanRules, readPlan(file.path, file.text), () => false), notes: [] };
    }
    return checkConfig(file, context);
  }
};
function checkConfig(file, context) {
  const notes = [];
  if (file.status !== "removed") {
    const errors = parseHcl(file.text).errors;
    if (errors.length > 0)
      throw new Error(`HCL syntax error at line ${new LineIndex(file.text).lineOf(errors[0].start)}`);
  }
  const files = withFile(context.files, file);
  const basePath = file.previousPath ?? file.path;
  const doc = {
    path: file.path,
    basePath,
    base: moduleOf(files, "base", dirOf(basePath), context.neighbours),
    head: moduleOf(files, "head", dirOf(file.path), context.neighbours),
    moduleAt: (side, dir) => moduleOf(files, side, dir, context.neighbours)
  };
  for (const path of doc.base.unreadable)
    if (path === basePath)
      notes.push(`${path}: the base version has HCL syntax errors; resources it removes may be missed`);
  const head = new LineIndex(file.text);
  for (const unknown of protectionChanges(doc).unknowns) {
    if (unknown.path !== file.path) continue;
    notes.push(
      `${file.path}:${head.lineOf(unknown.span.start)}: ${unknown.attribute} of ${unknown.address} is set by an expression two-key cannot evaluate before a plan; check that it keeps the safeguard`
    );
  }
  return { findings: runRules(terraformConfigRules, doc, () => false), notes };
}
function checkTerragrunt(file, context) {
  if (file.status === "removed") return { findings: [], notes: [] };
  if (parseHcl(file.text).errors.length > 0) throw new Error("the Terragrunt file has HCL syntax errors");
  const files = withFile(context.files, file);
  const neighbours = context.neighbours ?? [];
  const reader = (side) => {
    const texts = /* @__PURE__ */ new Map();
    for (const n of neighbours) texts.set(n.path, n.text);
    for (const f of files) {
      const version = versionOf(f, side);
      if (version) texts.set(version.path, version.text);
    }
    return (path) => texts.get(path);
  };
  const readBase = reader("base");
  const readHead = reader("head");
  const unitPaths = [
    ...isTerragruntFile(file.path) ? [file.path] : [],
    ...[.../* @__PURE__ */ new Set([...files.map((f) => f.path), ...neighbours.map((n) => n.path)])].filter(
      (p) => p !== file.path && isTerragruntFile(p)
    )
  ];
  const edits = changedEntries(file.baseText, file.text);
  const findings = [];
  const notes = [];
  const seen = /* @__PURE__ */ new Map();
  for (const unitPath of unitPaths) {
    const head = resolveTerragrunt(unitPath, readHead);
    if (!head || unitPath !== file.path && !head.files.has(file.path)) continue;
    const basePath = unitPath === file.path ? file.previousPath ?? file.path : unitPath;
    const base = resolveTerragrunt(basePath, readBase);
    const dir = head.moduleDir;
    if (dir === void 0) continue;
    const values = (unit, blame) => new Map(
      [...unit?.inputs ?? []].map(([name, input]) => [
        name,
        {
          value: input.value,
          source: sourceOf(input.expr),
          span: blame ? blameSpan(file.path, input, base?.inputs.get(name), edits) : void 0
        }
      ])
    );
    const doc = {
      path: file.path,
      headText: file.text,
      base: moduleOf(files, "base", base?.moduleDir ?? dir, neighbours),
      head: moduleOf(files, "head", dir, neighbours),
      values: { base: values(base, false), head: values(head, true) },
      environmentPath: unitPath,
      ...unitPath === file.path ? {} : { label: `${file.path} (an input of ${unitPath})` }
    };
    if (doc.head.resources.size === 0) {
      notes.push(`${unitPath}: the module at ${dir} was not readable here, so its inputs were not judged`);
      continue;
    }
    for (const finding of tfvarsFindings(doc)) {
      const key = `${finding.ruleId}:${finding.span.start}`;
      const known = seen.get(key);
      if (!known) seen.set(key, finding);
      else if (known.downgradedBecause !== void 0 && finding.downgradedBecause === void 0) seen.set(key, finding);
    }
  }
  findings.push(...seen.values());
  const generated = generatedFindings(file, files, neighbours, readBase, readHead);
  findings.push(...generated.findings);
  notes.push(...generated.notes);
  return { findings, notes };
}
function generatedFindings(file, files, neighbours, readBase, readHead) {
  if (!/^generate\s/m.test(file.text) && !/^generate\s/m.test(file.baseText ?? "")) return { findings: [], notes: [] };
  const basePath = file.previousPath ?? file.path;
  const own = (unit, path) => new Map((unit?.generated ?? []).filter((g) => g.source === path).map((g) => [g.label, g]));
  const head = own(resolveTerragrunt(file.path, readHead), file.path);
  const base = file.baseText === void 0 ? /* @__PURE__ */ new Map() : own(resolveTerragrunt(basePath, readBase), basePath);
  const findings = [];
  const notes = [];
  const edits = changedEntries(file.baseText, file.text);
  for (const label of /* @__PURE__ */ new Set([...base.keys(), ...head.keys()])) {
    const before = base.get(label);
    const after = head.get(label);
    if (before && after && before.text === after.text && before.name === after.name) continue;
    const name = (after ?? before).name;
    const unreadable = [before, after].find((g) => g && parseHcl(g.text).errors.length > 0);
    if (unreadable) {
      notes.push(
        `${file.path}: the Terraform that generate "${label}" writes to ${name} cannot be parsed, so it was not judged`
      );
      continue;
    }
    const path = joinPath(dirOf(file.path), name);
    const sideModule = (g) => buildModule(dirOf(path), g ? [{ path, text: g.text }] : []);
    const doc = {
      path,
      basePath: path,
      base: sideModule(before),
      head: sideModule(after),
      moduleAt: (side, dir) => moduleOf(files, side, dir, neighbours)
    };
    for (const finding of runRules(terraformConfigRules, doc, () => false)) {
      const generatedBy = finding.side === "base" ? before : after;
      if (!generatedBy) continue;
      const at = (span) => ({
        start: generatedBy.toSource(span.start),
        end: Math.max(generatedBy.toSource(span.start), generatedBy.toSource(span.end))
      });
      const cause = finding.side === "base" ? void 0 : edits.find((e) => generatedBy.readsAt(finding.span.start).includes(e.name));
      findings.push({
        ...finding,
        message: `${name}, which generate "${label}" writes: ${finding.message}`,
        span: cause ? cause.span : at(finding.span),
        unit: cause ? cause.span : at(finding.unit)
      });
    }
  }
  return { findings, notes };
}
function blameSpan(path, input, before, edits) {
  if (input.path === path && (!before || before.path !== path || sourceOf(before.expr) !== sourceOf(input.expr)))
    return input.span;
  const named = edits.find((e) => input.names.has(e.name) || input.names.has(e.name.replace(/^\w+\./, "")));
  if (named) return named.span;
  return input.path === path || input.names.size > 0 ? edits[0]?.span : void 0;
}
var pathsOf = /* @__PURE__ */ new WeakMap();
function withFile(files, file) {
  let paths = pathsOf.get(files);
  if (!paths) pathsOf.set(files, paths = new Set(files.map((f) => f.path)));
  if (paths.has(file.path)) return files;
  const changed = { path: file.path, status: file.status, headChangedLines: [], baseChangedLines: [] };
  if (file.status !== "removed") changed.headText = file.text;
  if (file.baseText !== void 0) changed.baseText = file.baseText;
  if (file.previousPath !== void 0) changed.previousPath = file.previousPath;
  return [...files, changed];
}

export {
  terraformChecker
};
