import type { FamilyChecker } from '../../core/checker.js';
import { runRules } from '../../core/checker.js';
import { LineIndex } from '../../core/lines.js';
import { mapSpan } from '../../parsers/offset-map.js';
import { parseShell, type ShellCommand } from '../../parsers/shell/commands.js';
import { loadGrammar } from '../../parsers/tree-sitter/loader.js';
import type { ShellDocument } from './document.js';
import { shellRules } from './index.js';
import { isPackageJson, shellSources, type ShellSource } from './sources.js';

const SCRIPT_EXTENSION = /\.(sh|bash)$/i;

/** `#!/bin/sh`, `#!/usr/bin/env bash`, `#!/usr/bin/env -S bash -e`: a file the shell runs, whatever its name. */
const SHEBANG = /^#![ \t]*(?:\S*\/)?(?:env[ \t]+(?:-\S+[ \t]+)*)?(?:\S*\/)?(?:ba|da|a)?sh(?:[ \t]|$)/;

export const shellChecker: FamilyChecker = {
  family: 'shell',
  rules: shellRules,
  appliesTo(path: string, text: string) {
    return isPackageJson(path) || SCRIPT_EXTENSION.test(path) || SHEBANG.test(text.slice(0, 200).split('\n', 1)[0]!);
  },
  prepare: async () => {
    await loadGrammar('bash');
  },
  check({ path, text }) {
    const { sources, notes } = shellSources(path, text);
    const commands: ShellCommand[] = [];
    for (const source of sources) {
      const parsed = parseShell(source.text);
      commands.push(...parsed.commands.map((c) => toFile(c, source)));
      if (parsed.syntaxError !== undefined) notes.push(syntaxNote(path, text, source, parsed.syntaxError));
    }
    const doc: ShellDocument = { path, text, commands };
    // Rollback-only shell (a revert/ script) comes from the policy's paths, which the engine applies.
    return { findings: runRules(shellRules, doc, () => false), notes };
  },
};

function toFile(command: ShellCommand, source: ShellSource): ShellCommand {
  const map = source.toFile;
  return {
    ...command,
    span: mapSpan(map, command.span),
    argSpans: command.argSpans.map((s) => mapSpan(map, s)),
    envAssignments: command.envAssignments.map((e) => ({ ...e, span: mapSpan(map, e.span) })),
  };
}

function syntaxNote(path: string, text: string, source: ShellSource, offset: number): string {
  const line = new LineIndex(text).lineOf(source.toFile(offset));
  const where = source.label ? `${source.label} (line ${line})` : `line ${line}`;
  return `${path}: shell syntax error in ${where}; its commands were read as far as the parser could`;
}
