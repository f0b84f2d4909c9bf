import { ConfigError, loadLiveConfig, parseEnv } from './load-config';
import { liveEnv, TEST_ADMIN_SECRET, TEST_KENTICO_SECRET } from './test-secrets';

const withAdmin = (extra: Record<string, string> = {}) => ({
  ...liveEnv(),
  ADMIN_TOKEN_SECRET: TEST_ADMIN_SECRET,
  ADMIN_ORIGIN: 'https://admin.shop.example.com',
  INSTALLATION_ID: 'shop-uk',
  ...extra,
});
const load = (env: Record<string, string>) => () => loadLiveConfig(parseEnv(env));

describe('configuration: refusing weak secrets and plain http in live mode', () => {
  it('accepts random secrets, one per role, and https (http on loopback)', () => {
    const config = loadLiveConfig(parseEnv(withAdmin()));
    expect(config.insecureSettings).toBeUndefined();
  });

  it.each([
    ['repeated characters', 'KENTICO_SHARED_SECRET', 's'.repeat(32), /too easy to guess/],
    ['a repeated pattern', 'KENTICO_SHARED_SECRET', '0123456789abcdef'.repeat(2), /too easy/],
    [
      'a changeme placeholder',
      'ADMIN_TOKEN_SECRET',
      'changeme-changeme-0123456789abcdef',
      /placeholder/,
    ],
    ['a weak previous secret', 'ADMIN_TOKEN_SECRET_PREVIOUS', 'ab'.repeat(16), /too easy/],
    ['a weak metrics token', 'METRICS_TOKEN', 'metrics-'.repeat(4), /too easy/],
    ['an all-zero AES key', 'TOKEN_ENCRYPTION_KEY', '0'.repeat(64), /not random/],
    ['http bridge', 'KENTICO_BRIDGE_URL', 'http://shop.example.com/bpconnect/v1', /https/],
    ['http public URL', 'PUBLIC_URL', 'http://companion.example.com', /https/],
    ['http admin origin', 'ADMIN_ORIGIN', 'http://admin.shop.example.com', /https/],
  ])('refuses %s, naming %s', (...[, name, value, message]) => {
    const attempt = load(withAdmin({ [name]: value }));
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(new RegExp(`${name}.*${message.source}`));
  });

  it('refuses the same secret for the admin tokens and the Kentico signing', () => {
    expect(load(withAdmin({ ADMIN_TOKEN_SECRET: TEST_KENTICO_SECRET }))).toThrow(
      /ADMIN_TOKEN_SECRET must differ from KENTICO_SHARED_SECRET/,
    );
    expect(load(withAdmin({ ADMIN_TOKEN_SECRET_PREVIOUS: TEST_KENTICO_SECRET }))).toThrow(
      /ADMIN_TOKEN_SECRET_PREVIOUS must differ from KENTICO_SHARED_SECRET/,
    );
    expect(load(withAdmin({ METRICS_TOKEN: TEST_ADMIN_SECRET }))).toThrow(
      /ADMIN_TOKEN_SECRET must differ from METRICS_TOKEN/,
    );
  });

  it('names every problem at once, never the secret itself', () => {
    const weak = 'changeme-changeme-0123456789abcdef';
    const attempt = load(
      withAdmin({ KENTICO_SHARED_SECRET: weak, PUBLIC_URL: 'http://companion.example.com' }),
    );
    expect(attempt).toThrow(/KENTICO_SHARED_SECRET[\s\S]*PUBLIC_URL/);
    expect(attempt).not.toThrow(new RegExp(weak));
  });

  it('ALLOW_INSECURE_CONFIG=true starts anyway and hands the problems over to be logged', () => {
    const config = loadLiveConfig(
      parseEnv({
        ...liveEnv(),
        KENTICO_SHARED_SECRET: 'x'.repeat(32),
        ALLOW_INSECURE_CONFIG: 'true',
      }),
    );
    expect(config.insecureSettings).toEqual([expect.stringMatching(/^KENTICO_SHARED_SECRET/)]);
    expect(() => parseEnv({ ALLOW_INSECURE_CONFIG: 'yes' })).toThrow(/ALLOW_INSECURE_CONFIG/);
  });
});
