import type { Overview } from '@bpkc/shared-types';

import { ConnectionHealth } from '../observability/connection-health';
import { withLiveHealth } from './connection-health';

const derived = (status: 'ok' | 'unknown', at: string | null): Overview['connections'] => ({
  brightpearl: { status, lastSuccessAt: at, detail: null },
  kentico: { status, lastSuccessAt: at, detail: null },
});

describe('connection health on the admin screens', () => {
  it('keeps the derived health when no call says otherwise', () => {
    const live = new ConnectionHealth();
    expect(withLiveHealth(derived('unknown', null), live)).toEqual(derived('unknown', null));
    expect(withLiveHealth(derived('ok', '2026-01-01T00:00:00.000Z'), undefined)).toEqual(
      derived('ok', '2026-01-01T00:00:00.000Z'),
    );
  });

  it('counts any successful call (e.g. a webhook registration) before any order flowed', () => {
    const live = new ConnectionHealth();
    live.record('brightpearl', 200);
    const merged = withLiveHealth(derived('unknown', null), live);
    expect(merged.brightpearl.status).toBe('ok');
    expect(merged.brightpearl.lastSuccessAt).not.toBeNull();
    expect(merged.kentico.status).toBe('unknown');
  });

  it('shows refused credentials and an outage at once, keeping the last success', () => {
    const live = new ConnectionHealth();
    live.record('brightpearl', 401);
    for (let i = 0; i < 3; i += 1) live.record('kentico', 503);
    const merged = withLiveHealth(derived('ok', '2026-01-01T00:00:00.000Z'), live);
    expect(merged.brightpearl).toEqual({
      status: 'unauthorised',
      lastSuccessAt: '2026-01-01T00:00:00.000Z',
      detail: 'credentials refused or missing on the latest call',
    });
    expect(merged.kentico.status).toBe('down');
  });

  it('shows a Brightpearl authorisation that ends unless the merchant reconnects', () => {
    const live = new ConnectionHealth();
    live.record('brightpearl', 200);
    live.noteReconnectBy('brightpearl', new Date('2026-03-01T11:00:00Z'));
    const merged = withLiveHealth(derived('ok', '2026-01-01T00:00:00.000Z'), live);
    expect(merged.brightpearl).toMatchObject({
      status: 'degraded',
      detail: 'authorisation ends 2026-03-01T11:00:00.000Z: reconnect before then',
    });
    expect(merged.kentico.status).toBe('ok');
  });
});
