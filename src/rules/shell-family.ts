import { httpGraphqlFindings } from './code/lib/http-graphql.js';
import { shellCheckerWith } from './shell/lib/checker.js';

/** The shell family, with the GraphQL mutations that curl posts read by the code family's reader. */
export const shellChecker = shellCheckerWith([httpGraphqlFindings]);
