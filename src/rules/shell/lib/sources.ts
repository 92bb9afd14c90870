import type { EnvAssignment } from '../../../parsers/shell/commands.js';
import type { ReadRepoFile } from '../../../parsers/shell/sourced.js';
import { shiftBy, type OffsetMap } from '../../../parsers/offset-map.js';
import { JsonSyntaxError } from '../../../parsers/json-strings.js';
import { packageScripts } from '../../../parsers/package-json.js';
import { dockerfileSources, isDockerfile } from './sources/dockerfile.js';
import { isJustfile, justfileSources } from './sources/justfile.js';
import { isMakefile, makefileSources } from './sources/makefile.js';
import { isProcfile, procfileSources } from './sources/procfile.js';
import { isWorkflow, workflowSources } from './sources/workflow.js';
import { configCommandSources, isConfigCommandFile } from './sources/config-commands.js';
import { isIncludedCiFile, isWorkloadManifest, yamlCommandKind, yamlCommandSources } from './sources/yaml-commands.js';

/** A piece of shell inside a file, with where each of its characters is in the file. */
export interface ShellSource {
  text: string;
  toFile: OffsetMap;
  /** Names the piece in notes: `script "db:reset"`, `job "deploy" step 3`. */
  label?: string;
  /** Environment the host sets for the piece (a workflow's `env:`), outermost first, spans in the file. */
  env?: EnvAssignment[];
  /**
   * Runs on a machine thrown away afterwards (a GitHub-hosted runner, an image build): what the
   * command does to that machine's own files, volumes and local databases destroys nothing kept.
   */
  throwaway?: boolean;
  /** Host names that are containers of the same job (a workflow's `services:`), local like localhost. */
  localHosts?: string[];
  /** What it took from untouched files (a variable an included Makefile sets), for messages. */
  sourced?: string;
  /** The piece is PowerShell (a `.ps1` file, a `shell: pwsh` step) or a Windows batch file (`.bat`, `shell: cmd`), not POSIX shell. */
  language?: 'powershell' | 'batch';
}

export interface SourceRead {
  sources: ShellSource[];
  notes: string[];
}

export { holdsCommands, holdsCommandsIn, isPackageJson } from './sources/recognise.js';
import { isBatchScript, isEarthfile, isPackageJson, isPowerShellScript } from './sources/recognise.js';

/**
 * The shell a file holds, each piece with its positions in the file: a script is shell
 * throughout; a package.json has one snippet per `scripts` entry (npm runs each with `sh -c`);
 * a workflow one per `run:` step; a Makefile or justfile one per recipe line; a Dockerfile one
 * per `RUN`; a Procfile one per process. Exported for the rules of other families (production
 * targeting) that read the same commands.
 */
export function shellSources(path: string, text: string, read?: ReadRepoFile): SourceRead {
  if (isWorkflow(path)) return workflowSources(path, text, read);
  if (isMakefile(path)) return makefileSources(text, path, read);
  if (isDockerfile(path)) return dockerfileSources(path, text);
  if (isEarthfile(path)) return dockerfileSources(path, text, true);
  if (isJustfile(path)) return justfileSources(text);
  if (isProcfile(path)) return procfileSources(text);
  if (isConfigCommandFile(path)) return configCommandSources(path, text);
  if (yamlCommandKind(path) || isWorkloadManifest(path, text) || isIncludedCiFile(path, text)) {
    return yamlCommandSources(path, text, read);
  }
  if (isPowerShellScript(path)) return { sources: [{ text, toFile: shiftBy(0), language: 'powershell' }], notes: [] };
  if (isBatchScript(path)) return { sources: [{ text, toFile: shiftBy(0), language: 'batch' }], notes: [] };
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
