import type { CodeArgument } from '../../../parsers/iac-code/arguments.js';

type Literal = string | number | boolean;

/**
 * The safeguards a CDK construct or Pulumi resource argument holds, as data: one row per argument
 * (names lower-cased without underscores, so `force_destroy`, `forceDestroy` and `ForceDestroy`
 * are one row). The same arguments as the Terraform table (terraform-protections.ts), since
 * Pulumi's AWS, GCP and Azure providers are generated from the Terraform providers.
 * `deletionProtection` has its own rule, iac/code-deletion-protection-disabled.
 */
export interface CodeSafeguard {
  /** The argument's path from the resource's arguments; with `suffix`, the last names of it. */
  names: readonly string[];
  suffix?: boolean;
  /** The value that turns the safeguard off. */
  unsafe: (value: Literal) => boolean;
  /** A retention in days or copies: a smaller number than before is a weaker safeguard. */
  shortened?: boolean;
  /** Only where the resource keeps backups, snapshots or dumps (expiry on a cache bucket is routine). */
  backupsOnly?: boolean;
  /** Also reported on a resource the change adds (a new expiry rule on an existing backup bucket). */
  onNewResource?: boolean;
  /** Writing nothing is as weak as the unsafe value: removing a safe value weakens it. */
  absentUnsafe?: boolean;
  /** What is given up, for the message. */
  loses: string;
}

const isTrue = (v: Literal) => v === true || v === 'true';
const isFalse = (v: Literal) => v === false || v === 'false';
const isZero = (v: Literal) => v === 0 || v === '0';
const always = () => true;

export const CODE_SAFEGUARDS: readonly CodeSafeguard[] = [
  { names: ['forcedestroy'], unsafe: isTrue, loses: 'the refusal to delete a store that still holds data' },
  { names: ['forcedelete'], unsafe: isTrue, loses: 'the refusal to delete a store that still holds data' },
  { names: ['skipfinalsnapshot'], unsafe: isTrue, loses: 'the final snapshot taken on deletion' },
  { names: ['deleteautomatedbackups'], unsafe: isTrue, loses: 'the automated backups kept after deletion' },
  { names: ['terminationprotection'], unsafe: isFalse, absentUnsafe: true, loses: 'termination protection' },
  { names: ['deletionprotectionenabled'], unsafe: isFalse, absentUnsafe: true, loses: 'deletion protection' },
  { names: ['backupretentionperiod'], unsafe: isZero, shortened: true, loses: 'automated backups' },
  { names: ['backupretentiondays'], unsafe: isZero, shortened: true, loses: 'automated backups' },
  { names: ['snapshotretentionlimit'], unsafe: isZero, shortened: true, loses: 'automated snapshots' },
  { names: ['retainedbackups'], suffix: true, unsafe: isZero, shortened: true, loses: 'retained backups' },
  { names: ['pointintimerecovery', 'enabled'], unsafe: isFalse, absentUnsafe: true, loses: 'point-in-time recovery' },
  { names: ['pointintimerecovery'], unsafe: isFalse, loses: 'point-in-time recovery' },
  { names: ['pointintimerecoveryenabled'], suffix: true, unsafe: isFalse, loses: 'point-in-time recovery' },
  {
    names: ['versioningconfiguration', 'status'],
    unsafe: (v) => v === 'Suspended' || v === 'Disabled',
    loses: 'object versioning',
  },
  { names: ['versioning', 'enabled'], unsafe: isFalse, loses: 'object versioning' },
  { names: ['versioned'], unsafe: isFalse, loses: 'object versioning' },
  {
    names: ['expiration', 'days'],
    suffix: true,
    unsafe: always,
    shortened: true,
    backupsOnly: true,
    onNewResource: true,
    loses: 'backups older than the new expiry',
  },
  {
    names: ['noncurrentversionexpiration', 'noncurrentdays'],
    suffix: true,
    unsafe: always,
    shortened: true,
    backupsOnly: true,
    onNewResource: true,
    loses: 'earlier versions of backups older than the new expiry',
  },
  {
    names: ['expirationindays'],
    suffix: true,
    unsafe: always,
    shortened: true,
    backupsOnly: true,
    onNewResource: true,
    loses: 'backups older than the new expiry',
  },
  {
    names: ['condition', 'age'],
    suffix: true,
    unsafe: always,
    shortened: true,
    backupsOnly: true,
    onNewResource: true,
    loses: 'backups older than the new expiry',
  },
];

export function safeguardOf(argument: CodeArgument): CodeSafeguard | undefined {
  return CODE_SAFEGUARDS.find((row) => {
    if (row.suffix ? argument.names.length < row.names.length : argument.names.length !== row.names.length)
      return false;
    const tail = argument.names.slice(argument.names.length - row.names.length);
    return tail.every((n, i) => n === row.names[i]);
  });
}

/** Expiry only weakens a safeguard where the store keeps backups, snapshots, dumps or archives. */
export const BACKUP_WORDS = /backup|snapshot|dump|archive|\bwal\b|restore|recovery|vault/i;
