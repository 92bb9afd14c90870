import { describe, expect, it } from 'vitest';
import { makefileAssignments } from '../../../../../src/rules/shell/lib/sources/makefile.js';
import { LineIndex } from '../../../../../src/core/lines.js';

const read = (text: string) => {
  const lines = new LineIndex(text);
  return makefileAssignments(text).map((a) => `${lines.lineOf(a.span.start)}:${a.name}=${a.value}`);
};

describe('makefileAssignments: every assignment operator, read by the recipe reader', () => {
  it('reads =, :=, ::=, ?=, += and override/export, each at its line', () => {
    const text = [
      'ENV = staging', // 1
      'DB_HOST := db.prod.internal', // 2
      'KUBE_CONTEXT ::= gke_acme-prod_us-central1_main', // 3
      'REGION ?= us-east-1', // 4
      'FLAGS = --yes', // 5
      'FLAGS += --env=production', // 6
      'override STAGE := prod', // 7
      'export RAILS_ENV := production', // 8
      '', // 9
      'deploy:', // 10
      '\tDB_HOST=x ./deploy.sh', // 11
    ].join('\n');
    expect(read(text)).toEqual([
      '1:ENV=staging',
      '2:DB_HOST=db.prod.internal',
      '3:KUBE_CONTEXT=gke_acme-prod_us-central1_main',
      '4:REGION=us-east-1',
      '5:FLAGS=--yes',
      '6:FLAGS=--yes --env=production',
      '7:STAGE=prod',
      '8:RAILS_ENV=production',
    ]);
  });

  it('leaves out target-specific variables, recipe lines, command output and make references', () => {
    const text = [
      'deploy: ENV = production', // 1: a target-specific variable, read with the rule
      'HOST != ./whoami.sh', // 2
      'URL := $(BASE)/db', // 3
      'deploy:', // 4
      '\tENV=prod ./run.sh', // 5
    ].join('\n');
    expect(read(text)).toEqual([]);
  });

  it('keeps the first value of ?= and reads a continued line whole', () => {
    const text = ['CTX := kind-dev', 'CTX ?= prod-eu1', 'HOSTS := a.internal \\', '  b.internal'].join('\n');
    expect(read(text)).toEqual(['1:CTX=kind-dev', '3:HOSTS=a.internal b.internal']);
  });
});
