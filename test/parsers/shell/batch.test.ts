import { describe, expect, it } from 'vitest';
import { parseBatch } from '../../../src/parsers/shell/batch.js';
import { DYNAMIC } from '../../../src/parsers/shell/commands.js';

const argvs = (text: string) => parseBatch(text).commands.map((c) => c.argv);
const at = (text: string) => parseBatch(text).commands.map((c) => text.slice(c.span.start, c.span.end));

describe('parseBatch', () => {
  it('splits statements at newlines, &, && and ||, skips comments and labels, and reads the command of if and for', () => {
    const text =
      '@echo off\r\nREM rd /s /q D:\\x\r\n:: note\r\n:top\r\nif exist D:\\pg rd /s /q D:\\pg & echo done\r\nfor %%i in (a b) do del /q %%i\r\n';
    expect(argvs(text)).toEqual([
      ['echo', 'off'],
      ['rm', '-rf', '/pg'],
      ['echo', 'done'],
      ['rm', '-f', DYNAMIC],
    ]);
    expect(at(text)[1]).toBe('rd /s /q D:\\pg');
  });

  it('reads rd, del and format as their POSIX twins, keeps a program folder and drops .exe', () => {
    expect(
      argvs(
        'rmdir /s D:\\a\ndel /f /s /q "C:\\x y\\*"\nformat E: /q /y\ncall scripts\\seed.bat\nC:\\Tools\\PSQL.EXE -c "drop table t"',
      ),
    ).toEqual([
      ['rm', '-r', '/a'],
      ['rm', '-rf', '/x y/*'],
      ['mkfs', '/dev/disk/E:'],
      ['scripts/seed.bat'],
      ['/Tools/psql', '-c', 'drop table t'],
    ]);
  });

  it('reads cmd /c and start for what they run, and %VAR% as a run-time value', () => {
    expect(argvs('cmd /c "rd /s /q D:\\pgdata"\nstart "" /b psql -c "DROP TABLE x"\ndropdb %DB%')).toEqual([
      ['rm', '-rf', '/pgdata'],
      ['psql', '-c', 'DROP TABLE x'],
      ['dropdb', DYNAMIC],
    ]);
  });

  it('never throws on unbalanced quotes or groups', () => {
    expect(() => parseBatch('if ( "a\n) ) ^')).not.toThrow();
  });
});
