import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/policy/shipped-resolved.ts
var policies = { "default": { "paths": { "include": ["**"], "exclude": ["vendor/**", "**/node_modules/**"], "nonBlocking": ["**/test/**", "**/tests/**", "**/__tests__/**", "**/spec/**", "**/fixtures/**", "**/testdata/**", "**/*.test.*", "**/*_test.*", "**/*.spec.*", "**/*_spec.*", "**/test_*.py", "**/conftest.py", "**/e2e/**", "**/cypress/**", "**/playwright/**", "**/{jest,vitest}.setup.*", "**/{jest,vitest}.global-setup.*", "**/src/*Test/**", "**/src/testFixtures/**", "**/__mocks__/**", "**/mocks/**", "**/golden/**", "**/__snapshots__/**", "docs/**", "**/*.md"], "rollback": ["**/*.down.sql", "**/down.sql", "**/*.rollback.sql", "**/U[0-9]*__*.sql", "**/U[0-9]*__*.java", "**/U[0-9]*__*.kt", "**/revert/**"] }, "families": { "sql": { "paths": ["**/*.sql", "**/*.sql.txt", "**/*.psql", "**/*.pgsql", "**/*.ddl", "**/*.hql", "**/*.pls", "**/*.pks", "**/*.pkb", "**/*.plsql", "**/*.tsql"], "dialects": {} } }, "rules": {}, "production": { "hosts": [], "databases": [], "projects": [], "kubeContexts": [], "workspaces": ["production", "prod"], "environments": ["production", "prod"], "directories": [] }, "approvals": { "default": { "count": 1, "from": [] }, "rules": [] }, "agents": { "logins": [], "emails": [], "trailers": [], "branchPrefixes": [], "bodyMarkers": [], "extraApprovals": 0, "warnBlocks": false }, "suppressions": { "allowAdded": false } }, "strict": { "paths": { "include": ["**"], "exclude": ["vendor/**", "**/node_modules/**"], "nonBlocking": ["**/test/**", "**/tests/**", "**/__tests__/**", "**/spec/**", "**/fixtures/**", "**/testdata/**", "**/*.test.*", "**/*_test.*", "**/*.spec.*", "**/*_spec.*", "**/test_*.py", "**/conftest.py", "**/e2e/**", "**/cypress/**", "**/playwright/**", "**/{jest,vitest}.setup.*", "**/{jest,vitest}.global-setup.*", "**/src/*Test/**", "**/src/testFixtures/**", "**/__mocks__/**", "**/mocks/**", "**/golden/**", "**/__snapshots__/**", "docs/**", "**/*.md"], "rollback": ["**/*.down.sql", "**/down.sql", "**/*.rollback.sql", "**/U[0-9]*__*.sql", "**/U[0-9]*__*.java", "**/U[0-9]*__*.kt", "**/revert/**"] }, "families": { "sql": { "paths": ["**/*.sql", "**/*.sql.txt", "**/*.psql", "**/*.pgsql", "**/*.ddl", "**/*.hql", "**/*.pls", "**/*.pks", "**/*.pkb", "**/*.plsql", "**/*.tsql"], "dialects": {} } }, "rules": {}, "production": { "hosts": [], "databases": [], "projects": [], "kubeContexts": [], "workspaces": ["production", "prod"], "environments": ["production", "prod"], "directories": [] }, "approvals": { "default": { "count": 2, "from": [] }, "rules": [] }, "agents": { "logins": [], "emails": [], "trailers": [], "branchPrefixes": [], "bodyMarkers": [], "extraApprovals": 1, "warnBlocks": true }, "suppressions": { "allowAdded": false } } };
function resolvedShippedPolicy(name) {
  return policies[name];
}

// src/policy/defaults.ts
var cachedDefault;
function defaultPolicy() {
  cachedDefault ??= resolvedShippedPolicy("default");
  return structuredClone(cachedDefault);
}

export {
  defaultPolicy
};
