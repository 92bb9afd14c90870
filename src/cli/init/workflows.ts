import { ACTION_REPOSITORY } from '../../core/version.js';

/**
 * The two workflow files the README tells users to paste, and that `two-key init` writes. A test
 * holds the README's blocks to these texts, so the two never drift apart.
 */

/** Where the Action is published: its repository and the major tag that each release moves. */
export const ACTION_REF = `${ACTION_REPOSITORY}@v1`;

export const GATE_WORKFLOW_PATH = '.github/workflows/two-key.yml';
export const BRIDGE_WORKFLOW_PATH = '.github/workflows/two-key-review-bridge.yml';
export const POLICY_PATH = '.github/two-key.yml';

export function gateWorkflow(actionRef: string = ACTION_REF): string {
  return `name: two-key
on:
  pull_request_target:
    types: [opened, synchronize, reopened, edited, ready_for_review, labeled, unlabeled]
  merge_group:
  workflow_run:
    workflows: [two-key review bridge]
    types: [completed]
  workflow_dispatch:
    inputs:
      pull-request:
        description: Pull request number to re-check
        required: true
permissions:
  contents: read
  pull-requests: write
  statuses: write
  checks: write
concurrency:
  group: two-key-\${{ github.event.pull_request.number || github.event.workflow_run.pull_requests[0].number || inputs.pull-request || github.event.workflow_run.head_sha || github.event.merge_group.head_sha }}
  cancel-in-progress: true
jobs:
  two-key:
    runs-on: ubuntu-latest
    # Holds the App's key; its deployment branches: the default branch (and gh-readonly-queue/main/*
    # with a merge queue), so no other branch's workflow can mint the token.
    environment: two-key
    steps:
      - id: app
        uses: actions/create-github-app-token@v1
        with:
          app-id: \${{ vars.TWO_KEY_APP_ID }}
          private-key: \${{ secrets.TWO_KEY_APP_KEY }}
      - uses: ${actionRef}
        with:
          app-token: \${{ steps.app.outputs.token }}
          pull-request: \${{ inputs.pull-request }}
`;
}

export const BRIDGE_WORKFLOW = `name: two-key review bridge
on:
  pull_request_review:
    types: [submitted, edited, dismissed]
permissions: {}
jobs:
  bridge:
    runs-on: ubuntu-latest
    steps:
      - run: echo "review on \${{ github.event.pull_request.head.sha }}"
`;
