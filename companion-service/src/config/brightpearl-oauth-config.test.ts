import { loadLiveConfig, parseEnv } from './load-config';
import { minimalMappingFile } from './test-mapping-file';
import { TEST_ENCRYPTION_KEY_HEX, TEST_KENTICO_SECRET } from './test-secrets';

const HEX_KEY = TEST_ENCRYPTION_KEY_HEX;

function liveEnv(extra: Record<string, string>) {
  const mapping = minimalMappingFile();
  return parseEnv({
    BRIGHTPEARL_BASE_URL: 'https://euw1.brightpearlconnect.com',
    BRIGHTPEARL_ACCOUNT_CODE: 'acme',
    BRIGHTPEARL_APP_REF: 'app',
    KENTICO_BRIDGE_URL: 'https://shop.example.com/bpconnect/v1',
    KENTICO_SHARED_SECRET: TEST_KENTICO_SECRET,
    MAPPING_FILE: mapping,
    PUBLIC_URL: 'https://companion.example.com/',
    ...extra,
  });
}

describe('configuration: Brightpearl OAuth', () => {
  it('reads TOKEN_ENCRYPTION_KEY as hex or base64, 32 bytes, without echoing it', () => {
    expect(parseEnv({ TOKEN_ENCRYPTION_KEY: HEX_KEY }).TOKEN_ENCRYPTION_KEY).toHaveLength(32);
    const base64 = Buffer.alloc(32, 7).toString('base64');
    expect(parseEnv({ TOKEN_ENCRYPTION_KEY: base64 }).TOKEN_ENCRYPTION_KEY).toEqual(
      Buffer.alloc(32, 7),
    );
    expect(() => parseEnv({ TOKEN_ENCRYPTION_KEY: 'too-short-key' })).toThrow(
      /TOKEN_ENCRYPTION_KEY: must be 32 bytes/,
    );
    expect(() => parseEnv({ TOKEN_ENCRYPTION_KEY: 'too-short-key' })).not.toThrow(/too-short/);
  });

  it('oauth mode requires the dev ref and the encryption key, not a static access token', () => {
    expect(() => loadLiveConfig(liveEnv({ BRIGHTPEARL_AUTH_MODE: 'oauth' }))).toThrow(
      /BRIGHTPEARL_DEV_REF, TOKEN_ENCRYPTION_KEY/,
    );
    const config = loadLiveConfig(
      liveEnv({
        BRIGHTPEARL_AUTH_MODE: 'oauth',
        BRIGHTPEARL_DEV_REF: 'dev',
        TOKEN_ENCRYPTION_KEY: HEX_KEY,
      }),
    );
    expect(config.brightpearl.oauth).toMatchObject({
      oauthBaseUrl: 'https://oauth.brightpearlapp.com',
      redirectUrl: 'https://companion.example.com/oauth/brightpearl/callback',
      clientSecret: undefined,
    });
    const auth = config.brightpearl.auth;
    if (auth.mode !== 'oauth' || typeof auth.accessToken === 'string') throw new Error(auth.mode);
    return expect(Promise.resolve().then(auth.accessToken)).rejects.toThrow(/not connected/);
  });

  it('takes an explicit redirect URL, OAuth host and client secret', () => {
    const config = loadLiveConfig(
      liveEnv({
        BRIGHTPEARL_AUTH_MODE: 'oauth',
        BRIGHTPEARL_DEV_REF: 'dev',
        BRIGHTPEARL_ACCESS_TOKEN: 'legacy-token',
        BRIGHTPEARL_CLIENT_SECRET: 'confidential',
        BRIGHTPEARL_OAUTH_BASE_URL: 'https://oauth.brightpearl.com',
        BRIGHTPEARL_OAUTH_REDIRECT_URL: 'https://proxy.example.com/bp/callback',
        TOKEN_ENCRYPTION_KEY: HEX_KEY,
      }),
    );
    expect(config.brightpearl.oauth).toMatchObject({
      oauthBaseUrl: 'https://oauth.brightpearl.com',
      redirectUrl: 'https://proxy.example.com/bp/callback',
      clientSecret: 'confidential',
    });
    expect(config.brightpearl.auth).toMatchObject({ mode: 'oauth', accessToken: 'legacy-token' });
  });

  it('account-token mode has no OAuth settings', () => {
    const config = loadLiveConfig(liveEnv({ BRIGHTPEARL_ACCOUNT_TOKEN: 'token' }));
    expect(config.brightpearl.oauth).toBeUndefined();
  });
});
