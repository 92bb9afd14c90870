import type { FamilyChecker } from '../../../core/checker.js';
import { runRules } from '../../../core/checker.js';
import { looksLikeStackPolicy, readsCloudFormation } from './applies.js';
import type { Rule } from '../../../core/rule.js';
import { looksLikeCloudFormation, readTemplate } from '../../../parsers/cloudformation/template.js';
import type { CfnDocument } from './cloudformation-document.js';
import { cfnDeletionPolicyDelete } from '../cfn-deletion-policy-delete.js';
import { cfnDeletionProtectionDisabled } from '../cfn-deletion-protection-disabled.js';
import { cfnReplacementProperty } from '../cfn-replacement-property.js';
import { removedCfnStatefulResource } from '../removed-cfn-stateful-resource.js';
import { cfnBucketExpiresEverything } from '../cfn-bucket-expires-everything.js';
import { cfnStackPolicyWeakened, stackPolicyOf } from '../cfn-stack-policy-weakened.js';
import { cfnSafeguardWeakened } from '../cfn-safeguard-weakened.js';

export const cloudFormationRules: readonly Rule<CfnDocument>[] = [
  cfnDeletionPolicyDelete,
  cfnDeletionProtectionDisabled,
  removedCfnStatefulResource,
  cfnReplacementProperty,
  cfnBucketExpiresEverything,
  cfnStackPolicyWeakened,
  cfnSafeguardWeakened,
];

/** CloudFormation and SAM templates, YAML or JSON, recognised by their content. */
export const cloudFormationChecker: FamilyChecker = {
  family: 'iac',
  rules: cloudFormationRules,
  appliesTo: readsCloudFormation,
  prepare: () => Promise.resolve(),
  check(file) {
    const doc: CfnDocument = { path: file.path };
    const notes: string[] = [];
    const policyBase = stackPolicyOf(file.baseText);
    if (policyBase) {
      doc.policyBase = policyBase;
      const policyHead = file.status === 'removed' ? undefined : stackPolicyOf(file.text);
      if (policyHead) doc.policyHead = policyHead;
      if (looksLikeStackPolicy(file.path, file.baseText ?? ''))
        return { findings: runRules(cloudFormationRules, doc, () => false), notes };
    }
    if (file.status !== 'removed') {
      const head = readTemplate(file.text);
      // A file that is clearly a template but does not parse cannot be checked: fail closed.
      if (head.template === undefined && head.error !== undefined)
        throw new Error(`the CloudFormation template does not parse (${head.error})`);
      if (head.template) doc.head = head.template;
    }
    if (file.baseText !== undefined && looksLikeCloudFormation(file.baseText)) {
      const base = readTemplate(file.baseText);
      if (base.template) doc.base = base.template;
      else if (base.error !== undefined)
        notes.push(
          `${file.path}: the base version of the template does not parse; removed resources were not compared`,
        );
    }
    return { findings: runRules(cloudFormationRules, doc, () => false), notes };
  },
};
