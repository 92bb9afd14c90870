import type { Rule } from '../../../core/rule.js';
import type { EnvDocument } from './document.js';
import { newProductionTarget } from '../new-production-target.js';
import { productionTarget } from '../production-target.js';

export const envRules: readonly Rule<EnvDocument>[] = [productionTarget, newProductionTarget];
