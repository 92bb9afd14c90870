import { execSync } from 'node:child_process';

execSync('rm -rf dist');
