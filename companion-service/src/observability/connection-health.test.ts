import { ConnectionHealth } from './connection-health';

describe('connection health', () => {
  it('is unknown, then up, down after three failures in a row, and unauthorised on 401', () => {
    const health = new ConnectionHealth();
    expect(health.state('kentico')).toBe('unknown');
    health.record('kentico', 200);
    expect(health.state('kentico')).toBe('up');
    health.record('kentico', null);
    health.record('kentico', 502);
    expect(health.state('kentico')).toBe('up');
    health.record('kentico', 500);
    expect(health.state('kentico')).toBe('down');
    health.record('kentico', 204);
    expect(health.state('kentico')).toBe('up');
    health.record('brightpearl', 401);
    expect(health.state('brightpearl')).toBe('unauthorised');
    expect(health.lastSuccess('brightpearl')).toBeNull();
  });
});
