import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  AUTO_LOADED,
  UNKNOWN,
  evaluate,
  headAddressOf,
  joinPath
} from "./chunk-JDMKUC5Z.js";

// src/rules/iac/lib/terraform-stateful-types.ts
var STATEFUL_TYPES = [
  // AWS
  "aws_db_instance",
  "aws_rds_cluster",
  "aws_rds_cluster_instance",
  "aws_rds_global_cluster",
  "aws_dynamodb_table",
  "aws_dynamodb_global_table",
  "aws_s3_bucket",
  "aws_s3_directory_bucket",
  "aws_ebs_volume",
  "aws_ebs_snapshot",
  "aws_db_snapshot",
  "aws_db_cluster_snapshot",
  "aws_efs_file_system",
  "aws_fsx_*",
  "aws_elasticache_cluster",
  "aws_elasticache_replication_group",
  "aws_elasticache_global_replication_group",
  "aws_elasticache_serverless_cache",
  "aws_memorydb_cluster",
  "aws_redshift_cluster",
  "aws_redshiftserverless_namespace",
  "aws_docdb_cluster",
  "aws_docdb_cluster_instance",
  "aws_docdb_elastic_cluster",
  "aws_neptune_cluster",
  "aws_neptune_cluster_instance",
  "aws_opensearch_domain",
  "aws_elasticsearch_domain",
  "aws_kinesis_stream",
  "aws_kinesis_firehose_delivery_stream",
  "aws_msk_cluster",
  "aws_msk_serverless_cluster",
  "aws_sqs_queue",
  "aws_backup_vault",
  "aws_glacier_vault",
  "aws_timestreamwrite_table",
  "aws_timestreamwrite_database",
  "aws_keyspaces_table",
  "aws_qldb_ledger",
  "aws_ecr_repository",
  "aws_kms_key",
  "aws_secretsmanager_secret",
  "aws_cognito_user_pool",
  // Google Cloud
  "google_sql_database_instance",
  "google_sql_database",
  "google_storage_bucket",
  "google_compute_disk",
  "google_compute_region_disk",
  "google_compute_snapshot",
  "google_bigtable_instance",
  "google_bigtable_table",
  "google_spanner_instance",
  "google_spanner_database",
  "google_redis_instance",
  "google_memcache_instance",
  "google_filestore_instance",
  "google_bigquery_dataset",
  "google_bigquery_table",
  "google_firestore_database",
  "google_alloydb_cluster",
  "google_alloydb_instance",
  "google_pubsub_topic",
  "google_pubsub_subscription",
  "google_kms_crypto_key",
  "google_netapp_volume",
  "google_secret_manager_secret",
  "google_artifact_registry_repository",
  "google_healthcare_dataset",
  "google_datastream_stream",
  // Azure
  "azurerm_postgresql_server",
  "azurerm_postgresql_database",
  "azurerm_postgresql_flexible_server",
  "azurerm_postgresql_flexible_server_database",
  "azurerm_mysql_server",
  "azurerm_mysql_database",
  "azurerm_mysql_flexible_server",
  "azurerm_mysql_flexible_database",
  "azurerm_mariadb_server",
  "azurerm_mariadb_database",
  "azurerm_mssql_server",
  "azurerm_mssql_database",
  "azurerm_mssql_managed_instance",
  "azurerm_sql_server",
  "azurerm_sql_database",
  "azurerm_storage_account",
  "azurerm_storage_container",
  "azurerm_storage_share",
  "azurerm_cosmosdb_*",
  "azurerm_managed_disk",
  "azurerm_redis_cache",
  "azurerm_key_vault",
  "azurerm_recovery_services_vault",
  "azurerm_data_protection_backup_vault",
  "azurerm_servicebus_queue",
  "azurerm_eventhub",
  "azurerm_storage_data_lake_gen2_filesystem",
  "azurerm_storage_table",
  "azurerm_storage_queue",
  "azurerm_mssql_managed_database",
  "azurerm_kusto_cluster",
  "azurerm_kusto_database",
  "azurerm_synapse_workspace",
  "azurerm_synapse_sql_pool",
  "azurerm_netapp_volume",
  "azurerm_key_vault_managed_hardware_security_module",
  // Kubernetes
  "kubernetes_persistent_volume",
  "kubernetes_persistent_volume_v1",
  "kubernetes_persistent_volume_claim",
  "kubernetes_persistent_volume_claim_v1",
  "kubernetes_stateful_set",
  "kubernetes_stateful_set_v1",
  "kubernetes_namespace",
  "kubernetes_namespace_v1",
  // PaaS
  "railway_volume",
  "railway_service",
  "railway_project",
  "railway_environment",
  "fly_volume",
  "fly_app",
  "heroku_addon",
  "heroku_app",
  "render_postgres",
  "render_redis",
  "render_key_value",
  "render_disk",
  "render_web_service",
  "render_private_service",
  "render_background_worker",
  "supabase_project",
  "neon_project",
  "neon_branch",
  "neon_database",
  "planetscale_database",
  "planetscale_branch",
  "digitalocean_database_cluster",
  "digitalocean_database_db",
  "digitalocean_volume",
  "digitalocean_spaces_bucket",
  "mongodbatlas_cluster",
  "mongodbatlas_advanced_cluster",
  "mongodbatlas_serverless_instance",
  "cloudflare_r2_bucket",
  "cloudflare_d1_database",
  "cloudflare_workers_kv_namespace",
  "upstash_redis_database",
  "vercel_postgres_database"
];
var EXACT = new Set(STATEFUL_TYPES.filter((t) => !t.endsWith("*")));
var PREFIXES = STATEFUL_TYPES.filter((t) => t.endsWith("*")).map((t) => t.slice(0, -1));
function isStatefulType(type) {
  return EXACT.has(type) || PREFIXES.some((p) => type.startsWith(p));
}

