import { parsePeakOptions } from './peak-options';

describe('parsePeakOptions', () => {
  it('defaults to the issue’s proof: 1,000 orders, cap 200, share 0.8, 40 % new customers', () => {
    const options = parsePeakOptions([], {});
    expect(options).toMatchObject({
      instances: 1,
      orders: 1000,
      cap: 200,
      share: 0.8,
      newCustomers: 0.4,
      serverUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
    });
    expect(options.timeoutMs).toBe(55 * 60_000);
  });

  it('reads the flags and TEST_DATABASE_URL', () => {
    const options = parsePeakOptions(['--instances', '3', '--orders', '100', '--share', '0.5'], {
      TEST_DATABASE_URL: 'postgres://postgres@db:5432/test',
    });
    expect(options).toMatchObject({ instances: 3, orders: 100, share: 0.5 });
    expect(options.serverUrl).toBe('postgres://postgres@db:5432/test');
  });

  it('refuses unknown flags and values out of range, naming them', () => {
    expect(() => parsePeakOptions(['--instancez', '3'], {})).toThrow(/instancez/);
    expect(() => parsePeakOptions(['--orders', 'many'], {})).toThrow(/--orders/);
    expect(() => parsePeakOptions(['--share', '1.5'], {})).toThrow(/--share/);
  });
});
