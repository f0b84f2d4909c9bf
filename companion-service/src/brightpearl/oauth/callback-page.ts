import type { Response } from 'express';

/**
 * The tiny page the merchant's browser lands on after Brightpearl's consent screen. The URL
 * carried a one-time code: the page is never cached, sends no referrer and runs no script.
 */
export function sendCallbackPage(
  res: Response,
  page: { status: number; title: string; message: string },
): void {
  res
    .status(page.status)
    .set({
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      'X-Content-Type-Options': 'nosniff',
    })
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(page.title)}</title>` +
        `<style>body{font-family:system-ui,sans-serif;margin:4rem auto;max-width:36rem}</style></head>` +
        `<body><h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(page.message)}</p></body></html>`,
    );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
