import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet's headers, set for what we serve: JSON answers, the OAuth callback's small HTML page
 * and (sandbox) the /admin shell, which loads Kentico's SystemJS bundles from /admin/static and
 * runs an inline import map and bootstrap script. Hence 'unsafe-inline' for scripts and styles
 * from our own origin only; nothing is loaded from elsewhere, nothing may frame us.
 *
 * HSTS is sent only on https requests (req.secure: the socket, or X-Forwarded-Proto from a
 * trusted proxy): on plain http it is ignored by browsers and would only mislead.
 */
export function securityHeaders(): RequestHandler {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The admin UI is served by Kentico on another origin and calls us with CORS.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    strictTransportSecurity: false,
  });
  const hsts = helmet.strictTransportSecurity({ maxAge: 31_536_000, includeSubDomains: true });
  return (req, res, next) => {
    headers(req, res, (error?: unknown) => {
      if (error || !req.secure) {
        next(error);
        return;
      }
      hsts(req, res, next);
    });
  };
}

/** API and OAuth answers are per-caller and may carry business data: never cached anywhere. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};
