import { setTimeout as sleep } from 'node:timers/promises';

import type { BrightpearlSimulator } from '@bpkc/sandbox';

/**
 * The merchant's first steps, over HTTP as the admin UI and the browser would: start an OAuth
 * connect, consent at Brightpearl (the simulator redirects straight back), land on the
 * callback; then register the webhooks.
 */
export async function connectBrightpearl(
  companionUrl: string,
  editAuth: Record<string, string>,
): Promise<{ usedCallbackQuery: string }> {
  const consentTo = await authorizeUrl(companionUrl, editAuth);
  const consent = await fetch(consentTo, { redirect: 'manual' });
  const back = new URL(consent.headers.get('location') ?? '');
  if (consent.status !== 302) throw new Error(`Brightpearl consent answered ${consent.status}`);
  const landed = await fetch(`${companionUrl}${back.pathname}${back.search}`);
  if (landed.status !== 200) throw new Error(`OAuth callback answered ${landed.status}`);
  const hooks = await fetch(`${companionUrl}/api/v1/connection/webhooks`, {
    method: 'POST',
    headers: { ...editAuth, 'content-type': 'application/json' },
    body: '{}',
  });
  if (!hooks.ok)
    throw new Error(`webhook registration answered ${hooks.status}: ${await hooks.text()}`);
  return { usedCallbackQuery: back.search.slice(1) };
}

/** A new single-use state; the consent URL carries it. */
export async function authorizeUrl(
  companionUrl: string,
  editAuth: Record<string, string>,
): Promise<string> {
  const res = await fetch(`${companionUrl}/api/v1/connection/oauth/authorize`, {
    method: 'POST',
    headers: { ...editAuth, 'content-type': 'application/json' },
    body: '{}',
  });
  if (!res.ok) throw new Error(`authorize answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { authorizeUrl: string }).authorizeUrl;
}

/** `/webhooks/brightpearl/{installationId}/{token}` as the companion registered it. */
export async function registeredWebhookPath(brightpearl: BrightpearlSimulator): Promise<string> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const hook = [...brightpearl.state.webhooks.values()].find((h) =>
      h.uriTemplate.includes('/webhooks/brightpearl/'),
    );
    if (hook) return new URL(hook.uriTemplate).pathname;
    await sleep(200);
  }
  throw new Error('the companion registered no Brightpearl webhook');
}
