import type { FamilyChecker } from '../../../core/checker.js';
import { runRules } from '../../../core/checker.js';
import { CDK_IMPORT, iacLanguageOf, PULUMI_IMPORT, readsCodeIac } from './applies.js';
import type { Rule } from '../../../core/rule.js';
import { readCodeResources, type CodeRead } from '../../../parsers/iac-code/resources.js';
import { isPulumiYamlPath, readPulumiYaml } from '../../../parsers/iac-code/pulumi-yaml.js';
import { loadGrammar } from '../../../parsers/tree-sitter/loader.js';
import { cdkAutoDeleteObjects } from '../cdk-auto-delete-objects.js';
import { cdkBucketExpiresEverything } from '../cdk-bucket-expires-everything.js';
import { cdkRemovalPolicyDestroy } from '../cdk-removal-policy-destroy.js';
import type { CodeIacDocument } from './code-iac-document.js';
import { isPulumiStackConfig, stackConfigFindings, stackPrograms } from './pulumi-stack-config.js';
import { localExports } from '../../../parsers/iac-code/local-modules.js';
import { codeDeletionProtectionDisabled } from '../code-deletion-protection-disabled.js';
import { codeReplacementArgument } from '../code-replacement-argument.js';
import { codeSafeguardWeakened } from '../code-safeguard-weakened.js';
import { pulumiDeleteBeforeReplace } from '../pulumi-delete-before-replace.js';
import { pulumiProtectDisabled } from '../pulumi-protect-disabled.js';
import { removedCodeStatefulResource } from '../removed-code-stateful-resource.js';

const PROGRAM_LANGUAGES = ['typescript', 'python', 'go', 'csharp'] as const;

export const codeIacRules: readonly Rule<CodeIacDocument>[] = [
  cdkRemovalPolicyDestroy,
  cdkAutoDeleteObjects,
  cdkBucketExpiresEverything,
  codeDeletionProtectionDisabled,
  pulumiProtectDisabled,
  pulumiDeleteBeforeReplace,
  removedCodeStatefulResource,
  codeSafeguardWeakened,
  codeReplacementArgument,
];

/** CDK apps and Pulumi programs in TypeScript/JavaScript and Python, and Pulumi YAML programs. */
export const codeIacChecker: FamilyChecker = {
  family: 'iac',
  rules: codeIacRules,
  appliesTo: readsCodeIac,
  async prepare(file) {
    // A stack's settings are judged against the program beside it, in whichever language it is.
    if (isPulumiStackConfig(file.path)) {
      for (const language of new Set(PROGRAM_LANGUAGES)) await loadGrammar(language);
      return;
    }
    const language = iacLanguageOf(file.path);
    if (language) await loadGrammar(language);
  },
  check(file, _policy, context) {
    const textsOf = (side: 'base' | 'head') => {
      const texts = new Map((context.neighbours ?? []).map((n) => [n.path, n.text]));
      for (const f of context.files) {
        const text = side === 'head' ? f.headText : f.baseText;
        const path = side === 'head' ? f.path : (f.previousPath ?? f.path);
        if (text !== undefined) texts.set(path, text);
        else texts.delete(path);
      }
      return texts;
    };
    if (isPulumiStackConfig(file.path)) {
      if (file.status === 'removed') return { findings: [], notes: [] };
      const texts = textsOf('head');
      const programs = stackPrograms(file.path, texts);
      const notes = programs.length
        ? []
        : [`${file.path}: no Pulumi program was found for it, so its values were not judged`];
      return { findings: stackConfigFindings(file.path, file.baseText, file.text, programs), notes };
    }
    const notes: string[] = [];
    const either = file.text || (file.baseText ?? '');
    const read = (text: string, side: string): CodeRead => {
      if (isPulumiYamlPath(file.path)) {
        const result = readPulumiYaml(text);
        if (result.syntaxError && side === 'head') throw new Error('the Pulumi YAML program does not parse');
        return result;
      }
      const language = iacLanguageOf(file.path)!;
      const texts = textsOf(side === 'head' ? 'head' : 'base');
      const path = side === 'head' ? file.path : (file.previousPath ?? file.path);
      const result = readCodeResources(
        text,
        language,
        localExports(path, language, (p) => texts.get(p)),
      );
      if (result.syntaxError)
        notes.push(
          `${file.path}: the ${side} version has syntax errors; its resources were read as far as the parser could`,
        );
      return result;
    };
    const doc: CodeIacDocument = {
      path: file.path,
      cdk: CDK_IMPORT.test(either),
      pulumi: PULUMI_IMPORT.test(either) || isPulumiYamlPath(file.path),
      head: file.status === 'removed' ? { resources: [], members: [], syntaxError: false } : read(file.text, 'head'),
    };
    if (file.baseText !== undefined) doc.base = read(file.baseText, 'base');
    return { findings: runRules(codeIacRules, doc, () => false), notes };
  },
};
