import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ConfigError, isSandbox, loadLiveConfig, loadMappingFile, parseEnv } from './load-config';
import { minimalMappingFile } from './test-mapping-file';
import { liveEnv, TEST_ADMIN_SECRET, TEST_KENTICO_SECRET } from './test-secrets';

const mappingPath = minimalMappingFile;

describe('configuration', () => {
  it('is sandbox when no endpoint is configured', () => {
    expect(isSandbox(parseEnv({}))).toBe(true);
    expect(isSandbox(parseEnv({ BRIGHTPEARL_ACCOUNT_CODE: 'acme' }))).toBe(false);
  });

  it('names every missing live setting', () => {
    const env = parseEnv({ BRIGHTPEARL_BASE_URL: 'https://euw1.brightpearlconnect.com' });
    expect(() => loadLiveConfig(env)).toThrow(ConfigError);
    expect(() => loadLiveConfig(env)).toThrow(
      /BRIGHTPEARL_ACCOUNT_CODE.*KENTICO_BRIDGE_URL.*BRIGHTPEARL_ACCOUNT_TOKEN/,
    );
  });

  it('names the variable of a bad value', () => {
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseEnv({ KENTICO_SHARED_SECRET: 'short' })).toThrow(/KENTICO_SHARED_SECRET/);
  });

  it('builds a live configuration with endpoints as plain settings', () => {
    const config = loadLiveConfig(
      parseEnv({
        BRIGHTPEARL_BASE_URL: 'http://127.0.0.1:9999',
        BRIGHTPEARL_ACCOUNT_CODE: 'acme',
        BRIGHTPEARL_APP_REF: 'app',
        BRIGHTPEARL_ACCOUNT_TOKEN: 'token',
        KENTICO_BRIDGE_URL: 'http://127.0.0.1:9998/bpconnect/v1',
        KENTICO_SHARED_SECRET: TEST_KENTICO_SECRET,
        MAPPING_FILE: mappingPath(),
        PUBLIC_URL: 'https://companion.example.com',
      }),
    );
    expect(config.brightpearl).toMatchObject({
      baseUrl: 'http://127.0.0.1:9999',
      accountCode: 'acme',
      budgetShare: 0.8,
    });
    expect(config.mapping.brightpearl.priceMode).toBe('EXC');
    expect(config.publicUrl).toBe('https://companion.example.com');
    expect(config.mapping.catalog).toEqual({
      products: 'brightpearl',
      prices: 'brightpearl',
      stock: 'brightpearl',
    });
  });

  it('refuses half the admin settings instead of turning the admin API off', () => {
    const live = {
      BRIGHTPEARL_BASE_URL: 'http://127.0.0.1:9999',
      BRIGHTPEARL_ACCOUNT_CODE: 'acme',
      BRIGHTPEARL_APP_REF: 'app',
      BRIGHTPEARL_ACCOUNT_TOKEN: 'token',
      KENTICO_BRIDGE_URL: 'http://127.0.0.1:9998/bpconnect/v1',
      KENTICO_SHARED_SECRET: TEST_KENTICO_SECRET,
      MAPPING_FILE: mappingPath(),
      PUBLIC_URL: 'https://companion.example.com',
    };
    const secret = { ADMIN_TOKEN_SECRET: TEST_ADMIN_SECRET, INSTALLATION_ID: 'shop-uk' };
    const origin = { ADMIN_ORIGIN: 'https://admin.example.com' };
    const halfError =
      /ADMIN_TOKEN_SECRET and ADMIN_ORIGIN.*(ADMIN_ORIGIN|ADMIN_TOKEN_SECRET) is missing/;
    expect(() => loadLiveConfig(parseEnv({ ...live, ...secret }))).toThrow(ConfigError);
    expect(() => loadLiveConfig(parseEnv({ ...live, ...secret }))).toThrow(
      /ADMIN_ORIGIN is missing/,
    );
    expect(() => loadLiveConfig(parseEnv({ ...live, ...origin }))).toThrow(halfError);
    expect(() => loadLiveConfig(parseEnv({ ...live, ...origin }))).toThrow(
      /ADMIN_TOKEN_SECRET is missing/,
    );
    expect(loadLiveConfig(parseEnv(live)).admin).toBeUndefined();
    expect(loadLiveConfig(parseEnv({ ...live, ...secret, ...origin })).admin).toEqual({
      tokenSecret: secret.ADMIN_TOKEN_SECRET,
      origin: origin.ADMIN_ORIGIN,
      audience: 'https://companion.example.com',
      installationId: 'shop-uk',
    });
  });

  it('scopes admin tokens: INSTALLATION_ID required, audience from PUBLIC_URL or its override', () => {
    const admin = {
      ...liveEnv(),
      ADMIN_TOKEN_SECRET: TEST_ADMIN_SECRET,
      ADMIN_ORIGIN: 'https://admin.example.com',
    };
    expect(() => loadLiveConfig(parseEnv(admin))).toThrow(/INSTALLATION_ID is required/);
    expect(() => parseEnv({ INSTALLATION_ID: 'shop uk!' })).toThrow(/INSTALLATION_ID/);
    const scoped = {
      ...admin,
      INSTALLATION_ID: 'shop-uk',
      PUBLIC_URL: 'https://Bp.Example.com/x/',
    };
    expect(loadLiveConfig(parseEnv(scoped)).admin?.audience).toBe('https://bp.example.com');
    const overridden = { ...scoped, ADMIN_TOKEN_AUDIENCE: 'https://companion.internal.example' };
    expect(loadLiveConfig(parseEnv(overridden)).admin?.audience).toBe(
      'https://companion.internal.example',
    );
  });

  it('takes the previous secrets for a rotation: they verify, the current ones sign', () => {
    const previousKentico = 'b7e3c90a5f1d428e6c3a7f05d9b2e184';
    const previousAdmin = '0c8f5a2e7d93b14f6a0e5c8d27b9f3a1';
    const config = loadLiveConfig(
      parseEnv({
        ...liveEnv(),
        KENTICO_SHARED_SECRET_PREVIOUS: previousKentico,
        ADMIN_TOKEN_SECRET: TEST_ADMIN_SECRET,
        ADMIN_TOKEN_SECRET_PREVIOUS: previousAdmin,
        ADMIN_ORIGIN: 'https://admin.example.com',
        INSTALLATION_ID: 'shop-uk',
      }),
    );
    expect(config.kentico).toMatchObject({
      sharedSecret: TEST_KENTICO_SECRET,
      previousSharedSecret: previousKentico,
    });
    expect(config.admin).toMatchObject({
      tokenSecret: TEST_ADMIN_SECRET,
      previousTokenSecret: previousAdmin,
    });
  });

  it('rejects a mapping file naming the bad field', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'bpkc-config-')), 'bad.json');
    writeFileSync(path, JSON.stringify({ version: 1, brightpearl: {} }));
    expect(() => loadMappingFile(path)).toThrow(/channelId/);
  });
});
