import type { Rule } from '../../core/rule.js';
import { hasOption, readArgs } from './lib/args.js';
import { at, commandsRunning, display, type ShellDocument } from './lib/document.js';

const WITH_VALUE = ['-chdir', '-var', '-var-file', '-target', '-state', '-out', '-lock-timeout', '-parallelism'];

type MessageId = 'destroy' | 'unattended' | 'stateRm' | 'workspaceDelete' | 'replace';

export const terraformDestroy: Rule<ShellDocument, MessageId> = {
  meta: {
    id: 'shell/terraform-destroy',
    family: 'shell',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      '`terraform destroy`, `apply -destroy`, `apply -replace`, `state rm` or `workspace delete` (also OpenTofu and Terragrunt): infrastructure, and the data it holds, is deleted or forgotten.',
    messages: {
      destroy: '{program} {how} deletes every resource of the configuration, databases and volumes with their data',
      unattended:
        '{program} {how} -auto-approve deletes every resource of the configuration without a confirmation prompt',
      stateRm:
        '{program} state rm {address} forgets resources, so the next apply creates them again empty or a destroy misses them',
      workspaceDelete: '{program} workspace delete {name} drops the state of a whole workspace',
      replace:
        '{program} {how} -replace={address} destroys the resource and creates it again empty (a database or volume loses its data)',
    },
    examples: {
      invalid: [
        { code: 'cd infra/prod\nterraform destroy -auto-approve -input=false\n', line: 2, path: 'scripts/rebuild.sh' },
        {
          code: 'jobs:\n  tf:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          terraform init\n          terraform apply -destroy -auto-approve\n',
          line: 7,
          path: '.github/workflows/tf.yml',
        },
        { code: 'nuke:\n\ttofu state rm module.db\n', line: 2, path: 'Makefile' },
        { code: 'TF=terraform\n$TF workspace delete staging\n', line: 2, path: 'scripts/x.sh' },
        { code: 'terraform apply -auto-approve -replace=aws_db_instance.main\n', line: 1, path: 'scripts/x.sh' },
      ],
      valid: [
        { code: 'terraform plan -destroy -out=destroy.tfplan\nterraform apply tfplan\n', path: 'scripts/x.sh' },
        { code: 'echo "terraform destroy"\n', path: 'scripts/x.sh' },
      ],
    },
  },
  check(doc, report) {
    for (const command of commandsRunning(doc, 'terraform', 'tofu', 'terragrunt')) {
      const program = command.argv[0]!.split('/').pop()!;
      const args = readArgs(command.argv, WITH_VALUE);
      const operands = args.positionals.map((p) => p.value);
      // `terragrunt run-all destroy` runs the subcommand in every module.
      const verbs = operands[0] === 'run-all' || operands[0] === 'run' ? operands.slice(1) : operands;
      const auto = hasOption(
        args,
        '-auto-approve',
        '--auto-approve',
        '--terragrunt-non-interactive',
        '--non-interactive',
      );
      const how =
        verbs[0] === 'destroy'
          ? 'destroy'
          : verbs[0] === 'apply' && hasOption(args, '-destroy', '--destroy')
            ? 'apply -destroy'
            : undefined;
      if (how) report({ messageId: auto ? 'unattended' : 'destroy', data: { program, how }, ...at(command) });
      else if (verbs[0] === 'apply' && replaced(command.argv) !== undefined)
        report({
          messageId: 'replace',
          data: { program, how: 'apply', address: display(replaced(command.argv)!) },
          ...at(command),
        });
      else if (verbs[0] === 'state' && verbs[1] === 'rm')
        report({ messageId: 'stateRm', data: { program, address: display(verbs.slice(2).join(' ')) }, ...at(command) });
      else if (verbs[0] === 'workspace' && verbs[1] === 'delete')
        report({ messageId: 'workspaceDelete', data: { program, name: display(verbs[2] ?? '') }, ...at(command) });
    }
  },
};

/** The address of `-replace=ADDR` or `-replace ADDR` (terraform's options take one dash and `=`). */
function replaced(argv: readonly string[]): string | undefined {
  for (let i = 1; i < argv.length; i++) {
    const m = /^--?replace(=(.*))?$/.exec(argv[i]!);
    if (m) return m[1] !== undefined ? m[2]! : (argv[i + 1] ?? '');
  }
  return undefined;
}
