import { describe, expect, it } from 'vitest';
import { GRAMMARS, loadGrammar, type GrammarName } from '../../src/parsers/tree-sitter/loader.js';

const samples: Record<GrammarName, string> = {
  bash: 'rm -rf /tmp/x',
  ruby: 'class A < ActiveRecord::Migration[7.1]; end',
  python: 'def upgrade():\n    pass\n',
  javascript: 'exports.up = () => {}',
  typescript: 'export async function up(): Promise<void> {}',
  tsx: 'const a = <div />;',
  php: '<?php class A extends Migration {}',
  csharp: 'class A : Migration { }',
  elixir: 'defmodule A do\nend',
  hcl: 'resource "aws_db_instance" "main" {}',
  go: 'package main',
  java: 'class Cleanup { void run() { jdbc.execute("SELECT 1"); } }',
  kotlin: 'fun main() { transaction { exec("SELECT 1") } }',
  rust: 'fn main() { let _ = sqlx::query("SELECT 1"); }',
};

describe('the grammar loader', () => {
  for (const name of Object.keys(GRAMMARS) as GrammarName[]) {
    it(`parses ${name} without errors`, async () => {
      const parser = await loadGrammar(name);
      const tree = parser.parse(samples[name])!;
      expect(tree.rootNode.hasError).toBe(false);
    });
  }
});
