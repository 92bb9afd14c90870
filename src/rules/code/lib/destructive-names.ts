import { wordsOf } from './document.js';

const VERBS = new Set(['delete', 'destroy', 'remove', 'drop', 'purge', 'wipe', 'terminate', 'erase']);

/** What a provider keeps data in, or what holds it: deleting one of these loses data or the service around it. */
const HOLDERS = new Set([
  'volume',
  'volumes',
  'service',
  'services',
  'environment',
  'environments',
  'project',
  'projects',
  'database',
  'databases',
  'db',
  'cluster',
  'clusters',
  'instance',
  'instances',
  'bucket',
  'buckets',
  'backup',
  'backups',
  'snapshot',
  'snapshots',
  'app',
  'apps',
  'application',
  'plugin',
  'branch',
  'disk',
  'disks',
  'storage',
  'redis',
  'postgres',
  'postgresql',
  'mysql',
  'mongo',
  'mongodb',
  'machine',
  'machines',
  'server',
  'servers',
  'stack',
  'filesystem',
  'vault',
  'replica',
  'table',
  'keyspace',
]);

/**
 * A GraphQL mutation or API operation that deletes infrastructure: Railway `volumeDelete`,
 * `volumeInstanceBackupDelete`, Fly `deleteVolume`, `deleteApp`. The verb is first or last and
 * the word beside the object is what holds the data, so `deleteBranchProtectionRule` and
 * `variableDelete` are not.
 */
export function infrastructureDeleteOf(name: string): string | undefined {
  const words = wordsOf(name);
  if (words.length < 2) return undefined;
  const last = words[words.length - 1]!;
  if (VERBS.has(last) && HOLDERS.has(words[words.length - 2]!)) return words.slice(0, -1).join(' ');
  if (VERBS.has(words[0]!) && HOLDERS.has(last)) return words.slice(1).join(' ');
  return undefined;
}

/** Words that, spelled out, name a destructive action: an assembly that forms one hides it from a reader. */
export const DESTRUCTIVE_WORDS = ['delete', 'destroy', 'drop', 'truncate', 'terminate', 'purge', 'wipe'] as const;
