import { parseEnv } from './load-config';
import { telemetrySettings } from './telemetry-settings';

const IKEY = '11111111-2222-3333-4444-555555555555';

describe('telemetry settings', () => {
  const key = `InstrumentationKey=${IKEY}`;

  it('is off without a connection string', () => {
    expect(telemetrySettings({})).toBeUndefined();
    expect(telemetrySettings({ APPLICATIONINSIGHTS_CONNECTION_STRING: ' ' })).toBeUndefined();
  });

  it('refuses a malformed connection string at start, naming the variable', () => {
    const env = { APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=not-a-guid' };
    expect(() => parseEnv(env)).toThrow(/APPLICATIONINSIGHTS_CONNECTION_STRING/);
    expect(telemetrySettings(env)).toBeUndefined();
  });

  it('keeps plain http only for a loopback collector', () => {
    const local = telemetrySettings({
      APPLICATIONINSIGHTS_CONNECTION_STRING: `${key};IngestionEndpoint=http://127.0.0.1:9999/`,
    });
    expect(local?.loopbackIngestion).toBe('http://127.0.0.1:9999');
    const remote = telemetrySettings({
      APPLICATIONINSIGHTS_CONNECTION_STRING: `${key};IngestionEndpoint=http://collector.example.com/`,
    });
    expect(remote).toMatchObject({ loopbackIngestion: undefined });
  });
});
