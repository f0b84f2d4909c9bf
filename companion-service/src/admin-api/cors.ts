import type { NextFunction, Request, RequestHandler, Response } from 'express';

const ALLOWED_HEADERS = 'Authorization, Content-Type';
const ALLOWED_METHODS = 'GET, POST, PUT, DELETE';

/**
 * CORS for the one configured Kentico admin origin. Other origins get no CORS headers (the
 * browser then refuses to hand them the answer). Preflights end here with 204, before auth.
 */
export function adminCors(adminOrigin: string): RequestHandler {
  const allowed = new URL(adminOrigin).origin;
  return (req: Request, res: Response, next: NextFunction) => {
    res.vary('Origin');
    if (req.header('origin') === allowed) {
      res.set({
        'Access-Control-Allow-Origin': allowed,
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Allow-Methods': ALLOWED_METHODS,
        'Access-Control-Max-Age': '600',
      });
    }
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next();
  };
}
