import type { Page } from 'playwright-core';

/** One admin API call from the page, with the token the shell handed the template. */
export function pageApi<T>(
  page: Page,
  request: { method: 'GET' | 'POST' | 'PUT'; path: string; body?: unknown },
): Promise<T> {
  return page.evaluate(async ({ method, path, body }) => {
    const config = JSON.parse(document.getElementById('shell-config')!.textContent!) as {
      props: { companionUrl: string; adminToken: string };
    };
    const response = await fetch(`${config.props.companionUrl}/api/v1${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${config.props.adminToken}`,
        'Content-Type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await response.json()) as T;
  }, request);
}
