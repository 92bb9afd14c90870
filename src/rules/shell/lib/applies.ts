import type { ChangeContext } from '../../../core/checker.js';
import { isSourced, scanSourced, type SourcedPaths } from '../../../parsers/shell/sources-file.js';
import { holdsCommandsIn } from './sources/recognise.js';

const SCRIPT_EXTENSION = /\.(sh|bash|ps1|psm1|bat|cmd)$/i;

/**
 * Files the shell runs by where they are, with no extension or shebang needed: direnv's `.envrc`
 * (sourced on entering the directory), husky and `.githooks` hooks, Elastic Beanstalk platform hooks.
 */
const SCRIPT_PATH = /(^|\/)(\.envrc|\.husky\/(?!_\/|\.)[^/]+|\.githooks\/[^/.]+|\.platform\/(conf)?hooks\/.+)$/;

/** `#!/bin/sh`, `#!/usr/bin/env bash`, `#!/usr/bin/env -S bash -e`: a file the shell runs, whatever its name. */
const SHEBANG = /^#![ \t]*(?:\S*\/)?(?:env[ \t]+(?:-\S+[ \t]+)*)?(?:\S*\/)?(?:ba|da|a)?sh(?:[ \t]|$)/;

/** Whether a file holds commands: a script by name or shebang, or a kind with commands in it (workflows, Makefiles...). */
export function isShellSource(path: string, text: string): boolean {
  // Several families ask about the same file in a row: the last answer is kept.
  if (path !== last.path || text !== last.text) {
    const shell =
      holdsCommandsIn(path, text) ||
      SCRIPT_EXTENSION.test(path) ||
      SCRIPT_PATH.test(path) ||
      SHEBANG.test(text.slice(0, 200).split('\n', 1)[0]!);
    last = { path, text, shell };
  }
  return last.shell;
}

let last = { path: '', text: '', shell: false };

/** What the change's scripts, the untouched files read with it and the base workflows source, once per change. */
const sourcedInChange = new WeakMap<ChangeContext, SourcedPaths>();

/**
 * A file whose name says nothing (`ci/release.env`, `lib/common`) is shell when a script, a
 * workflow step or a Dockerfile of the repository sources it: its top-level commands run there.
 * The texts are scanned once per change (SQL files source nothing), not once per file asked about.
 */
export function isSourcedByAnother(path: string, context: ChangeContext): boolean {
  let sourced = sourcedInChange.get(context);
  if (!sourced) {
    sourced = { paths: new Set<string>(), absolute: [] };
    for (const f of context.files)
      if (f.headText !== undefined && !/\.sql$/i.test(f.path)) scanSourced(f.path, f.headText, sourced);
    for (const t of [...(context.neighbours ?? []), ...(context.baseWorkflows ?? [])])
      scanSourced(t.path, t.text, sourced);
    sourcedInChange.set(context, sourced);
  }
  return isSourced(path, sourced);
}
