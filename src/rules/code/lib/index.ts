import type { Rule } from '../../../core/rule.js';
import { assembledDestructiveName } from '../assembled-destructive-name.js';
import { cloudSdkDelete } from '../cloud-sdk-delete.js';
import type { CodeDocument } from './document.js';
import { disguisedText } from '../disguised-text.js';
import { codeDynamicSql } from '../dynamic-sql.js';
import { datastoreWipe } from '../datastore-wipe.js';
import { deleteOverListing } from '../delete-over-listing.js';
import { schemaReset } from '../schema-reset.js';
import { graphqlInfraDelete } from '../graphql-infra-delete.js';
import { productionTarget } from '../production-target.js';
import { providerHttpDelete } from '../provider-http-delete.js';
import { skipFinalSnapshot } from '../skip-final-snapshot.js';
import { unboundedOrmDelete } from '../unbounded-orm-delete.js';

export const codeRules: readonly Rule<CodeDocument>[] = [
  graphqlInfraDelete,
  cloudSdkDelete,
  providerHttpDelete,
  unboundedOrmDelete,
  schemaReset,
  datastoreWipe,
  deleteOverListing,
  codeDynamicSql,
  skipFinalSnapshot,
  assembledDestructiveName,
  disguisedText,
  productionTarget,
];
