import { execSync } from 'node:child_process';

export function wipe() {
  execSync('rm -rf /var/lib/postgresql/data');
}
