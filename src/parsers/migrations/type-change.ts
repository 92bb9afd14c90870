import { isLossy } from '../sql/lossy-types.js';

/**
 * Whether changing a column from `from` (undefined when the migration does not say) to `to`
 * loses values, with both written as SQL types (`varchar(255)`, `decimal(10,2)`, `integer`);
 * the SQL family's judgement, so a framework change and the SQL it generates agree.
 */
export function isLossyChange(from: string | undefined, to: string): boolean {
  return isLossy(from === undefined ? undefined : normalised(from), normalised(to));
}

function normalised(type: string): string {
  return type
    .trim()
    .toLowerCase()
    .replace(/\s*([(),])\s*/g, '$1')
    .replace(/\s+/g, ' ');
}

export function typeChangeDetail(from: string | undefined, to: string): string {
  return `${from ?? 'current type unknown'} -> ${to}`;
}
