import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { loadedGrammars } from '../../../../src/parsers/tree-sitter/loader.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../../../helpers/change-set.js';

// Each test file runs in its own worker, so the loader starts here with no grammar loaded; the
// tests run in order and each adds what it loads to what the previous one left.
describe('grammar loading for application code', () => {
  it('loads no grammar for a change without code: SQL, Spring configuration, docs', async () => {
    await check(
      changeSetOf([
        addedFile('db/migrations/V7__add_index.sql', 'CREATE INDEX idx_orders_status ON orders (status);\n'),
        addedFile('src/main/resources/application.properties', 'spring.jpa.hibernate.ddl-auto=validate\n'),
        addedFile('README.md', '# orders\n'),
      ]),
      defaultPolicy(),
    );
    expect(loadedGrammars()).toEqual([]);
  });

  it('loads Java alone for a Java file that runs no command', async () => {
    const java =
      'class Report {\n  int count() { return jdbc.queryForObject("SELECT count(*) FROM orders", Integer.class); }\n}\n';
    await check(changeSetOf([addedFile('src/main/java/Report.java', java)]), defaultPolicy());
    expect(loadedGrammars()).toEqual(['java']);
  });

  it('loads Kotlin and Rust only for their files, and bash only when code shells out', async () => {
    await check(
      changeSetOf([
        addedFile('src/main/kotlin/A.kt', 'fun a() = exec("SELECT 1")\n'),
        addedFile('src/lib.rs', 'pub fn b() -> u8 { 1 }\n'),
      ]),
      defaultPolicy(),
    );
    expect(loadedGrammars().sort()).toEqual(['java', 'kotlin', 'rust']);
    await check(
      changeSetOf([addedFile('src/bin/x.rs', 'fn main() { Command::new("ls").status().unwrap(); }\n')]),
      defaultPolicy(),
    );
    expect(loadedGrammars().sort()).toEqual(['bash', 'java', 'kotlin', 'rust']);
  });
});
