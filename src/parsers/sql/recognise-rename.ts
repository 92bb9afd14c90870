import type { Scan } from './recognise-scan.js';

/** MySQL `RENAME TABLE a TO b, c TO d`. */
export function readRenameTable(scan: Scan, i: number): void {
  if (!scan.isWord(i + 1, 'TABLE', 'TABLES')) return;
  let j = i + 2;
  for (;;) {
    const from = scan.readName(j);
    if (!from || !scan.isWord(from.end, 'TO')) return;
    const to = scan.readName(from.end + 1);
    if (!to) return;
    scan.emit({ op: 'rename-table', from: from.parts, to: to.parts.join('.'), span: scan.span(i) });
    scan.reference(from);
    if (!scan.isPunct(to.end, ',')) return;
    j = to.end + 1;
  }
}

const SP_RENAME_PARAMETERS = ['@OBJNAME', '@NEWNAME', '@OBJTYPE'];

/** T-SQL `sp_rename 'dbo.t', 'n'` renames a table; with a third argument 'COLUMN', a column. */
export function readSpRename(scan: Scan, i: number): void {
  const args = literalArguments(scan, scan.isPunct(i + 1, '(') ? i + 2 : i + 1);
  const [objectName, newName, objectType] = args;
  if (objectName === undefined || newName === undefined) return;
  const parts = sqlServerNameParts(objectName);
  const type = (objectType ?? 'OBJECT').toUpperCase();
  const span = scan.span(i);
  if (type === 'COLUMN' && parts.length > 1) {
    scan.emit({ op: 'rename-column', table: parts.slice(0, -1), from: parts.at(-1)!, to: newName, span });
  } else if (type === 'OBJECT') {
    scan.emit({ op: 'rename-table', from: parts, to: newName, span });
  }
}

/** String arguments in order, placing named ones (`@newname = 'x'`) where they belong. */
function literalArguments(scan: Scan, from: number): (string | undefined)[] {
  const args: (string | undefined)[] = [];
  let j = from;
  for (let position = 0; position < 3; position++) {
    let slot = position;
    if (scan.isKind(j, 'variable') && scan.isOp(j + 1, '=')) {
      slot = SP_RENAME_PARAMETERS.indexOf(scan.at(j)!.text.toUpperCase());
      j += 2;
    }
    const t = scan.at(j);
    if (t?.kind !== 'string') break;
    if (slot >= 0) args[slot] = t.value;
    if (!scan.isPunct(j + 1, ',')) break;
    j += 2;
  }
  return args;
}

/** `[dbo].[Orders].[Total]` -> ['dbo', 'Orders', 'Total']. */
function sqlServerNameParts(name: string): string[] {
  const parts = name.match(/\[(?:[^\]]|\]\])*\]|"(?:[^"]|"")*"|[^.]+/g) ?? [];
  return parts.map((p) => (/^[["]/.test(p) ? p.slice(1, -1).replace(/\]\]|""/g, (m) => m[0]!) : p.trim()));
}
