import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { bicepProblems } from './bicep-rules';

const repoRoot = join(__dirname, '..', '..');
const templates = [
  'infra/main.bicep',
  ...readdirSync(join(repoRoot, 'infra', 'modules')).map((name) => `infra/modules/${name}`),
];

describe('the Azure templates (infra/*.bicep)', () => {
  it.each(templates)('%s parses and keeps the rules', async (template) => {
    expect(await bicepProblems(join(repoRoot, template))).toEqual([]);
  });
});

describe('the structural Bicep check finds what the compiler would refuse', () => {
  let dir: string;
  const template = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bicep-check-'));
    mkdirSync(join(dir, 'modules'));
    template(
      'modules/child.bicep',
      "param required string\nparam optional string = 'x'\noutput id string = '${required}${optional}'\n",
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [
      'unbalanced braces',
      "resource r 'A.B/c@2024-01-01' = {\n  name: 'r'\n",
      /cannot parse|missing/,
    ],
    ['an undeclared name', 'output o string = nowhere\n', /'nowhere' is used but never declared/],
    ['an unused param', 'param lonely string\n', /param 'lonely' is declared but never used/],
    [
      'a resource without API version',
      "resource r 'A.B/c' = {\n  name: 'r'\n}\n",
      /no Namespace\/type@api-version/,
    ],
    [
      'a secret without @secure()',
      'param adminPassword string\noutput o int = length(adminPassword)\n',
      /needs @secure\(\)/,
    ],
    [
      'a secure param with a default',
      "@secure()\nparam apiToken string = 'abc'\noutput o int = length(apiToken)\n",
      /must not have a default/,
    ],
    [
      'a module path that does not exist',
      "module m 'modules/none.bicep' = {\n  name: 'm'\n}\n",
      /does not exist/,
    ],
    [
      'a module param left out',
      "module m 'modules/child.bicep' = {\n  name: 'm'\n  params: { optional: 'y' }\n}\n",
      /needs param 'required'/,
    ],
    [
      'a module param it does not declare',
      "module m 'modules/child.bicep' = {\n  name: 'm'\n  params: { required: 'a', extra: 'b' }\n}\n",
      /has no param 'extra'/,
    ],
    [
      'an output the module does not declare',
      "module m 'modules/child.bicep' = {\n  name: 'm'\n  params: { required: 'a' }\n}\noutput o string = m.outputs.missing\n",
      /has no output 'missing'/,
    ],
  ])('%s', async (_case, text, expected) => {
    const problems = await bicepProblems(template('main.bicep', text));
    expect(problems.join('\n')).toMatch(expected);
  });

  it('accepts a clean template using a module, a lambda and a secure param', async () => {
    const problems = await bicepProblems(
      template(
        'main.bicep',
        [
          '@secure()',
          'param dbPassword string',
          "var names = map(['a'], n => toUpper(n))",
          "module m 'modules/child.bicep' = {",
          "  name: 'm'",
          '  params: { required: names[0] }',
          '}',
          'output id string = m.outputs.id',
          'output size int = length(dbPassword)',
          '',
        ].join('\n'),
      ),
    );
    expect(problems).toEqual([]);
  });
});
