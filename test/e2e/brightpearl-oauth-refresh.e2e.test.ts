import {
  BrightpearlAuthError,
  createSilentLogger,
  migrate,
  OAuthReconnectRequiredError,
  openStore,
  type Store,
} from '@bpkc/companion-service';
import { type BrightpearlSimulator, createBrightpearlSimulator } from '@bpkc/sandbox';

import { dropBackendSchemas, e2eBackends } from '../support/backends';
import { ACCOUNT } from '../support/oauth-helpers';
import {
  clearConnection,
  connect,
  oauthClient,
  oauthInstance,
  STATIC_TOKEN,
} from '../support/oauth-instances';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

describe.each(e2eBackends())('Brightpearl OAuth token refresh ($name)', (backend) => {
  const logger = createSilentLogger();
  // Two stores on one database stand for two companion instances (one PGlite is shared).
  let stores: [Store, Store];
  let sim: BrightpearlSimulator;
  let simulatorUrl: string;
  let closeSimulator: () => Promise<void>;
  let now: number;
  const clock = () => now;
  const instance = (index: 0 | 1 = 0) => oauthInstance({ db: stores[index], simulatorUrl, clock });

  beforeAll(async () => {
    const open = () => openStore({ ...backend, logger });
    const first = await open();
    await migrate(first, logger);
    stores = [first, backend.databaseUrl ? await open() : first];
  });
  afterAll(async () => {
    await Promise.all([...new Set(stores)].map((store) => store.close()));
    await dropBackendSchemas(backend);
  });
  const startSimulator = async (refreshedLifetime?: 'remaining' | 'full') => {
    // A slow token endpoint, so concurrent refreshers really overlap.
    const oauth = { accessTokenLifetimeSeconds: 3600, latencyMs: 100, refreshedLifetime };
    sim = createBrightpearlSimulator({ accountCode: ACCOUNT, clock, oauth });
    const server = await sim.listen();
    simulatorUrl = server.url;
    closeSimulator = server.close;
  };
  beforeEach(async () => {
    now = Date.parse('2026-03-01T10:00:00Z');
    await startSimulator();
    await clearConnection(stores[0]);
  });
  afterEach(() => closeSimulator());

  it('uses the static environment token until a connection is stored', async () => {
    await expect(instance().tokens.accessToken()).resolves.toBe(STATIC_TOKEN);
  });

  it('refreshes in the last quarter of the life (10 min to 1 day) and persists the tokens', async () => {
    const oauth = instance();
    await connect(oauth);
    const first = await oauth.tokens.accessToken();
    now += 44 * MINUTE_MS; // 16 minutes of the hour left: not yet
    expect(await oauth.tokens.accessToken()).toBe(first);
    now += 2 * MINUTE_MS; // 14 minutes left
    const second = await oauth.tokens.accessToken();
    expect(second).not.toBe(first);
    expect(sim.oauth.grants.refreshToken).toBe(1);
    // Another instance reads the persisted token: no second refresh.
    expect(await instance(1).tokens.accessToken()).toBe(second);
    await expect(oauthClient(oauth).listWebhooks()).resolves.toEqual(expect.any(Array));
    expect(sim.oauth.grants.refreshToken).toBe(1);
  });

  it('a refresh that keeps the remaining life is made once: no refresh before every call', async () => {
    const [a, b] = [instance(0), instance(1)];
    await connect(a);
    const clients = [oauthClient(a), oauthClient(b)];
    const endsAt = new Date(now + HOUR_MS);
    now += 50 * MINUTE_MS; // 10 minutes left: due for a refresh
    const requests = sim.oauth.tokenRequests;
    // 29 calls over the last 9.7 minutes, alternating between two instances.
    for (let call = 0; call < 29; call++) {
      await expect(clients[call % 2]!.listWebhooks()).resolves.toEqual(expect.any(Array));
      now += 20_000;
    }
    // As recorded, the refreshed token ends when the first did: one refresh, and no more.
    expect(sim.oauth.tokenRequests - requests).toBe(1);
    // The merchant is told before sync stops, and when it will.
    expect((await a.service.status()).state).toBe('reconnect-required');
    expect(await b.tokens.reconnectBy()).toEqual(endsAt);

    now = endsAt.getTime();
    await expect(clients[0]!.listWebhooks()).rejects.toBeInstanceOf(BrightpearlAuthError);
    await expect(clients[1]!.listWebhooks()).rejects.toBeInstanceOf(BrightpearlAuthError);
    expect(sim.oauth.tokenRequests - requests).toBe(1);
    await connect(a, 'bob');
    await expect(clients[1]!.listWebhooks()).resolves.toEqual(expect.any(Array));
  });

  it('a refresh that gives a whole new life keeps the connection going, refreshed once', async () => {
    await closeSimulator();
    await startSimulator('full');
    const [a, b] = [instance(0), instance(1)];
    await connect(a);
    const clients = [oauthClient(a), oauthClient(b)];
    now += 50 * MINUTE_MS;
    for (let call = 0; call < 29; call++) {
      await expect(clients[call % 2]!.listWebhooks()).resolves.toEqual(expect.any(Array));
      now += 20_000;
    }
    expect(sim.oauth.grants.refreshToken).toBe(1);
    expect((await a.service.status()).state).toBe('connected');
    expect(await a.tokens.reconnectBy()).toBeNull();
  });

  it('two instances refreshing at once make one refresh', async () => {
    const [a, b] = [instance(0), instance(1)];
    await connect(a);
    now += 55 * MINUTE_MS;
    const tokens = await Promise.all([a.tokens.accessToken(), b.tokens.accessToken()]);
    expect(tokens[0]).toBe(tokens[1]);
    expect(sim.oauth.grants.refreshToken).toBe(1);
    expect(sim.oauth.accepts(tokens[0])).toBe(true);
  });

  it('a refresh refused with invalid_grant requires a reconnect instead of retrying', async () => {
    const oauth = instance();
    await connect(oauth);
    const current = await oauth.tokens.accessToken();
    sim.oauth.revokeRefreshTokens();
    now += 55 * MINUTE_MS;
    // The access token still works for 5 minutes: sync goes on with it.
    expect(await oauth.tokens.accessToken()).toBe(current);
    expect((await oauth.service.status()).state).toBe('reconnect-required');
    const requests = sim.oauth.tokenRequests;
    expect(await instance(1).tokens.accessToken()).toBe(current);
    expect(sim.oauth.tokenRequests).toBe(requests);
    now += HOUR_MS;
    await expect(oauth.tokens.accessToken()).rejects.toBeInstanceOf(OAuthReconnectRequiredError);
    await expect(oauthClient(oauth).listWebhooks()).rejects.toBeInstanceOf(BrightpearlAuthError);
    expect(sim.oauth.tokenRequests).toBe(requests);

    await connect(oauth, 'bob');
    expect(await oauth.service.status()).toMatchObject({ state: 'connected', connectedBy: 'bob' });
    await expect(oauthClient(oauth).listWebhooks()).resolves.toEqual(expect.any(Array));
  });
});
