import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../../../helpers/change-set.js';

/** `ruleId:line` of the blocking findings of one added file, production findings aside. */
async function blocking(path: string, text: string): Promise<string[]> {
  const d = await check(changeSetOf([addedFile(path, text)]), defaultPolicy());
  return d.findings.filter((f) => f.blocking && f.kind !== 'production').map((f) => `${f.ruleId}:${f.line}`);
}

describe('commands of dev environments and hooks, read precisely', () => {
  it('reads a dev container lifecycle command written as a string, an argv array and an object (JSONC)', async () => {
    expect(
      await blocking(
        '.devcontainer/devcontainer.json',
        '{\n  // comment\n  "name": "x",\n  "postAttachCommand": ["aws", "s3", "rm", "s3://acme-data", "--recursive"],\n  "postStartCommand": {\n    "deps": "npm ci",\n    "wipe": "terraform destroy -auto-approve",\n  },\n}\n',
      ),
    ).toEqual(['shell/aws-delete:4', 'shell/terraform-destroy:7']);
  });

  it('allows a dev container resetting its own local database', async () => {
    expect(
      await blocking(
        '.devcontainer/devcontainer.json',
        '{\n  "postCreateCommand": "npm ci && bin/rails db:reset"\n}\n',
      ),
    ).toEqual([]);
  });

  it('reads .envrc, husky and .githooks files as shell without a shebang', async () => {
    expect(await blocking('.envrc', 'layout node\naws dynamodb delete-table --table-name events\n')).toEqual([
      'shell/aws-delete:2',
    ]);
    expect(await blocking('.husky/post-merge', 'npm ci\nterraform destroy -auto-approve\n')).toEqual([
      'shell/terraform-destroy:2',
    ]);
    expect(await blocking('.githooks/post-checkout', 'kubectl delete namespace payments\n')).toEqual([
      'shell/kubectl-delete:1',
    ]);
  });

  it('reads Lefthook run, pre-commit entry and Gitpod task commands', async () => {
    expect(
      await blocking(
        'lefthook.yml',
        'pre-commit:\n  commands:\n    lint:\n      run: npx eslint .\n    wipe:\n      run: terraform destroy -auto-approve\n',
      ),
    ).toEqual(['shell/terraform-destroy:6']);
    expect(
      await blocking(
        '.pre-commit-config.yaml',
        'repos:\n  - repo: local\n    hooks:\n      - id: x\n        name: x\n        entry: terraform destroy -auto-approve\n        language: system\n',
      ),
    ).toEqual(['shell/terraform-destroy:6']);
    expect(
      await blocking('.gitpod.yml', 'tasks:\n  - init: npm ci\n    command: kubectl delete namespace payments\n'),
    ).toEqual(['shell/kubectl-delete:3']);
  });
});

describe('commands of CI/CD systems, read precisely', () => {
  it('reads Cloud Build args as the argv of the builder the image names, or of the entrypoint', async () => {
    expect(
      await blocking(
        'cloudbuild.yaml',
        "steps:\n  - name: gcr.io/cloud-builders/docker\n    args: ['build', '.']\n  - name: gcr.io/cloud-builders/kubectl\n    args: ['delete', 'namespace', 'payments']\n  - name: gcr.io/google.com/cloudsdktool/cloud-sdk\n    entrypoint: bash\n    args:\n      - -c\n      - |\n        echo start\n        terraform destroy -auto-approve\n",
      ),
    ).toEqual(['shell/kubectl-delete:5', 'shell/terraform-destroy:12']);
  });

  it('reads CodeBuild phases, Travis stages, Drone and Woodpecker commands, Beanstalk container_commands', async () => {
    expect(
      await blocking(
        'buildspec.yml',
        'version: 0.2\nphases:\n  build:\n    commands:\n      - npm ci\n    finally:\n      - terraform destroy -auto-approve\n',
      ),
    ).toEqual(['shell/terraform-destroy:7']);
    expect(
      await blocking('.travis.yml', 'script:\n  - npm test\nafter_success:\n  - terraform destroy -auto-approve\n'),
    ).toEqual(['shell/terraform-destroy:4']);
    expect(
      await blocking(
        '.woodpecker/deploy.yml',
        'steps:\n  - name: x\n    image: alpine\n    commands:\n      - kubectl delete namespace payments\n',
      ),
    ).toEqual(['shell/kubectl-delete:5']);
    expect(
      await blocking(
        '.ebextensions/01.config',
        'container_commands:\n  01_reset:\n    command: "python manage.py flush --noinput"\n',
      ),
    ).toEqual(['shell/migration-tool-reset:3']);
  });

  it('reads Nx run-commands targets, Netlify and Wrangler build commands and .replit run', async () => {
    expect(
      await blocking(
        'apps/api/project.json',
        '{\n  "targets": {\n    "reset": {\n      "executor": "nx:run-commands",\n      "options": { "commands": ["npm run build", { "command": "terraform destroy -auto-approve" }] }\n    }\n  }\n}\n',
      ),
    ).toEqual(['shell/terraform-destroy:5']);
    expect(
      await blocking('netlify.toml', '[context.production]\n  command = "terraform destroy -auto-approve"\n'),
    ).toEqual(['shell/terraform-destroy:2']);
    expect(
      await blocking(
        'wrangler.toml',
        'name = "api"\n[build]\ncommand = "wrangler d1 execute db --remote --command \'DROP TABLE users\'"\n',
      ),
    ).toEqual(['sql/drop-table:3']);
    expect(await blocking('.replit', 'run = "terraform destroy -auto-approve"\n')).toEqual([
      'shell/terraform-destroy:1',
    ]);
  });

  it('allows wrangler d1 execute against the local copy', async () => {
    expect(
      await blocking('wrangler.toml', '[build]\ncommand = "wrangler d1 execute db --command \'DROP TABLE users\'"\n'),
    ).toEqual([]);
  });

  it('reads an Earthfile RUN after Earthly flags, a --push step included', async () => {
    expect(
      await blocking(
        'Earthfile',
        'VERSION 0.8\nFROM alpine\nbuild:\n    RUN rm -rf node_modules && npm ci\npublish:\n    RUN --push --secret AWS_KEY aws s3 rm s3://acme-media --recursive\n',
      ),
    ).toEqual(['shell/aws-delete:6']);
  });
});
