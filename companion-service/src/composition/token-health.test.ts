import { ConnectionHealth } from '../observability/connection-health';
import { reportingMissingTokens } from './token-health';

const oauth = (accessToken: () => Promise<string>, reconnectBy?: () => Promise<Date | null>) =>
  ({ mode: 'oauth', appRef: 'app', devRef: 'dev', accessToken, reconnectBy }) as const;

describe('missing OAuth tokens count as refused credentials', () => {
  it('records a refusal when no token can be had, and passes the error on', async () => {
    const health = new ConnectionHealth();
    const auth = reportingMissingTokens(
      oauth(() => Promise.reject(new Error('reconnect required'))),
      health,
    );
    if (auth.mode !== 'oauth' || typeof auth.accessToken === 'string') throw new Error('shape');
    await expect(auth.accessToken()).rejects.toThrow('reconnect required');
    expect(health.state('brightpearl')).toBe('unauthorised');
  });

  it('changes nothing while tokens come', async () => {
    const health = new ConnectionHealth();
    const auth = reportingMissingTokens(
      oauth(() => Promise.resolve('t0k3n')),
      health,
    );
    if (auth.mode !== 'oauth' || typeof auth.accessToken === 'string') throw new Error('shape');
    await expect(auth.accessToken()).resolves.toBe('t0k3n');
    expect(health.state('brightpearl')).toBe('unknown');
    const fixed = { mode: 'account-token', appRef: 'a', accountToken: 'b' } as const;
    expect(reportingMissingTokens(fixed, health)).toBe(fixed);
  });

  it('records when a working token stops unless the merchant reconnects, and clears it', async () => {
    const health = new ConnectionHealth();
    let endsAt: Date | null = new Date('2026-03-01T11:00:00Z');
    const auth = reportingMissingTokens(
      oauth(
        () => Promise.resolve('t0k3n'),
        () => Promise.resolve(endsAt),
      ),
      health,
    );
    if (auth.mode !== 'oauth' || typeof auth.accessToken === 'string') throw new Error('shape');
    await auth.accessToken();
    expect(health.reconnectBy('brightpearl')).toEqual(endsAt);
    expect(health.reconnectBy('kentico')).toBeNull();
    endsAt = null; // reconnected
    await auth.accessToken();
    expect(health.reconnectBy('brightpearl')).toBeNull();
  });
});
