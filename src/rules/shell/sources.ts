import { shiftBy, type OffsetMap } from '../../parsers/offset-map.js';
import { JsonSyntaxError } from '../../parsers/json-strings.js';
import { packageScripts } from '../../parsers/package-json.js';

/** A piece of shell inside a file, with where each of its characters is in the file. */
export interface ShellSource {
  text: string;
  toFile: OffsetMap;
  /** Names the piece in notes: `script "db:reset"`. */
  label?: string;
}

export function isPackageJson(path: string): boolean {
  return /(^|\/)package\.json$/.test(path);
}

/**
 * The shell a file holds: a script is shell throughout; a package.json has one snippet per
 * `scripts` entry (npm runs each with `sh -c`). More kinds (workflow `run:` steps, Makefile
 * recipes, Dockerfile `RUN`) add a case here.
 */
export function shellSources(path: string, text: string): { sources: ShellSource[]; notes: string[] } {
  if (!isPackageJson(path)) return { sources: [{ text, toFile: shiftBy(0) }], notes: [] };
  try {
    const sources = packageScripts(text).map(({ name, command }) => ({
      text: command.value,
      toFile: command.map,
      label: `script ${JSON.stringify(name)}`,
    }));
    return { sources, notes: [] };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    // npm refuses to run anything from a package.json it cannot parse, so no script here can run.
    return { sources: [], notes: [`${path}: not valid JSON (${error.message}); npm cannot run its scripts`] };
  }
}
