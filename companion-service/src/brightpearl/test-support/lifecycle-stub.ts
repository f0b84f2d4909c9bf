import { createBrightpearlClient } from '../client';
import type { BrightpearlClient } from '../types';
import { contactRoutes } from './contact-routes';
import { ledgerRoutes } from './ledger-routes';
import { lifecycleRoutes } from './lifecycle-routes';
import { freshLifecycleState } from './lifecycle-state';
import type { LifecycleState } from './lifecycle-state';
import { startStub } from './stub-server';
import type { Stub } from './stub-server';

export interface LifecycleFixture {
  stub: Stub;
  client: BrightpearlClient;
  state: LifecycleState;
}

/** A stub for fulfilment, credits, payments, journals and contacts; fresh state every test. */
export function useLifecycleStub(): LifecycleFixture {
  const fixture = { state: freshLifecycleState() } as LifecycleFixture;
  beforeAll(async () => {
    fixture.stub = await startStub(
      (router) => {
        lifecycleRoutes(router, fixture.state);
        ledgerRoutes(router, fixture.state);
        contactRoutes(router, fixture.state);
      },
      { cap: { limit: 10_000, windowMs: 60_000 } },
    );
  });
  afterAll(() => fixture.stub.close());
  beforeEach(() => {
    fixture.stub.requests.splice(0);
    Object.assign(fixture.state, freshLifecycleState());
    fixture.client = createBrightpearlClient({
      baseUrl: fixture.stub.baseUrl,
      auth: { mode: 'account-token', appRef: 'app', accountToken: 'secret-token' },
      // Paging tests spend more than a few requests; the budget is tested elsewhere.
      requestCap: 10_000,
    });
  });
  return fixture;
}
