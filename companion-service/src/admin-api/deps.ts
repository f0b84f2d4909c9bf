import type {
  AlertTestRequest,
  AlertTestResult,
  EffectiveSettings,
  Overview,
  SyncStatus,
} from '@bpkc/shared-types';

import type { BrightpearlOAuthService } from '../brightpearl/oauth';
import type { KenticoBridgeClient } from '../kentico';
import type { LookupService } from '../lookups';
import type { Logger } from '../observability/logger';
import type { LiveHealth } from './connection-health';
import type { JobQueue } from '../queue';
import type { JobsService } from '../sync/jobs/jobs-service';
import type { Db } from '../store';
import type { AdminTokenKey } from './auth';
import type { ConnectionDeps } from './connection-deps';

export interface AdminApiDeps {
  db: Db;
  queue: JobQueue;
  status: () => Promise<SyncStatus>;
  /**
   * HMAC key shared with the Kentico admin, which mints the admin tokens (>= 32 characters), the
   * previous one during a rotation, and the audience and installation id tokens must name.
   */
  adminToken: AdminTokenKey;
  /** The Kentico admin's origin (scheme://host[:port]), the only one CORS lets in. */
  adminOrigin: string;
  logger: Logger;
  /** Optional real probes; without them health is derived from recent work (no budget spent). */
  connections?: () => Promise<Overview['connections']>;
  /** The companion's own recent calls (refused credentials, outages, any success). */
  liveHealth?: LiveHealth;
  /** Both platforms' lists for the mapping screens and the mapping checks (cached). */
  lookups: LookupService;
  /** Where the companion connects, its webhooks and live probes (GET /connection…). */
  connection: ConnectionDeps;
  /**
   * Link to an order in Brightpearl's web app, `{accountCode}` and `{orderId}` filled in
   * (BRIGHTPEARL_ORDER_LINK_TEMPLATE). Without it orders carry no link.
   */
  orderLinkTemplate?: string;
  /**
   * The Brightpearl OAuth authorisation, plugged in by the OAuth flow; shown on the connection
   * screen (null there when absent).
   */
  oauth?: { status(): Promise<{ authorised: boolean; expiresAt: string | null }> };
  /** GET /connection/oauth and POST /connection/oauth/authorize; absent: no such routes. */
  brightpearlOAuth?: BrightpearlOAuthService;
  /** GET /settings/effective and POST /settings/alerts/test (settings/); absent: no such routes. */
  settings?: {
    effective(): Promise<EffectiveSettings>;
    testAlerts(request: AlertTestRequest): Promise<AlertTestResult>;
  };
  /** GET /jobs/progress and Run now (sync/jobs/); absent: no such routes. */
  jobs?: JobsService;
  /** The transform screens (test, preview) read orders from Kentico; absent: they cannot (502). */
  shaping?: { kentico: Pick<KenticoBridgeClient, 'getOrder'> };
}
