import { KENTICO_MEMBERS } from './kentico-api-members';
import {
  allCode,
  apiSection,
  backtickSpans,
  csharp,
  kenticoAttributes,
  kenticoInfoTypes,
  missingFromTable,
  tableRows,
  unconfirmedComments,
} from './kentico-api-table';

// docs/kentico-extension.md keeps a table of every Kentico API member the (never compiled) C#
// uses, each with a public Kentico repository using it the same way. These checks keep the table
// complete: a Kentico member used in the C# and missing from the table fails the suite.

describe('Kentico extension: the table of Kentico APIs the C# uses', () => {
  it('reports a member that the table lacks (the check itself)', () => {
    const table = '### x\n\n| member | … |\n| --- | --- |\n| `WhereEquals`, `UserInfo` | … |\n';
    expect(missingFromTable(['WhereEquals', 'User', 'TopN'], table)).toEqual(['User', 'TopN']);
  });

  it('lists every Kentico member of kentico-api-members.ts', () => {
    expect(
      missingFromTable(
        KENTICO_MEMBERS.map(([name]) => name),
        apiSection(),
      ),
    ).toEqual([]);
  });

  it('kentico-api-members.ts names only members the C# still uses', () => {
    const code = allCode();
    const unused = KENTICO_MEMBERS.filter(([, inCode]) =>
      typeof inCode === 'string' ? !code.includes(inCode) : !inCode.test(code),
    );
    expect(unused.map(([name]) => name)).toEqual([]);
  });

  it('lists every Kentico namespace the C# imports', () => {
    const imports = [...allCode().matchAll(/^using\s+((?:CMS|Kentico)(?:\.\w+)*)\s*;/gm)];
    const namespaces = [...new Set(imports.map((m) => m[1]!))];
    expect(namespaces.length).toBeGreaterThan(5);
    expect(missingFromTable(namespaces, apiSection())).toEqual([]);
  });

  it('lists every Kentico Info class the C# uses', () => {
    const rows = tableRows(apiSection()).join('\n');
    const infos = kenticoInfoTypes();
    expect(infos).toEqual(expect.arrayContaining(['OrderInfo', 'UserInfo', 'DataClassInfo']));
    expect(infos.filter((name) => !new RegExp(`\\b${name}\\b`).test(rows))).toEqual([]);
  });

  it('lists every Kentico attribute the C# applies', () => {
    const rows = tableRows(apiSection()).join('\n');
    const attributes = kenticoAttributes();
    expect(attributes).toEqual(expect.arrayContaining(['UIPage', 'PageCommand']));
    const inTable = (name: string) => new RegExp(`\`\\[(assembly: )?${name}\\b`).test(rows);
    expect(attributes.filter((name) => !inTable(name))).toEqual([]);
  });

  it('marks each UNCONFIRMED or differing row at its use site in the C#', () => {
    const flagged = tableRows(apiSection()).filter((row) => /UNCONFIRMED|\*\*no\*\*/.test(row));
    expect(flagged.length).toBeGreaterThan(0);
    const comments = csharp().flatMap(({ text }) => unconfirmedComments(text));
    const unmarked = flagged.flatMap((row) =>
      backtickSpans(row.split('|')[1]!)
        .map((span) => span.split('.').pop()!.replace(/\W.*$/, ''))
        .filter((name) => !comments.some((comment) => comment.includes(name))),
    );
    expect(unmarked).toEqual([]);
  });

  it('links every reference to a public Kentico repository at a fixed commit', () => {
    const section = apiSection();
    const defined = [...section.matchAll(/^\[([\w-]+)\]: (\S+)$/gm)];
    const unpinned = defined.filter(
      ([, , url]) =>
        !/^https:\/\/github\.com\/Kentico\/[\w.-]+\/blob\/[0-9a-f]{40}\/\S+#L\d+(-L\d+)?$/.test(
          url!,
        ),
    );
    expect(unpinned.map(([line]) => line)).toEqual([]);
    const ids = new Set(defined.map(([, id]) => id));
    const used = [...section.matchAll(/\]\[([\w-]+)\]/g)].map((m) => m[1]!);
    expect(used.filter((id) => !ids.has(id))).toEqual([]);
  });
});
