import { AlertTestRequest, AlertTestResult, EffectiveSettings } from '@bpkc/shared-types';

import type { AdminApiDeps } from './deps';
import { type AdminRoute, defineRoute } from './route';

/**
 * The settings the admin edits live in the mapping document (PUT /mappings, versioned); these
 * routes show what is in force and test the alert channels.
 */
export function settingsRoutes(deps: AdminApiDeps): AdminRoute[] {
  const settings = deps.settings;
  if (!settings) return [];
  return [
    defineRoute({
      method: 'get',
      path: '/settings/effective',
      summary:
        'Each setting in force and where it comes from (stored, environment, default), with schedule runs',
      response: EffectiveSettings,
      handler: () => settings.effective(),
    }),
    defineRoute({
      method: 'post',
      path: '/settings/alerts/test',
      summary:
        'Sends one test message through each configured alert channel and reports each outcome',
      body: AlertTestRequest,
      response: AlertTestResult,
      permission: 'edit',
      handler: ({ body }) => settings.testAlerts(body),
    }),
  ];
}
