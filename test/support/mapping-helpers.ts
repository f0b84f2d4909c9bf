import { mintAdminToken } from '@bpkc/companion-service';
import type { MappingConfig } from '@bpkc/shared-types';
import request from 'supertest';

const secret = 'm'.repeat(40);

/** Admin API settings for a sandbox whose tests save mappings. */
const scope = { audience: 'https://companion.shop.example.com', installationId: 'shop-e2e' };
export const ADMIN = { tokenSecret: secret, origin: 'https://admin.shop.example.com', ...scope };

/** A fresh bearer token with edit rights for ADMIN's secret. */
export const adminEdit = () =>
  `Bearer ${mintAdminToken(
    { secret, ...scope },
    {
      sub: 'ops@shop.example.com',
      permissions: ['view', 'edit'],
      exp: Math.floor(Date.now() / 1000) + 300,
    },
  )}`;

export /** Saves `change(current mapping)` through an instance's admin API; the new version number. */
async function saveMapping(
  companionUrl: string,
  change: (mapping: MappingConfig) => MappingConfig,
): Promise<number> {
  const api = () => request(`${companionUrl}/api/v1`);
  const current = await api()
    .get('/mappings/current')
    .set('authorization', adminEdit())
    .expect(200);
  const saved = await api()
    .put('/mappings')
    .set('authorization', adminEdit())
    .send({ mapping: change(current.body.mapping), baseVersion: current.body.version })
    .expect(200);
  return saved.body.version as number;
}
