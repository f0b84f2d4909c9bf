import { createBrightpearlSimulator } from './simulator';
import { TOKEN_HEADERS } from './test-support';

describe('Brightpearl simulator: listen()', () => {
  it('serves the API base over real HTTP and closes cleanly', async () => {
    const sim = createBrightpearlSimulator({ accountCode: 'acme' });
    const [productId] = sim.seedProducts([{ sku: 'NET-1', name: 'Network thing', price: '1.00' }]);
    const server = await sim.listen();
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/public-api\/acme$/);
      const res = await fetch(`${server.url}/product-service/product-search?SKU=NET-1`, {
        headers: TOKEN_HEADERS,
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json;charset=UTF-8');
      expect(res.headers.get('brightpearl-requests-remaining')).toBe('199');
      const body = (await res.json()) as { response: { results: unknown[][] } };
      expect(body.response.results[0]?.[0]).toBe(productId);
    } finally {
      await server.close();
    }
  });
});
