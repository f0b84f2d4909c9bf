import { createKenticoSimulator, type KenticoSimulator, signedBridgeHeaders } from '@bpkc/sandbox';
import {
  BRIDGE_PATHS,
  CATALOG_PATHS,
  CATCH_UP_PATHS,
  LIFECYCLE_PATHS,
  LOOKUP_PATHS,
  STOCK_PATHS,
} from '@bpkc/shared-types';
import request from 'supertest';

import { createKenticoBridgeClient } from '../../companion-service/src/kentico/bridge-client';
import { bridgeEndpoints, type CsEndpoint, shapeOf } from './csharp-sources';

// (b) The C# bridge serves every path of the shared-types path objects, with the verbs the
// companion calls them with, and nothing the simulator (the executable spec of the bridge) does
// not serve. Verbs come from running the companion's own bridge client against the simulator.

const BASE = '/bpconnect/v1';
const SECRET = 'kentico-extension-contract-test-secret-0123456789';
const GUID = '6f1d3b0e-2a4c-4d5e-8f90-1a2b3c4d5e6f';

/** Paths the companion builds outside the path objects (bridge-client.ts getProductByGuid). */
const EXTRA_TEMPLATES = ['/products/by-guid/{guid}'];

type PathBuilder = string | ((...args: string[]) => string);

/** A path object entry as a template: builders are called with `{name}` for each parameter. */
function templateOf(entry: PathBuilder): string {
  if (typeof entry === 'string') return entry;
  const params = /^\(?([^)=]*)\)?\s*=>/.exec(entry.toString())?.[1] ?? '';
  const names = params
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return decodeURIComponent(entry(...names.map((name) => `{${name}}`)));
}

const PATH_OBJECTS = [
  BRIDGE_PATHS,
  LIFECYCLE_PATHS,
  STOCK_PATHS,
  CATALOG_PATHS,
  LOOKUP_PATHS,
  CATCH_UP_PATHS,
];

const contractTemplates = (): string[] => [
  ...PATH_OBJECTS.flatMap((paths) =>
    Object.values(paths as Record<string, PathBuilder>).map(templateOf),
  ),
  ...EXTRA_TEMPLATES,
];

/** The template a concrete path belongs to; literal segments win over parameters, as in routing. */
function templateFor(concretePath: string, templates: string[]): string | undefined {
  const pathOnly = concretePath.split('?')[0]!;
  const literalCount = (template: string) =>
    template.split('/').filter((s) => !s.startsWith('{')).length;
  return templates
    .filter((template) => {
      const pattern = template
        .split('/')
        .map((s) => (s.startsWith('{') ? '[^/]+' : s.replace(/[.*+?^$()|[\]\\-]/g, '\\$&')));
      return new RegExp(`^${pattern.join('/')}$`).test(pathOnly);
    })
    .sort((a, b) => literalCount(b) - literalCount(a))[0];
}

/** Sample arguments for each bridge-client method; an unknown method gets GUIDs. */
const SAMPLE_ARGS: Record<string, unknown[]> = {
  listModifiedOrders: ['2024-01-01T00:00:00.000Z', 10],
  listModifiedRefunds: ['2024-01-01T00:00:00.000Z', 10],
  listModifiedCustomers: ['2024-01-01T00:00:00.000Z', 10],
  setBrightpearlOrderId: [GUID, 42],
  readStock: [['SKU-1']],
  writeStock: [[{ sku: 'SKU-1', available: 1 }]],
  upsertProducts: [[]],
  setOrderStatus: [GUID, 'Pending'],
  putShipment: [
    GUID,
    7,
    { trackingReference: null, carrier: null, shippedAt: new Date().toISOString(), lines: [] },
  ],
  setRefundCredit: [GUID, 5],
  recordRefund: [
    GUID,
    {
      brightpearlCreditId: 5,
      createdAt: new Date().toISOString(),
      lines: [],
      total: 0,
      statusName: null,
    },
  ],
  updateCustomer: [GUID, {}],
};

