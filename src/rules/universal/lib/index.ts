import type { Rule } from '../../../core/rule.js';
import type { UniversalDocument } from './document.js';
import { unrecognisedCommand } from '../unrecognised-command.js';
import { unrecognisedSql } from '../unrecognised-sql.js';

export const universalRules: readonly Rule<UniversalDocument>[] = [unrecognisedSql, unrecognisedCommand];
