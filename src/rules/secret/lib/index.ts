import type { Rule } from '../../../core/rule.js';
import { committedToken } from '../committed-token.js';
import { connectionStringPassword } from '../connection-string-password.js';
import type { SecretDocument } from './document.js';
import { privateKey } from '../private-key.js';

export const secretRules: readonly Rule<SecretDocument>[] = [committedToken, connectionStringPassword, privateKey];
