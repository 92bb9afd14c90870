import { codeLanguageOf } from '../../../parsers/code/language.js';
import { isSpringConfig } from './spring-path.js';

/**
 * Whether the code family reads a file: application source or a Spring configuration. A file in
 * a migrations folder that no framework reader recognises is read as code, never by nobody.
 */
export function readsCode(path: string): boolean {
  return isSpringConfig(path) || codeLanguageOf(path) !== undefined;
}
