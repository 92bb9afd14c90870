import { membersNamed, parseJson, type JsonString } from './json-strings.js';

/** One `scripts.<name>` entry of a package.json: npm runs `command.value` with `sh -c`. */
export interface PackageScript {
  name: string;
  /** The command with JSON escapes resolved; `command.map` gives each character's offset in the file. */
  command: JsonString;
}

/**
 * The scripts of a package.json, in file order, duplicates included (a reviewer reads the first,
 * npm runs the last; both are checked). Throws JsonSyntaxError when the file is not JSON.
 */
export function packageScripts(text: string): PackageScript[] {
  const scripts: PackageScript[] = [];
  for (const block of membersNamed(parseJson(text), 'scripts')) {
    if (block.type !== 'object') continue;
    for (const { key, value } of block.members) {
      if (value.type === 'string') scripts.push({ name: key.value, command: value });
    }
  }
  return scripts;
}
