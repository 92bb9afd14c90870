import type { FamilyChecker } from '../../../core/checker.js';
import { runRules } from '../../../core/checker.js';
import type { Rule } from '../../../core/rule.js';
import { readCodeResources, type CodeLanguage, type CodeRead } from '../../../parsers/iac-code/resources.js';
import { isPulumiYamlPath, readPulumiYaml } from '../../../parsers/iac-code/pulumi-yaml.js';
import { loadGrammar } from '../../../parsers/tree-sitter/loader.js';
import { cdkAutoDeleteObjects } from '../cdk-auto-delete-objects.js';
import { cdkRemovalPolicyDestroy } from '../cdk-removal-policy-destroy.js';
import type { CodeIacDocument } from './code-iac-document.js';
import { isPulumiStackConfig, PULUMI_PROGRAMS, stackConfigFindings } from './pulumi-stack-config.js';
import { codeDeletionProtectionDisabled } from '../code-deletion-protection-disabled.js';
import { codeReplacementArgument } from '../code-replacement-argument.js';
import { codeSafeguardWeakened } from '../code-safeguard-weakened.js';
import { pulumiDeleteBeforeReplace } from '../pulumi-delete-before-replace.js';
import { pulumiProtectDisabled } from '../pulumi-protect-disabled.js';
import { removedCodeStatefulResource } from '../removed-code-stateful-resource.js';

export const codeIacRules: readonly Rule<CodeIacDocument>[] = [
  cdkRemovalPolicyDestroy,
  cdkAutoDeleteObjects,
  codeDeletionProtectionDisabled,
  pulumiProtectDisabled,
  pulumiDeleteBeforeReplace,
  removedCodeStatefulResource,
  codeSafeguardWeakened,
  codeReplacementArgument,
];

const CDK_IMPORT = /aws-cdk-lib|@aws-cdk\/|\baws_cdk\b/;
const PULUMI_IMPORT =
  /@pulumi\/|\bimport pulumi\b|\bfrom pulumi\b|\bimport pulumi_\w+|\bfrom pulumi_\w+|"github\.com\/pulumi\/pulumi[\w-]*\/sdk|\busing Pulumi\b/;

function languageOf(path: string): CodeLanguage | undefined {
  if (/\.d\.ts$/i.test(path)) return undefined;
  if (/\.tsx$/i.test(path)) return 'tsx';
  if (/\.(ts|mts|cts|js|mjs|cjs)$/i.test(path)) return 'typescript';
  if (/\.py$/i.test(path)) return 'python';
  if (/\.go$/i.test(path)) return 'go';
  if (/\.cs$/i.test(path)) return 'csharp';
  return undefined;
}

/** CDK apps and Pulumi programs in TypeScript/JavaScript and Python, and Pulumi YAML programs. */
export const codeIacChecker: FamilyChecker = {
  family: 'iac',
  rules: codeIacRules,
  appliesTo(path, text) {
    if (isPulumiYamlPath(path)) return /^resources\s*:/m.test(text);
    if (isPulumiStackConfig(path)) return /^config\s*:/m.test(text);
    return languageOf(path) !== undefined && (CDK_IMPORT.test(text) || PULUMI_IMPORT.test(text));
  },
  async prepare(file) {
    // A stack's settings are judged against the program beside it, in whichever language it is.
    if (isPulumiStackConfig(file.path)) {
      for (const language of new Set(PULUMI_PROGRAMS.map(([, l]) => l))) await loadGrammar(language);
      return;
    }
    const language = languageOf(file.path);
    if (language) await loadGrammar(language);
  },
  check(file, _policy, context) {
    if (isPulumiStackConfig(file.path)) {
      if (file.status === 'removed') return { findings: [], notes: [] };
      const dir = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/') + 1) : '';
      const texts = new Map((context.neighbours ?? []).map((n) => [n.path, n.text]));
      for (const f of context.files) if (f.headText !== undefined) texts.set(f.path, f.headText);
      const programs = PULUMI_PROGRAMS.flatMap(([name, language]) => {
        const text = texts.get(dir + name);
        return text === undefined ? [] : [{ path: dir + name, text, language }];
      });
      const notes = programs.length
        ? []
        : [`${file.path}: no Pulumi program was found beside it, so its values were not judged`];
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
      const result = readCodeResources(text, languageOf(file.path)!);
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
