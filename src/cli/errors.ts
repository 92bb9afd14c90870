/** Bad input from the user or the repository; `message` is one line. */
export class GitInputError extends Error {
  override name = 'GitInputError';
}

/** The policy file `--policy` names cannot be read. */
export class PolicyFileMissing extends Error {}
