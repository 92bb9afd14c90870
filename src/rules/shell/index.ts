import type { Rule } from '../../core/rule.js';
import type { ShellDocument } from './document.js';
import { dropDatabaseCommand } from './drop-database-command.js';
import { prismaMigrateReset } from './prisma-migrate-reset.js';
import { supabaseDbReset } from './supabase-db-reset.js';

export const shellRules: readonly Rule<ShellDocument>[] = [supabaseDbReset, prismaMigrateReset, dropDatabaseCommand];
