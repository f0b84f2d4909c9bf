import { minimalMappingFile } from './test-mapping-file';

/**
 * Test-only values that pass the live-mode secret checks (secret-checks.ts): random-looking,
 * one per role. Never use them outside tests.
 */
export const TEST_KENTICO_SECRET = '9f2c41d7e8a05b36c1f49e2d7a80b5c3';
export const TEST_ADMIN_SECRET = 'd41e7a92c05f38b6e1a47d290c5b83f6';
export const TEST_ENCRYPTION_KEY_HEX =
  '5e2a9c41f07d83b6a14e92c57d0f38a1b6c4e27f90d5a13c8e7b2f46a09d51c3';

/** A complete, secure live environment (an http bridge on loopback is allowed). */
export function liveEnv(): Record<string, string> {
  return {
    BRIGHTPEARL_BASE_URL: 'http://127.0.0.1:9999',
    BRIGHTPEARL_ACCOUNT_CODE: 'acme',
    BRIGHTPEARL_APP_REF: 'app',
    BRIGHTPEARL_ACCOUNT_TOKEN: 'token',
    KENTICO_BRIDGE_URL: 'http://127.0.0.1:9998/bpconnect/v1',
    KENTICO_SHARED_SECRET: TEST_KENTICO_SECRET,
    MAPPING_FILE: minimalMappingFile(),
    PUBLIC_URL: 'https://companion.example.com',
  };
}
