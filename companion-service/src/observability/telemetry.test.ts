import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const REPO_ROOT = join(__dirname, '..', '..', '..');
const CHILD = join(__dirname, 'test-telemetry-child.ts');
const IKEY = '11111111-2222-3333-4444-555555555555';

interface Envelope {
  name: string;
  tags: Record<string, string>;
  data: { baseType: string; baseData: Record<string, unknown> };
}

/** A stand-in for Application Insights' ingestion endpoint: keeps every envelope it is sent. */
async function startCollector(): Promise<{
  server: Server;
  port: number;
  received: Envelope[];
  raw: string[];
}> {
  const received: Envelope[] = [];
  const raw: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const text = (
        req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body
      ).toString();
      raw.push(`${req.url} ${text}`);
      received.push(...(JSON.parse(text) as Envelope[]));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ itemsReceived: 1, itemsAccepted: 1, errors: [] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as { port: number }).port, received, raw };
}

/** The child process with telemetry on; resolves once it has flushed and exited. */
function runChild(connectionString: string, args: string[]): Promise<{ instanceId: string }> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', CHILD, ...args],
    {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env['PATH'] ?? '', // eslint-disable-line no-restricted-properties
        APPLICATIONINSIGHTS_CONNECTION_STRING: connectionString,
        // Azure's documented opt-outs of its own usage reports, sent to Microsoft's endpoints.
        APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
        APPLICATIONINSIGHTS_SDKSTATS_DISABLED: 'true',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}'))
        : reject(new Error(`telemetry child exited ${code}: ${stderr}`)),
    ),
  );
}

const ofType = (envelopes: Envelope[], baseType: string) =>
  envelopes.filter((envelope) => envelope.data.baseType === baseType).map((e) => e.data.baseData);

describe('telemetry to Application Insights (a local collector, a real child process)', () => {
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let instanceId: string;

  beforeAll(async () => {
    collector = await startCollector();
    const connectionString = `InstrumentationKey=${IKEY};IngestionEndpoint=http://127.0.0.1:${collector.port}/`;
    ({ instanceId } = await runChild(connectionString, POSTGRES_URL ? [POSTGRES_URL] : []));
  });
  afterAll(() => new Promise((resolve) => collector.server.close(resolve)));

  it('sends the request trace, named by its route, from our service and instance', () => {
    const [request] = ofType(collector.received, 'RequestData');
    expect(request).toMatchObject({
      name: 'POST /webhooks/brightpearl/:installationId/:token',
      responseCode: '401',
    });
    const tags = collector.received.find((e) => e.data.baseType === 'RequestData')?.tags;
    expect(tags).toMatchObject({
      'ai.cloud.role': 'brightpearl-kentico-connect',
      'ai.cloud.roleInstance': instanceId,
    });
  });

  it('sends outgoing HTTP calls as dependencies, and leaves the probes untraced', () => {
    const dependencies = ofType(collector.received, 'RemoteDependencyData');
    expect(dependencies).toContainEqual(
      expect.objectContaining({ type: 'Http', resultCode: '401' }),
    );
    const requests = ofType(collector.received, 'RequestData').map((r) => r['name']);
    expect(requests.some((name) => String(name).includes('/healthz'))).toBe(false);
  });

  it('never sends the webhook token from the path nor the query string', () => {
    const everything = collector.raw.join('\n');
    expect(everything).toContain('/webhooks/brightpearl/:installationId/:token');
    expect(everything).not.toContain('child-secret-token');
    expect(everything).not.toContain('child-query');
  });

  it('sends our gauges and the HTTP duration by route and status class', () => {
    const metrics = ofType(collector.received, 'MetricData').flatMap((data) =>
      (data['metrics'] as Array<{ name: string; value: number }>).map((metric) => ({
        ...metric,
        properties: data['properties'] as Record<string, string>,
      })),
    );
    expect(metrics).toContainEqual(
      expect.objectContaining({
        name: 'bpconnect.open_failures',
        value: 3,
        properties: { flow: 'orders', reason: 'unknown-sku' },
      }),
    );
    expect(metrics).toContainEqual(
      expect.objectContaining({ name: 'bpconnect.held_orders', value: 2 }),
    );
    expect(metrics).toContainEqual(
      expect.objectContaining({ name: 'bpconnect.brightpearl.in_window', value: 40 }),
    );
    expect(metrics).toContainEqual(
      expect.objectContaining({
        name: 'bpconnect.http.duration',
        properties: {
          method: 'POST',
          route: '/webhooks/brightpearl/:installationId/:token',
          status_class: '4xx',
        },
      }),
    );
  });

  for (const url of POSTGRES_URL ? [POSTGRES_URL] : []) {
    it(`traces Postgres queries as dependencies (${new URL(url).host})`, () => {
      const dependencies = ofType(collector.received, 'RemoteDependencyData');
      expect(dependencies).toContainEqual(expect.objectContaining({ type: 'postgresql' }));
    });
  }
});
