import { httpSettings, parseEnv } from './load-config';

describe('HTTP settings from the environment', () => {
  it('defaults: one trusted proxy hop (App Service), explicit timeouts, generous limits', () => {
    const http = httpSettings(parseEnv({}));
    expect(http).toMatchObject({
      trustProxyHops: 1,
      timeouts: { headersMs: 20_000, requestMs: 60_000, keepAliveMs: 240_000 },
      rateLimits: { adminPerMinute: 600, oauthPerMinute: 60, webhooksPerMinute: 600 },
    });
    expect(http.metricsToken).toBeUndefined();
  });

  it('reads every setting, and refuses a short metrics token', () => {
    const http = httpSettings(
      parseEnv({
        TRUST_PROXY_HOPS: '0',
        METRICS_TOKEN: 'm'.repeat(8) + '-0123456789abcdef-0123456789',
        HTTP_HEADERS_TIMEOUT_SECONDS: '5',
        HTTP_REQUEST_TIMEOUT_SECONDS: '30',
        HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: '300',
        RATE_LIMIT_ADMIN_PER_MINUTE: '100',
        RATE_LIMIT_OAUTH_PER_MINUTE: '10',
        RATE_LIMIT_WEBHOOKS_PER_MINUTE: '20000',
      }),
    );
    expect(http).toMatchObject({
      trustProxyHops: 0,
      timeouts: { headersMs: 5_000, requestMs: 30_000, keepAliveMs: 300_000 },
      rateLimits: { adminPerMinute: 100, oauthPerMinute: 10, webhooksPerMinute: 20000 },
    });
    expect(() => parseEnv({ METRICS_TOKEN: 'short' })).toThrow('METRICS_TOKEN');
  });
});
