import type { Rule } from '../../../core/rule.js';
import { terraformBackupExpiry } from '../terraform-backup-expiry.js';
import { terraformBackupRetention } from '../terraform-backup-retention.js';
import { terraformDeletionProtection } from '../terraform-deletion-protection.js';
import type { TerraformDocument } from './terraform-document.js';
import { terraformFinalSnapshot } from '../terraform-final-snapshot.js';
import { terraformForceDestroy } from '../terraform-force-destroy.js';
import { terraformInstancesReduced } from '../terraform-instances-reduced.js';
import { terraformPlanDelete } from '../terraform-plan-delete.js';
import type { TerraformPlan } from './terraform-plan.js';
import { terraformPointInTimeRecovery } from '../terraform-point-in-time-recovery.js';
import { terraformPreventDestroy } from '../terraform-prevent-destroy.js';
import { terraformRemovedModule } from '../terraform-removed-module.js';
import { terraformRemovedResource } from '../terraform-removed-resource.js';
import { terraformRenamedResource } from '../terraform-renamed-resource.js';
import { terraformReplacementAttribute } from '../terraform-replacement-attribute.js';
import { terraformVersioning } from '../terraform-versioning.js';
import { terraformBucketExpiresEverything } from '../terraform-bucket-expires-everything.js';

/** Rules over Terraform configuration: one module (directory) compared between base and head. */
export const terraformConfigRules: readonly Rule<TerraformDocument>[] = [
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
  terraformBucketExpiresEverything,
];

/** Rules over `terraform show -json` plans. */
export const terraformPlanRules: readonly Rule<TerraformPlan>[] = [terraformPlanDelete];

export const terraformRules: readonly Rule<never>[] = [...terraformConfigRules, ...terraformPlanRules];
