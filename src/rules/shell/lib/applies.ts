import { holdsCommandsIn } from './sources/recognise.js';

const SCRIPT_EXTENSION = /\.(sh|bash)$/i;

/** `#!/bin/sh`, `#!/usr/bin/env bash`, `#!/usr/bin/env -S bash -e`: a file the shell runs, whatever its name. */
const SHEBANG = /^#![ \t]*(?:\S*\/)?(?:env[ \t]+(?:-\S+[ \t]+)*)?(?:\S*\/)?(?:ba|da|a)?sh(?:[ \t]|$)/;

/** Whether a file holds commands: a script by name or shebang, or a kind with commands in it (workflows, Makefiles...). */
export function isShellSource(path: string, text: string): boolean {
  return (
    holdsCommandsIn(path, text) || SCRIPT_EXTENSION.test(path) || SHEBANG.test(text.slice(0, 200).split('\n', 1)[0]!)
  );
}
