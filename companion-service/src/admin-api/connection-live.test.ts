import request from 'supertest';

import { ConnectionHealth } from '../observability/connection-health';
import { bearer, openHarness, token } from './test-harness';
import { createFakePlatforms } from './test-fakes';

describe('admin API: connection after an OAuth connect', () => {
  it('shows the API address Brightpearl handed out and the health of the latest calls', async () => {
    const liveHealth = new ConnectionHealth();
    liveHealth.record('brightpearl', 200);
    const { connection } = createFakePlatforms();
    const harness = await openHarness({
      deps: {
        liveHealth,
        connection: {
          ...connection,
          liveApiBaseUrl: async () => 'https://ws-use.brightpearl.com/public-api/acme',
        },
      },
    });
    try {
      const res = await request(harness.app)
        .get('/api/v1/connection')
        .set('Authorization', bearer(token(['view'])))
        .expect(200);
      expect(res.body.brightpearl.apiBaseUrl).toBe(
        'https://ws-use.brightpearl.com/public-api/acme',
      );
      expect(res.body.brightpearl.health.status).toBe('ok');
      expect(res.body.kentico.health.status).toBe('unknown');
    } finally {
      await harness.close();
    }
  });
});
