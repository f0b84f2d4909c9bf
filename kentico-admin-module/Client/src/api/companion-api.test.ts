import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createCompanionApi } from './companion-api';
import { CompanionApiError } from './http';

interface Seen {
  method: string;
  url: string;
  authorization?: string;
  contentType?: string;
  body: string;
}

/** A stand-in companion on a real socket: records each request, answers what the test says. */
function standIn(answer: (seen: Seen) => { status: number; body: unknown }) {
  const seen: Seen[] = [];
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const request: Seen = {
      method: req.method!,
      url: req.url!,
      authorization: req.headers.authorization,
      contentType: req.headers['content-type'],
      body,
    };
    seen.push(request);
    const { status, body: out } = answer(request);
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(out));
  });
  return {
    seen,
    url: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`),
        ),
      ),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function refusal(call: Promise<unknown>): Promise<CompanionApiError> {
  const outcome = await call.then(
    () => new Error('the call succeeded'),
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(CompanionApiError);
  return outcome as CompanionApiError;
}

describe('the admin API client (openapi-fetch over the generated types)', () => {
  it('sends the paths, parameters, bodies and current token the routes declare', async () => {
    const companion = standIn(() => ({ status: 200, body: { ok: true } }));
    let token = 'first';
    const api = createCompanionApi({ companionUrl: await companion.url(), token: () => token });
    try {
      await api.orders({ search: '', state: 'held', limit: 5, offset: 10 });
      token = 'second';
      await api.order('a b/c');
      await api.replay(7);
      await api.lookups(true);
      await api.saveMapping({ mapping: {} as never, baseVersion: 3 });
      expect(companion.seen.map(({ method, url }) => `${method} ${url}`)).toEqual([
        'GET /api/v1/orders?state=held&limit=5&offset=10',
        'GET /api/v1/orders/a%20b%2Fc',
        'POST /api/v1/failures/7/replay',
        'GET /api/v1/lookups?refresh=true',
        'PUT /api/v1/mappings',
      ]);
      expect(companion.seen.map((s) => s.authorization)).toEqual([
        'Bearer first',
        ...Array(4).fill('Bearer second'),
      ]);
      expect(companion.seen[4]).toMatchObject({
        contentType: 'application/json',
        body: JSON.stringify({ mapping: {}, baseVersion: 3 }),
      });
    } finally {
      await companion.close();
    }
  });

  it('turns a refusal into a CompanionApiError with its message and field', async () => {
    const companion = standIn(({ url }) =>
      url.includes('orders')
        ? { status: 400, body: { error: 'invalid params field "orderGuid"', field: 'orderGuid' } }
        : { status: 503, body: 'not json at all' },
    );
    const api = createCompanionApi({ companionUrl: await companion.url(), token: () => 't' });
    try {
      const bad = await refusal(api.order('x'));
      expect(bad).toMatchObject({ status: 400, field: 'orderGuid', retryable: false });
      expect(bad.explanation).toBe('invalid params field "orderGuid" (field: orderGuid)');
      const down = await refusal(api.overview());
      expect(down).toMatchObject({ status: 503, message: 'HTTP 503', retryable: true });
    } finally {
      await companion.close();
    }
  });

  it('reports a companion that does not answer as status 0', async () => {
    const api = createCompanionApi({ companionUrl: 'http://127.0.0.1:1', token: () => 't' });
    const error = await refusal(api.overview());
    expect(error).toMatchObject({ status: 0, retryable: true });
  });
});