// src/rules/iac/lib/terraform-document.ts
var moduleCaches = /* @__PURE__ */ new WeakMap();
function perModule(doc, key, compute) {
  let byHead = moduleCaches.get(doc.base);
  if (!byHead) moduleCaches.set(doc.base, byHead = /* @__PURE__ */ new WeakMap());
  let results = byHead.get(doc.head);
  if (!results) byHead.set(doc.head, results = /* @__PURE__ */ new Map());
  if (!results.has(key)) results.set(key, compute());
  return results.get(key);
}
function lostResources(doc) {
  return perModule(doc, "lost", () => findLostResources(doc));
}
function findLostResources(doc) {
  const lost = [];
  const targets = new Set([...doc.base.resources.keys()].map((a) => headAddressOf(a, doc.head)));
  const added = [...doc.head.resources.values()].filter(
    (r) => r.mode === "managed" && !doc.base.resources.has(r.address) && !targets.has(r.address)
  );
  for (const resource of doc.base.resources.values()) {
    if (resource.mode !== "managed" || headAddressOf(resource.address, doc.head) !== void 0) continue;
    lost.push({
      resource,
      renamedTo: added.filter((r) => r.type === resource.type),
      removal: doc.head.removals.find((r) => r.from === resource.address)
    });
  }
  return lost;
}
function destroyedStateful(doc) {
  return lostResources(doc).filter((l) => isStatefulType(l.resource.type) && l.removal?.destroy !== false);
}
function resourcePairs(doc) {
  return perModule(doc, "pairs", () => findResourcePairs(doc));
}
function resourcePairsOfFile(doc) {
  const byPath = perModule(doc, "pairsByPath", () => {
    const map = /* @__PURE__ */ new Map();
    const add = (path, pair) => {
      const list = map.get(path);
      if (!list) map.set(path, [pair]);
      else if (list.at(-1) !== pair) list.push(pair);
    };
    for (const pair of resourcePairs(doc)) {
      if (pair.base) add(`base:${pair.base.path}`, pair);
      if (pair.head) add(`head:${pair.head.path}`, pair);
    }
    return map;
  });
  const base = byPath.get(`base:${doc.basePath}`) ?? [];
  const head = byPath.get(`head:${doc.path}`) ?? [];
  if (base.length === 0) return head;
  if (head.length === 0) return base;
  const seen = new Set(base);
  return [...base, ...head.filter((p) => !seen.has(p))];
}
function findResourcePairs(doc) {
  const pairs = [];
  const matched = /* @__PURE__ */ new Set();
  for (const base of doc.base.resources.values()) {
    if (base.mode !== "managed") continue;
    const address = headAddressOf(base.address, doc.head);
    const head = address === void 0 ? void 0 : doc.head.resources.get(address);
    if (head) matched.add(head.address);
    pairs.push({ base, head });
  }
  for (const head of doc.head.resources.values())
    if (head.mode === "managed" && !matched.has(head.address)) pairs.push({ base: void 0, head });
  return pairs;
}
function nestedAttributes(block) {
  const out = [];
  const visit = (b, names, key) => {
    for (const attribute of b.attributes)
      out.push({ names: [...names, attribute.name], key: `${key}${attribute.name}`, attribute });
    const seen = /* @__PURE__ */ new Map();
    for (const child of b.blocks) {
      const index = seen.get(child.type) ?? 0;
      seen.set(child.type, index + 1);
      const id = child.attributes.find((a) => a.name === "id")?.value;
      const tag = id?.kind === "literal" ? JSON.stringify(id.value) : String(index);
      visit(child, [...names, child.type], `${key}${child.type}[${tag}].`);
    }
  };
  visit(block, [], "");
  return out;
}

