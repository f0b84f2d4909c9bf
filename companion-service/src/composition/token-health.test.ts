import { ConnectionHealth } from '../observability/connection-health';
import { reportingMissingTokens } from './token-health';

const oauth = (accessToken: () => Promise<string>) =>
  ({ mode: 'oauth', appRef: 'app', devRef: 'dev', accessToken }) as const;

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
});
