import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { checkCsharpSyntax } from './check-csharp-syntax';
import { csharpSyntaxProblems } from './csharp-syntax';

// The C# glue is never compiled here: `npm run check:csharp-syntax` (CI) and this suite parse it
// with tree-sitter's C# grammar so a syntax slip fails before anyone builds it against Kentico.

/** Language features the glue relies on; an older grammar would report them as errors. */
const MODERN_CSHARP = `
namespace Acme;
public sealed record Line(string Sku, decimal Quantity);
internal sealed class Reader(IInfoProvider<OrderInfo> orders) : Page<Props>
{
    private static readonly string[] Names = ["a", "b"];
    public required string Name { get; init; }
    [PageCommand(Permission = SystemPermissions.VIEW)]
    public async Task<ICommandResponse> Refresh(CancellationToken ct) =>
        ResponseFrom(new { adminToken = await orders.Get().TopN(1).GetCountAsync(ct) is > 0 ? "x" : "" });
}
`;

describe('C# syntax check (tree-sitter C# grammar)', () => {
  it('finds no syntax error in modern C# of the kind the glue is written in', async () => {
    await expect(csharpSyntaxProblems(MODERN_CSHARP)).resolves.toEqual([]);
  });

  it('reports text it cannot place as ERROR at its line and column', async () => {
    const problems = await csharpSyntaxProblems('class A\n{\n    void M() { int x = ; }\n}\n');
    expect(problems).toEqual([expect.objectContaining({ line: 3, kind: 'ERROR' })]);
  });

  it('reports a token it had to assume as MISSING', async () => {
    const problems = await csharpSyntaxProblems('class A\n{\n    void M() { int x = 1 }\n}\n');
    expect(problems).toEqual([expect.objectContaining({ line: 3, column: 25, kind: 'MISSING ;' })]);
  });

  it('lists file:line:column of a broken file among good ones', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bpkc-csharp-'));
    try {
      mkdirSync(path.join(dir, 'Events'));
      writeFileSync(path.join(dir, 'Good.cs'), 'namespace A;\npublic class Good { }\n');
      writeFileSync(path.join(dir, 'Events', 'Broken.cs'), 'namespace A;\npublic class {\n');
      const report = await checkCsharpSyntax(dir);
      expect(report.files).toBe(2);
      expect(report.problems.length).toBeGreaterThan(0);
      const brokenFile = path.join(path.basename(dir), 'Events', 'Broken.cs');
      expect(report.problems.every((p) => p.startsWith(`${brokenFile}:2:`))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('every .cs file of kentico-admin-module parses without syntax errors', async () => {
    const report = await checkCsharpSyntax();
    expect(report.files).toBeGreaterThan(50);
    expect(report.problems).toEqual([]);
  });
});
