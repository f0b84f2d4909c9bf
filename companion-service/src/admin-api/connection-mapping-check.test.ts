import request from 'supertest';

import { createLookupService } from '../lookups';
import { createMappingAccountCheck } from '../mapping';
import type { Logger } from '../observability/logger';
import { createSilentLogger } from '../observability/logger';
import { bearer, type Harness, MAPPING, openHarness, token } from './test-harness';

const VIEW = bearer(token(['view']));

/** A logger that keeps its warnings, to check what reaches the log. */
function recordingLogger(): Logger & { warnings: Array<[string, unknown]> } {
  const warnings: Array<[string, unknown]> = [];
  return Object.assign(Object.create(createSilentLogger()) as Logger, {
    warnings,
    warn: (message: string, fields?: unknown) => void warnings.push([message, fields]),
  });
}

describe('admin API: the mapping checked against the connected account', () => {
  let harness: Harness;
  let logger: ReturnType<typeof recordingLogger>;
  const call = (method: 'get' | 'post' | 'put', path: string, auth = bearer()) =>
    request(harness.app)[method](`/api/v1${path}`).set('Authorization', auth);

  beforeAll(async () => {
    harness = await openHarness();
    logger = recordingLogger();
    const lookups = createLookupService({ ...harness.platforms, logger });
    harness.platforms.connection.mappingCheck = createMappingAccountCheck({
      lookups,
      mappings: harness.mappings,
      logger,
    });
  });
  afterAll(() => harness.close());

  it('shows "not checked yet" without a platform call', async () => {
    const res = await call('get', '/connection', VIEW).expect(200);
    expect(res.body.mappingCheck).toEqual({ checkedAt: null, mappingVersion: null, issues: [] });
    expect(harness.platforms.brightpearl.calls).toHaveLength(0);
  });

  it('names each value the account lacks, on the screen and in the log, and keeps serving', async () => {
    // The account behind the companion changed: its only channel is now 5, shipping method 1 gone.
    const { brightpearl } = harness.platforms;
    brightpearl.getChannels = async () => [{ id: 5, name: 'Other shop' }];
    brightpearl.getShippingMethods = async () => [{ id: 2, name: 'DPD' }];

    const checked = await call('post', '/connection/mapping-check', VIEW).expect(200);
    expect(checked.body).toEqual({
      checkedAt: expect.any(String),
      mappingVersion: 1,
      issues: [
        {
          path: 'brightpearl.channelId',
          message: 'Brightpearl channel 1 does not exist (the account has 5 "Other shop")',
          severity: 'error',
        },
        {
          path: 'shippingMethods.Standard',
          message: 'Brightpearl shipping method 1 does not exist (the account has 2 "DPD")',
          severity: 'error',
        },
      ],
    });
    const shown = await call('get', '/connection', VIEW).expect(200);
    expect(shown.body.mappingCheck).toEqual(checked.body);
    expect(logger.warnings).toEqual([
      [
        'The mapping does not fit the connected Brightpearl account',
        expect.objectContaining({
          reason: 'operator',
          mappingVersion: 1,
          errors: 2,
          issues: [
            'brightpearl.channelId: Brightpearl channel 1 does not exist (the account has 5 "Other shop")',
            'shippingMethods.Standard: Brightpearl shipping method 1 does not exist (the account has 2 "DPD")',
          ],
        }),
      ],
    ]);
  });

  it('checks again after a save, so the screen follows the mapping that runs', async () => {
    const fixed = {
      ...MAPPING,
      brightpearl: { ...MAPPING.brightpearl, channelId: 5 },
      shippingMethods: { Standard: 2 },
    };
    await call('put', '/mappings').send({ mapping: fixed }).expect(200);
    const deadline = Date.now() + 10_000;
    let shown = (await call('get', '/connection', VIEW).expect(200)).body.mappingCheck;
    while (shown.mappingVersion !== 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      shown = (await call('get', '/connection', VIEW).expect(200)).body.mappingCheck;
    }
    expect(shown).toEqual({ checkedAt: expect.any(String), mappingVersion: 2, issues: [] });
  });
});