/** The (verb, template) pairs the companion's bridge client actually calls. */
async function companionCalls(sim: KenticoSimulator, templates: string[]): Promise<Set<string>> {
  const listening = await sim.listen();
  try {
    const client = createKenticoBridgeClient({
      bridgeUrl: listening.url,
      sharedSecret: SECRET,
      timeoutMs: 5_000,
    });
    const calls = new Set<string>();
    for (const [name, method] of Object.entries(client)) {
      if (typeof method !== 'function') continue;
      const before = sim.requestLog.entries().length;
      // Most calls fail here (unknown order, empty batch): only the request they make matters.
      await (method as (...args: unknown[]) => Promise<unknown>)(
        ...(SAMPLE_ARGS[name] ?? [GUID, GUID, GUID]),
      ).catch(() => undefined);
      const made = sim.requestLog.entries().slice(before);
      if (made.length === 0) throw new Error(`bridge client method ${name} made no request`);
      for (const entry of made) {
        const verb = entry.endpoint.split(' ')[0]!;
        calls.add(`${verb} ${shapeOf(templateFor(entry.path, templates) ?? entry.path)}`);
      }
    }
    return calls;
  } finally {
    await listening.close();
  }
}

/** A concrete, plausible path for a template (any GUID, note id or SKU will do for routing). */
const concrete = (template: string): string =>
  template
    .replace(/\{goodsOutNoteId\}/g, '7')
    .replace(/\{sku\}/g, 'SKU-1')
    .replace(/\{[^}]+\}/g, GUID);

/** True unless the simulator answers with its catch-all "No route" 404. */
async function simulatorServes(sim: KenticoSimulator, endpoint: CsEndpoint): Promise<boolean> {
  const pathInBridge = concrete(endpoint.route.slice(BASE.length));
  const body = endpoint.verb === 'GET' ? '' : '{}';
  const headers = signedBridgeHeaders(SECRET, { method: endpoint.verb, path: pathInBridge, body });
  const agent = request(sim.app);
  const call =
    endpoint.verb === 'GET'
      ? agent.get(BASE + pathInBridge)
      : agent[endpoint.verb === 'PUT' ? 'put' : 'post'](BASE + pathInBridge);
  const response = await call
    .set(headers)
    .set('content-type', 'application/json')
    .send(body || undefined);
  return !(response.status === 404 && /^No route/.test(String(response.body?.error)));
}

describe('Kentico extension: bridge endpoints', () => {
  let sim: KenticoSimulator;
  const endpoints = bridgeEndpoints();
  const declared = new Set(
    endpoints.map((e) => `${e.verb} ${shapeOf(e.route.slice(BASE.length))}`),
  );

  beforeAll(() => {
    sim = createKenticoSimulator({ secret: SECRET });
  });
  afterAll(() => sim.close());

  it('routes every bridge action under /bpconnect/v1', () => {
    expect(endpoints.length).toBeGreaterThan(0);
    expect(endpoints.filter((e) => !e.route.startsWith(`${BASE}/`))).toEqual([]);
  });

  it('serves every path of the shared-types path objects', () => {
    const served = new Set([...declared].map((endpoint) => endpoint.split(' ')[1]));
    const missing = contractTemplates()
      .map(shapeOf)
      .filter((template) => !served.has(template));
    expect(missing).toEqual([]);
  });

  it('serves every call the companion makes, with the same verb', async () => {
    const calls = await companionCalls(sim, contractTemplates());
    expect(calls.size).toBeGreaterThanOrEqual(15);
    expect([...calls].filter((call) => !declared.has(call)).sort()).toEqual([]);
  });

  it('declares no endpoint outside the contract or unknown to the simulator', async () => {
    const templates = new Set(contractTemplates().map(shapeOf));
    const outside = endpoints.filter((e) => !templates.has(shapeOf(e.route.slice(BASE.length))));
    expect(outside).toEqual([]);
    const unserved: CsEndpoint[] = [];
    for (const endpoint of endpoints) {
      if (!(await simulatorServes(sim, endpoint))) unserved.push(endpoint);
    }
    expect(unserved).toEqual([]);
  });
});
