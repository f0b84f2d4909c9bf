import type { RegistrationResult } from '../brightpearl/webhooks';
import { createWebhookStatusTracker } from './webhook-status';

const result = (ids: Record<string, number>): RegistrationResult => ({
  created: [],
  kept: Object.keys(ids),
  deleted: 0,
  ids,
});

describe('webhook status', () => {
  let expected = ['a', 'b'];
  const tracker = createWebhookStatusTracker({
    expectedEvents: () => expected,
    now: () => new Date('2026-02-01T10:00:00.000Z'),
  });

  it('is unknown until a registration ran', async () => {
    expect(await tracker.snapshot()).toEqual({
      state: 'unknown',
      checkedAt: null,
      expected: 2,
      subscriptions: [
        { event: 'a', registered: false, id: null },
        { event: 'b', registered: false, id: null },
      ],
    });
  });

  it('follows the last registration and the events the mapping needs now', async () => {
    await tracker.track(async () => result({ a: 1, b: 2 }));
    expect(await tracker.snapshot()).toMatchObject({
      state: 'registered',
      checkedAt: '2026-02-01T10:00:00.000Z',
    });
    expected = ['a', 'b', 'c'];
    expect(await tracker.snapshot()).toMatchObject({ state: 'partial', expected: 3 });
    expected = ['c'];
    expect((await tracker.snapshot()).state).toBe('missing');
  });

  it('is unknown after a failed run, keeping what was last known', async () => {
    expected = ['a'];
    await expect(tracker.track(() => Promise.reject(new Error('503')))).rejects.toThrow('503');
    expect(await tracker.snapshot()).toEqual({
      state: 'unknown',
      checkedAt: '2026-02-01T10:00:00.000Z',
      expected: 1,
      subscriptions: [{ event: 'a', registered: true, id: 1 }],
    });
  });
});
