import { describeEntry } from './timeline-text';

const at = '2026-12-01T10:00:00.000Z';

describe('timeline entries in plain words', () => {
  it('says what failed and why, without codes', () => {
    const text = describeEntry({
      at,
      kind: 'failure',
      title: 'order: unmapped-shipping-method',
      details: {
        failureId: 3,
        message: 'shipping method "PigeonPost" is not mapped',
        resolvedAt: null,
      },
    });
    expect(text.title).toBe('Sync failed: Unmapped shipping method');
    expect(text.lines).toEqual(['shipping method "PigeonPost" is not mapped']);
  });

  it('names who did what, and which fields an edit changed (never their values)', () => {
    const edit = describeEntry({
      at,
      kind: 'audit',
      title: 'order.edit by alice',
      details: { failureId: 3, recordKey: 'x', fields: ['shipping.postcode', 'customerEmail'] },
    });
    expect(edit).toEqual({
      title: 'alice corrected the order before retrying',
      lines: ['Changed: shipping postcode, customer e-mail'],
    });
    expect(describeEntry({ at, kind: 'audit', title: 'failure.replay by bob' }).title).toBe(
      'bob replayed the failed sync',
    );
  });

  it('summarises events and milestones', () => {
    expect(describeEntry({ at, kind: 'event', title: 'kentico order.created' }).title).toBe(
      'Kentico: order created',
    );
    const synced = describeEntry({
      at,
      kind: 'milestone',
      title: 'synced to Brightpearl',
      details: { brightpearlOrderId: 12, attempts: 1, trigger: 'replay', mappingVersion: 2 },
    });
    expect(synced).toEqual({
      title: 'Synced to Brightpearl',
      lines: ['Brightpearl order 12', 'After 1 attempt', 'Started by: Replay', 'Mapping version 2'],
    });
  });
});