// src/rules/iac/lib/terraform-causes.ts
function changedDefinitions(expr, doc) {
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (e, depth) => {
    if (depth > 16) return;
    for (const { root, name } of namesRead(e)) {
      const key = `${root}.${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (root === "local") {
        const head = doc.head.locals.get(name);
        const base = doc.base.locals.get(name);
        if (!head) continue;
        if (base && sameSource(base.attribute.value, head.attribute.value)) visit(head.attribute.value, depth + 1);
        else found.push({ name: key, path: head.path, span: head.attribute.span });
      } else {
        const head = doc.head.variables.get(name);
        const base = doc.base.variables.get(name);
        if (head && (!base || !sameSource(base.attribute.value, head.attribute.value))) {
          const unreachable = defaultUnreachable(doc.head, name);
          found.push({
            name: key,
            path: head.path,
            span: head.attribute.span,
            ...unreachable ? { unreachable } : {}
          });
        }
      }
    }
  };
  visit(expr, 0);
  return found;
}
function defaultUnreachable(module, name) {
  const setting = module.tfvars.filter((f) => f.names.has(name)).map((f) => f.path);
  const auto = setting.find((p) => AUTO_LOADED.test(p));
  if (auto) return `${auto} sets var.${name} for every run, so its default is not used`;
  if (module.tfvars.length === 0 || setting.length < module.tfvars.length) return void 0;
  return `every .tfvars of the module sets var.${name} (${setting.join(", ")}), so its default reaches none of them`;
}
function namesRead(expr) {
  const out = [];
  JSON.stringify(expr, (_key, value) => {
    const t = value;
    const name = t?.kind === "traversal" ? t.steps?.[0] : void 0;
    if (typeof name === "string" && (t.root === "local" || t.root === "var")) out.push({ root: t.root, name });
    return value;
  });
  return out;
}
function sameSource(a, b) {
  const strip = (e) => JSON.stringify(e, (key, value) => key === "span" ? void 0 : value);
  return strip(a) === strip(b);
}

// src/rules/iac/lib/terraform-protections.ts
var isFalse = (v) => v === false || v === "false";
var isTrue = (v) => v === true || v === "true";
var isZero = (v) => v === 0 || v === "0";
var always = () => true;
var safe = () => "safe";
var unsafe = () => "unsafe";
var unknown = () => "unknown";
var ofTypes = (...types) => (type) => types.includes(type);
var deletionProtectionDefault = (type) => type.startsWith("google_") ? "safe" : "unsafe";
var LOCK_RESOURCES = [
  ["azurerm_management_lock", "lock_level"],
  ["google_resource_manager_lien", "restrictions"],
  ["aws_backup_vault_lock_configuration", "backup_vault_name"],
  ["aws_glacier_vault_lock", "policy"],
  ["aws_s3_bucket_object_lock_configuration", "bucket"]
];
var AZURE_SOFT_DELETE = [
  ["blob_properties", "delete_retention_policy", "days"],
  ["blob_properties", "container_delete_retention_policy", "days"],
  ["share_properties", "retention_policy", "days"]
];
var BACKUP_BUCKET_TYPES = ofTypes("aws_s3_bucket_lifecycle_configuration", "google_storage_bucket");
var SETTINGS = [
  {
    rule: "prevent-destroy",
    path: ["lifecycle", "prevent_destroy"],
    unsafe: isFalse,
    absent: unsafe,
    onResourceRemoved: true
  },
  {
    rule: "deletion-protection",
    path: ["deletion_protection"],
    // Bigtable tables spell it as a string.
    unsafe: (v) => isFalse(v) || v === "UNPROTECTED",
    absent: deletionProtectionDefault
  },
  // Cloud SQL's API-level guard (apart from the provider's own deletion_protection); off when unset.
  {
    rule: "deletion-protection",
    path: ["settings", "deletion_protection_enabled"],
    types: ofTypes("google_sql_database_instance"),
    unsafe: isFalse,
    absent: unsafe
  },
  // Spanner's database-level drop protection; Key Vault and managed HSM purge protection.
  { rule: "deletion-protection", path: ["enable_drop_protection"], unsafe: isFalse, absent: unsafe },
  { rule: "deletion-protection", path: ["purge_protection_enabled"], unsafe: isFalse, absent: unsafe },
  {
    rule: "deletion-protection",
    path: ["delete_protection_state"],
    unsafe: (v) => v === "DELETE_PROTECTION_DISABLED",
    absent: unsafe
  },
  // What destroy does to the data: Firestore and projects are abandoned or refused unless told to delete.
  {
    rule: "deletion-protection",
    path: ["deletion_policy"],
    types: ofTypes("google_firestore_database", "google_project", "google_alloydb_cluster"),
    unsafe: (v) => v === "DELETE" || v === "FORCE",
    absent: safe
  },
  // Backup vaults: soft delete keeps deleted recovery points restorable (on by default).
  { rule: "deletion-protection", path: ["soft_delete_enabled"], unsafe: isFalse, absent: safe },
  {
    rule: "deletion-protection",
    path: ["soft_delete"],
    types: ofTypes("azurerm_data_protection_backup_vault"),
    unsafe: (v) => v === "Off",
    absent: safe
  },
  // A resource whose only job is to refuse deletion (a management lock, a project lien, a vault lock).
  ...LOCK_RESOURCES.map(([type, attribute]) => ({
    rule: "deletion-protection",
    path: [attribute],
    types: ofTypes(type),
    unsafe: () => false,
    absent: unknown,
    onResourceRemoved: true
  })),
  // The azurerm provider's own guard: with it off, destroying a resource group deletes what Terraform does not manage in it.
  {
    rule: "force-destroy",
    path: ["features", "resource_group", "prevent_deletion_if_contains_resources"],
    types: ofTypes("provider.azurerm"),
    unsafe: isFalse,
    absent: safe
  },
  {
    rule: "force-destroy",
    path: ["features", "recovery_services_vaults", "purge_protected_items_from_vault_on_destroy"],
    types: ofTypes("provider.azurerm"),
    unsafe: isTrue,
    absent: safe
  },
  { rule: "deletion-protection", path: ["deletion_protection_enabled"], unsafe: isFalse, absent: unsafe },
  { rule: "deletion-protection", path: ["termination_protection"], unsafe: isFalse, absent: unsafe },
  { rule: "final-snapshot", path: ["skip_final_snapshot"], unsafe: isTrue, absent: safe },
  { rule: "force-destroy", path: ["force_destroy"], unsafe: isTrue, absent: safe },
  { rule: "force-destroy", path: ["force_delete"], unsafe: isTrue, absent: safe },
  // A BigQuery dataset destroyed with its tables instead of refusing while it holds any.
  { rule: "force-destroy", path: ["delete_contents_on_destroy"], unsafe: isTrue, absent: safe },
  { rule: "backup-retention", path: ["backup_retention_period"], unsafe: isZero, absent: unknown, shortened: true },
  { rule: "backup-retention", path: ["backup_retention_days"], unsafe: isZero, absent: unknown, shortened: true },
  { rule: "backup-retention", path: ["snapshot_retention_limit"], unsafe: isZero, absent: unknown, shortened: true },
  {
    rule: "backup-retention",
    path: ["settings", "backup_configuration", "backup_retention_settings", "retained_backups"],
    unsafe: isZero,
    absent: unknown,
    shortened: true
  },
  {
    rule: "backup-retention",
    path: ["settings", "backup_configuration", "transaction_log_retention_days"],
    unsafe: isZero,
    absent: unknown,
    shortened: true
  },
  { rule: "backup-retention", path: ["settings", "backup_configuration", "enabled"], unsafe: isFalse, absent: unsafe },
  { rule: "backup-retention", path: ["delete_automated_backups"], unsafe: isTrue, absent: unsafe },
  // Soft delete: how long deleted vaults, blobs, containers and shares stay restorable.
  { rule: "backup-retention", path: ["soft_delete_retention_days"], unsafe: isZero, absent: unknown, shortened: true },
  ...AZURE_SOFT_DELETE.map((path) => ({
    rule: "backup-retention",
    path,
    types: ofTypes("azurerm_storage_account"),
    unsafe: isZero,
    // Without the block, deleted data is gone at once.
    absent: unsafe,
    shortened: true
  })),
  {
    rule: "backup-retention",
    path: ["soft_delete_policy", "retention_duration_seconds"],
    types: ofTypes("google_storage_bucket"),
    unsafe: isZero,
    absent: safe,
    shortened: true
  },
  {
    rule: "backup-retention",
    path: ["retention_policy", "retention_period"],
    types: ofTypes("google_storage_bucket"),
    unsafe: isZero,
    absent: unsafe,
    shortened: true
  },
  // Azure SQL point-in-time and long-term backups; Cosmos DB periodic backups.
  {
    rule: "backup-retention",
    path: ["short_term_retention_policy", "retention_days"],
    unsafe: isZero,
    absent: unknown,
    shortened: true
  },
  ...["weekly_retention", "monthly_retention", "yearly_retention"].map((name) => ({
    rule: "backup-retention",
    path: ["long_term_retention_policy", name],
    unsafe: (v) => v === "PT0S",
    absent: unsafe
  })),
  {
    rule: "backup-retention",
    path: ["backup", "retention_in_hours"],
    types: ofTypes("azurerm_cosmosdb_account"),
    unsafe: isZero,
    absent: unknown,
    shortened: true
  },
  {
    rule: "backup-retention",
    path: ["rule", "lifecycle", "delete_after"],
    types: ofTypes("aws_backup_plan"),
    unsafe: isZero,
    absent: unknown,
    shortened: true
  },
  { rule: "point-in-time-recovery", path: ["point_in_time_recovery", "enabled"], unsafe: isFalse, absent: unsafe },
  {
    rule: "point-in-time-recovery",
    path: ["settings", "backup_configuration", "point_in_time_recovery_enabled"],
    unsafe: isFalse,
    absent: unsafe
  },
  {
    rule: "point-in-time-recovery",
    path: ["settings", "backup_configuration", "binary_log_enabled"],
    unsafe: isFalse,
    absent: unsafe
  },
  { rule: "point-in-time-recovery", path: ["point_in_time_recovery_enabled"], unsafe: isFalse, absent: unsafe },
  {
    rule: "point-in-time-recovery",
    path: ["blob_properties", "restore_policy", "days"],
    types: ofTypes("azurerm_storage_account"),
    unsafe: isZero,
    absent: unsafe,
    shortened: true
  },
  {
    rule: "versioning",
    path: ["versioning_configuration", "status"],
    types: ofTypes("aws_s3_bucket_versioning"),
    unsafe: (v) => v === "Suspended" || v === "Disabled",
    absent: unknown,
    onResourceRemoved: true
  },
  { rule: "versioning", path: ["versioning", "enabled"], unsafe: isFalse, absent: unknown },
  {
    rule: "versioning",
    path: ["blob_properties", "versioning_enabled"],
    types: ofTypes("azurerm_storage_account"),
    unsafe: isFalse,
    absent: unsafe
  },
  {
    rule: "backup-expiry",
    path: ["rule", "expiration", "days"],
    types: BACKUP_BUCKET_TYPES,
    unsafe: always,
    absent: safe,
    shortened: true,
    onNewResource: true
  },
  {
    rule: "backup-expiry",
    path: ["rule", "noncurrent_version_expiration", "noncurrent_days"],
    types: BACKUP_BUCKET_TYPES,
    unsafe: always,
    absent: safe,
    shortened: true,
    onNewResource: true
  },
  {
    rule: "backup-expiry",
    path: ["lifecycle_rule", "condition", "age"],
    types: BACKUP_BUCKET_TYPES,
    unsafe: always,
    absent: safe,
    shortened: true,
    onNewResource: true
  }
];
function protectionChanges(doc) {
  return perModule(doc, "protections", () => {
    const result = { changes: [], unknowns: [] };
    for (const pair of resourcePairs(doc)) comparePair(doc, holderPair(pair), result);
    for (const pair of modulePairs(doc)) comparePair(doc, pair, result);
    for (const pair of providerPairs(doc)) comparePair(doc, pair, result);
    result.changes.push(...result.changes.flatMap((change) => blameLocals(doc, change)));
    return result;
  });
}
function holderPair({ base, head }) {
  return { base, head };
}
function modulePairs(doc) {
  const pairs = [];
  for (const base of doc.base.modules.values()) {
    const address = headAddressOf(base.address, doc.head);
    const head = address === void 0 ? void 0 : doc.head.modules.get(address);
    if (!head) continue;
    const holder = (call, side) => ({
      address: call.address,
      type: "module",
      name: call.name,
      block: call.block,
      path: call.path,
      inputDefault: (name) => {
        if (call.source === void 0 || !/^\.\.?\//.test(call.source)) return UNKNOWN;
        const module = doc.moduleAt(side, joinPath((side === "base" ? doc.base : doc.head).dir, call.source));
        return module.scope.variable(name);
      }
    });
    pairs.push({ base: holder(base, "base"), head: holder(head, "head"), module: true });
  }
  return pairs;
}
function providerPairs(doc) {
  const pairs = [];
  for (const base of doc.base.providers.values()) {
    const head = doc.head.providers.get(base.address);
    if (!head) continue;
    const holder = (p) => ({ ...p, type: `provider.${p.name}` });
    pairs.push({ base: holder(base), head: holder(head) });
  }
  return pairs;
}
function comparePair(doc, { base, head, module }, out) {
  const type = (head ?? base).type;
  const provider = type.startsWith("provider.");
  const settings = SETTINGS.filter(
    (s) => module ? s.path.length === 1 && !s.types : provider ? s.types?.(type) : !s.types || s.types(type)
  ).map((s) => module ? { ...s, absent: () => absentInModule(s, base) } : s);
  if (settings.length === 0) return;
  const baseAttributes = base ? byKey(nestedAttributes(base.block)) : /* @__PURE__ */ new Map();
  const headAttributes = head ? byKey(nestedAttributes(head.block)) : /* @__PURE__ */ new Map();
  const keys = /* @__PURE__ */ new Set([...baseAttributes.keys(), ...headAttributes.keys()]);
  for (const key of keys) {
    const before = baseAttributes.get(key);
    const after = headAttributes.get(key);
    const names = (after ?? before).names;
    const setting = settings.find((s) => sameNames(s.path, names));
    if (!setting) continue;
    if (setting.rule === "backup-expiry" && !looksLikeBackups(head ?? base, doc)) continue;
    const baseValue = before ? evaluate(before.attribute.value, doc.base.scope) : void 0;
    const attribute = names.join(".");
    if (head && after) {
      if (!base && !setting.onNewResource) continue;
      let value = evaluateInEveryWorkspace(after.attribute.value, doc, setting);
      let baseState = base && before ? stateOf(setting, type, baseValue) : "safe";
      let shownBefore = baseValue;
      if (value === UNKNOWN && !module && before) {
        const stacks = perStack(doc, before.attribute.value, after.attribute.value);
        if (stacks) {
          const weakened = stacks.find((p) => stateOf(setting, type, p.old) === "safe" && setting.unsafe(p.now));
          if (!weakened) continue;
          value = weakened.now;
          shownBefore = weakened.old;
          baseState = "safe";
        }
      }
      if (value === UNKNOWN) {
        if (before && sameSource2(before.attribute.value, after.attribute.value) && baseValue === UNKNOWN) continue;
        if (base && baseState === "safe" && (module || isStatefulType(type)))
          out.changes.push({
            rule: setting.rule,
            how: "unknown",
            side: "head",
            path: head.path,
            span: after.attribute.span,
            unit: head.block.span,
            address: head.address,
            attribute,
            value: "(unknown)",
            before: baseValue === void 0 ? "unset" : show(baseValue)
          });
        else out.unknowns.push({ path: head.path, span: after.attribute.span, address: head.address, attribute });
        continue;
      }
      const shorter = setting.shortened && typeof value === "number" && typeof baseValue === "number" && value < baseValue;
      const how = shorter ? "shortened" : setting.unsafe(value) && baseState !== "unsafe" ? "set" : void 0;
      if (!how) continue;
      out.changes.push({
        rule: setting.rule,
        how,
        side: "head",
        path: head.path,
        span: after.attribute.span,
        unit: head.block.span,
        address: head.address,
        attribute,
        value: show(value),
        before: shownBefore === void 0 ? "unset" : show(shownBefore)
      });
    } else if (base && before && stateOf(setting, type, baseValue) === "safe") {
      if (module && setting.absent(type) === "safe") continue;
      const removedWithResource = !head;
      if (removedWithResource ? !setting.onResourceRemoved : setting.absent(type) !== "unsafe" && !module) continue;
      out.changes.push({
        rule: setting.rule,
        how: removedWithResource ? "resourceRemoved" : "removed",
        side: "base",
        path: base.path,
        span: before.attribute.span,
        unit: base.block.span,
        address: base.address,
        attribute,
        value: "unset",
        before: show(baseValue)
      });
    }
  }
}
function evaluateInEveryWorkspace(expr, doc, setting) {
  const value = evaluate(expr, doc.head.scope);
  if (value !== UNKNOWN || !workspaceOnlyCompared(expr, doc.head)) return value;
  const values = [...doc.head.workspaces, "\0any other workspace"].map(
    (workspace) => evaluate(expr, { ...doc.head.scope, workspace })
  );
  const [first] = values;
  if (first === void 0 || first === UNKNOWN || !setting.unsafe(first)) return UNKNOWN;
  return values.every((v) => v !== UNKNOWN && setting.unsafe(v)) ? first : UNKNOWN;
}
function perStack(doc, before, after) {
  const pairs = [];
  for (const head of doc.head.stacks) {
    const base = doc.base.stacks.find((s) => s.path === head.path);
    if (!base) return void 0;
    const old = evaluate(before, base.scope);
    const now = evaluate(after, head.scope);
    if (old === UNKNOWN || now === UNKNOWN) return void 0;
    pairs.push({ old, now });
  }
  return pairs.length > 0 ? pairs : void 0;
}
function absentInModule(setting, call) {
  const fallback = call.inputDefault?.(setting.path[0]) ?? UNKNOWN;
  if (fallback === UNKNOWN) return "unknown";
  return fallback === null ? setting.absent("module") : setting.unsafe(fallback) ? "unsafe" : "safe";
}
function blameLocals(doc, change) {
  if (change.side !== "head" || change.how === "viaLocal") return [];
  const holder = doc.head.resources.get(change.address) ?? doc.head.modules.get(change.address);
  const expression = holder ? attributeAt(holder.block, change.attribute.split(".")) : void 0;
  if (!expression) return [];
  return changedDefinitions(expression, doc).map((site) => ({
    ...change,
    how: "viaLocal",
    path: site.path,
    span: site.span,
    unit: site.span,
    attribute: `${change.attribute} (through ${site.name})`,
    ...site.unreachable ? { downgradedBecause: site.unreachable } : {}
  }));
}
function attributeAt(block, names) {
  const [first, ...rest] = names;
  if (rest.length === 0) return block.attributes.find((a) => a.name === first)?.value;
  const child = block.blocks.find((b) => b.type === first);
  return child ? attributeAt(child, rest) : void 0;
}
function workspaceOnlyCompared(expr, module, depth = 0) {
  if (depth > 16) return false;
  const isWorkspace = (e) => e.kind === "traversal" && e.root === "terraform" && e.steps[0] === "workspace";
  const ok = (e) => {
    switch (e.kind) {
      case "traversal": {
        if (isWorkspace(e)) return false;
        const name = e.root === "local" && typeof e.steps[0] === "string" ? e.steps[0] : void 0;
        const definition = name ? module.scope.local(name) : void 0;
        return !definition || workspaceOnlyCompared(definition, module, depth + 1);
      }
      case "binary":
        if ((e.operator === "==" || e.operator === "!=") && (isWorkspace(e.left) || isWorkspace(e.right)))
          return ok(isWorkspace(e.left) ? e.right : e.left);
        return ok(e.left) && ok(e.right);
      case "unary":
        return ok(e.operand);
      case "conditional":
        return ok(e.condition) && ok(e.whenTrue) && ok(e.whenFalse);
      case "tuple":
        return e.items.every(ok);
      case "object":
        return e.entries.every((entry) => ok(entry.key) && ok(entry.value));
      case "call":
        return e.args.every(ok);
      case "template":
        return e.parts.every((p) => typeof p === "string" || ok(p));
      case "for":
        return [e.collection, e.valueExpr, e.keyExpr, e.condition].every((x) => !x || ok(x));
      case "access":
        return ok(e.target) && e.steps.every((st) => typeof st !== "object" || ok(st));
      default:
        return true;
    }
  };
  return ok(expr);
}
function stateOf(setting, type, value) {
  if (value === void 0) return setting.absent(type);
  if (value === UNKNOWN) return "unknown";
  return setting.unsafe(value) ? "unsafe" : "safe";
}
function byKey(attributes) {
  return new Map(attributes.map((a) => [a.key, a]));
}
function sameNames(a, b) {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}
function sameSource2(a, b) {
  return JSON.stringify(stripSpans(a)) === JSON.stringify(stripSpans(b));
}
function stripSpans(expr) {
  return JSON.parse(JSON.stringify(expr, (key, value) => key === "span" ? void 0 : value));
}
var BACKUP_WORDS = /backup|snapshot|dump|archive|\bwal\b|restore|recovery|vault/i;
function looksLikeBackups(resource, doc) {
  if (BACKUP_WORDS.test(resource.name)) return true;
  const bucket = resource.block.attributes.find((a) => a.name === "bucket" || a.name === "name")?.value;
  if (!bucket) return false;
  if (bucket.kind === "traversal") {
    const words = [bucket.root, ...bucket.steps.filter((s) => typeof s === "string")].join(".");
    if (BACKUP_WORDS.test(words)) return true;
    const target = doc.head.resources.get(`${bucket.root}.${String(bucket.steps[0])}`);
    const name = target?.block.attributes.find((a) => a.name === "bucket")?.value;
    const value2 = name ? evaluate(name, doc.head.scope) : UNKNOWN;
    return typeof value2 === "string" && BACKUP_WORDS.test(value2);
  }
  const value = evaluate(bucket, doc.head.scope);
  return typeof value === "string" && BACKUP_WORDS.test(value);
}
function show(value) {
  return value === UNKNOWN ? "(unknown)" : JSON.stringify(value);
}

// src/rules/iac/lib/terraform-protection-rule.ts
var SHARED_MESSAGES = {
  unknown: "{address}: {attribute} (was {before}) is now set by an expression two-key cannot evaluate before a plan; approve only if it keeps the safeguard",
  viaLocal: "{address}: {attribute} becomes {value} (was {before}) because of this definition"
};
function protectionRule(rule, meta) {
  return {
    meta: {
      id: `iac/terraform-${rule}`,
      family: "iac",
      kind: "protection",
      defaultSeverity: "block",
      ...meta,
      messages: { ...SHARED_MESSAGES, ...meta.messages }
    },
    check(doc, report) {
      for (const change of protectionChanges(doc).changes) {
        if (change.rule !== rule) continue;
        if (change.path !== (change.side === "base" ? doc.basePath : doc.path)) continue;
        const throwaway = throwawayEnvironment(change.path);
        const because = change.downgradedBecause ?? (throwaway ? `the module is the ${throwaway} environment's` : void 0);
        report({
          messageId: change.how,
          data: { address: change.address, attribute: change.attribute, value: change.value, before: change.before },
          span: change.span,
          unit: change.unit,
          side: change.side,
          ...because ? { downgradedBecause: because } : {}
        });
      }
    }
  };
}
var THROWAWAY = /* @__PURE__ */ new Set([
  "dev",
  "development",
  "sandbox",
  "scratch",
  "ephemeral",
  "preview",
  "local",
  "test",
  "testing",
  "e2e"
]);
function throwawayEnvironment(path) {
  const dirs = path.split("/").slice(0, -1);
  return dirs.find((d) => THROWAWAY.has(d.toLowerCase()));
}

export {
  isStatefulType,
  destroyedStateful,
  resourcePairs,
  resourcePairsOfFile,
  changedDefinitions,
  protectionChanges,
  protectionRule,
  throwawayEnvironment
};
