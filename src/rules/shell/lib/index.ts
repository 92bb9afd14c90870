import type { Rule } from '../../../core/rule.js';
import { awsDelete } from '../aws-delete.js';
import { azDelete } from '../az-delete.js';
import { cliDestroy } from '../cli-destroy.js';
import { cliProtectionOff } from '../cli-protection-off.js';
import type { ShellDocument } from './document.js';
import { databaseCliSql } from '../database-cli-sql.js';
import { datastoreWipe } from '../datastore-wipe.js';
import { diskWipe } from '../disk-wipe.js';
import { dockerVolumeRemove } from '../docker-volume-remove.js';
import { dropDatabaseCommand } from '../drop-database-command.js';
import { forcePush } from '../force-push.js';
import { gcloudDelete } from '../gcloud-delete.js';
import { helmUninstall } from '../helm-uninstall.js';
import { kubectlDelete } from '../kubectl-delete.js';
import { migrationToolReset } from '../migration-tool-reset.js';
import { opaqueExecution } from '../opaque-execution.js';
import { paasDestroy } from '../paas-destroy.js';
import { prismaMigrateReset } from '../prisma-migrate-reset.js';
import { restoreClean } from '../restore-clean.js';
import { rmData } from '../rm-data.js';
import { supabaseDbReset } from '../supabase-db-reset.js';
import { terraformDestroy } from '../terraform-destroy.js';
import { unreadRemoteStep } from '../unread-remote-step.js';

export const shellRules: readonly Rule<ShellDocument>[] = [
  supabaseDbReset,
  prismaMigrateReset,
  dropDatabaseCommand,
  terraformDestroy,
  kubectlDelete,
  helmUninstall,
  awsDelete,
  gcloudDelete,
  azDelete,
  paasDestroy,
  cliDestroy,
  cliProtectionOff,
  databaseCliSql,
  restoreClean,
  migrationToolReset,
  rmData,
  diskWipe,
  forcePush,
  dockerVolumeRemove,
  datastoreWipe,
  opaqueExecution,
  unreadRemoteStep,
];
