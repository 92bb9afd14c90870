/** Kept in step with package.json by a test. */
export const VERSION = '0.1.0';

/** The Action's repository on GitHub; release tags `vX.Y.Z` and the moving major tag live there. */
export const ACTION_REPOSITORY = 'two-key/two-key';
