import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { runCli } from './cli';
import { compareOutput, describeDifference, writeOutput } from './output-dir';

const FILES = [
  { fileName: 'A.g.cs', content: 'a\n' },
  { fileName: 'B.g.cs', content: 'b\n' },
  { fileName: 'C.g.cs', content: 'c\n' },
];

describe('the generated folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'csharp-contracts-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reports stale, missing and extra files, and writing fixes all three', () => {
    writeOutput(dir, FILES);
    writeFileSync(path.join(dir, 'A.g.cs'), 'edited by hand\n');
    unlinkSync(path.join(dir, 'B.g.cs'));
    writeFileSync(path.join(dir, 'Old.g.cs'), 'old\n');
    writeFileSync(path.join(dir, 'C.g.cs'), 'c\r\n'); // a CRLF checkout is not stale

    const difference = compareOutput(dir, FILES);
    expect(difference).toEqual({ stale: ['A.g.cs'], missing: ['B.g.cs'], extra: ['Old.g.cs'] });
    expect(describeDifference(difference, 'Generated')).toContain('  extra:   Old.g.cs');

    writeOutput(dir, FILES);
    expect(compareOutput(dir, FILES)).toEqual({ stale: [], missing: [], extra: [] });
    expect(readFileSync(path.join(dir, 'A.g.cs'), 'utf8')).toBe('a\n');
  });

  it('--check exits 1 naming each difference, and 0 once generated', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };

    expect(await runCli(['--out', dir], io)).toBe(0);
    writeFileSync(path.join(dir, 'Bridge.g.cs'), '// changed\n');
    unlinkSync(path.join(dir, 'Order.g.cs'));
    writeFileSync(path.join(dir, 'Stray.g.cs'), '');

    expect(await runCli(['--check', '--out', dir], io)).toBe(1);
    const message = err.join('');
    expect(message).toContain('stale:   Bridge.g.cs');
    expect(message).toContain('missing: Order.g.cs');
    expect(message).toContain('extra:   Stray.g.cs');
    expect(message).toContain('npm run generate:csharp');

    expect(await runCli(['--out', dir], io)).toBe(0);
    expect(await runCli(['--check', '--out', dir], io)).toBe(0);
  });

  it('rejects unknown arguments with exit code 1', async () => {
    const err: string[] = [];
    expect(await runCli(['--chek'], { out: () => undefined, err: (t) => err.push(t) })).toBe(1);
    expect(err.join('')).toContain('Usage');
  });
});
