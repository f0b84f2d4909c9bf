import { labelChanges } from '@bpkc/shared-types';

import { parseCliArgs, UsageError } from './cli-args';
import { renderPreview } from './render-preview';

describe('npm run config arguments', () => {
  it('reads the command, the file and the options', () => {
    expect(parseCliArgs(['import', 'prod.json', '--yes', '--url', 'http://qa:4100'])).toEqual({
      command: 'import',
      file: 'prod.json',
      url: 'http://qa:4100',
      token: undefined,
      sandbox: false,
      yes: true,
      comment: undefined,
    });
    expect(parseCliArgs(['export']).file).toBeUndefined();
  });

  it.each([
    [[], 'command must be export, import or diff'],
    [['diff'], 'diff needs a file'],
    [['export', 'a.json', 'b.json'], 'unexpected argument "b.json"'],
    [['export', '--url'], '--url needs a value'],
    [['export', '--force'], 'unknown option --force'],
  ])('refuses %j as a usage error', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(new UsageError(message));
  });
});

describe('the preview in the terminal', () => {
  it('shows issues first, then each change in words, its path in brackets', () => {
    const changes = [
      { path: 'currencies', change: 'changed', before: ['GBP'], after: ['GBP', 'EUR'] },
      { path: 'rules.hold-big', change: 'removed', before: { id: 'hold-big', name: 'Big' } },
      { path: 'shippingMethods.Dpd', change: 'added', after: 2 },
    ] as const;
    const before = { rules: [{ id: 'hold-big', name: 'Big' }] };
    const names = { brightpearl: null, kentico: null };
    const lines = renderPreview({
      valid: false,
      issues: [{ path: 'configuration.channelId', message: 'no such channel', severity: 'error' }],
      changes: labelChanges([...changes], { before, names }),
      baseVersion: 4,
    });
    expect(lines).toEqual([
      'Issues (1):',
      '  ERROR configuration.channelId: no such channel',
      'Changes against version 4 (3):',
      '  ~ Currencies Brightpearl accepts: GBP, EUR, was GBP [currencies]',
      `  - Rule 1 'Big' (was {"id":"hold-big","name":"Big"}) [rules.hold-big]`,
      '  + Shipping method Dpd → Brightpearl shipping method: 2 [shippingMethods.Dpd]',
      'NOT valid for this environment: it would be refused.',
    ]);
  });
});
