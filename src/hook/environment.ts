/** `$NAME` and `${NAME...}` in a command: the variables it reads, found to be set from the hook's environment. */
const REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;

/** Variables the shell sets on its own or that never name a target. */
const IGNORED = new Set(['PWD', 'OLDPWD', 'HOME', 'PATH', 'SHELL', 'USER', 'RANDOM', 'LINENO', 'SECONDS', 'IFS']);

/**
 * Assignments to put before a command so the command family sees what `$PROD_DATABASE_URL`
 * really is when the agent runs it: the hook runs with the agent's environment. A variable the
 * hook cannot resolve stays an expansion, which the rules read as a target they cannot know.
 */
export function environmentPrelude(command: string, env: Readonly<Record<string, string | undefined>>): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const match of command.matchAll(REFERENCE)) {
    const name = match[1]!;
    if (seen.has(name) || IGNORED.has(name)) continue;
    seen.add(name);
    const value = env[name];
    if (value === undefined || value.includes('\n')) continue;
    lines.push(`${name}=${shellQuote(value)}`);
  }
  return lines;
}

export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", "'\\''")}'`;
}
