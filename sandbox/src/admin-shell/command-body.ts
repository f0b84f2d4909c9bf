import express, { type NextFunction, type Request, type Response, Router } from 'express';
import multer, { MulterError } from 'multer';

const MAX_BODY = '64kb';

/**
 * Kentico's admin client sends page commands as multipart form fields (our tests send JSON).
 * Both are parsed with tight bounds; anything else, or a file, is refused with a 4xx instead of
 * reaching multer's defaults (unbounded fields, a 500 on a file part).
 */
const form = multer({
  limits: {
    fields: 10,
    fieldNameSize: 100,
    fieldSize: 64 * 1024,
    files: 0,
    parts: 10,
    headerPairs: 20,
  },
}).none();

export function commandBody(): Router {
  const router = Router();
  router.use((req: Request, res: Response, next: NextFunction) => {
    if (!hasBody(req) || req.is('application/json')) {
      express.json({ limit: MAX_BODY })(req, res, next);
      return;
    }
    if (req.is('multipart/form-data')) {
      form(req, res, (error?: unknown) => next(error ? asClientError(error) : undefined));
      return;
    }
    res
      .status(415)
      .json({ error: 'page commands are sent as application/json or multipart/form-data' });
  });
  return router;
}

function hasBody(req: Request): boolean {
  return (
    req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0
  );
}

const TOO_LARGE = new Set([
  'LIMIT_PART_COUNT',
  'LIMIT_FIELD_KEY',
  'LIMIT_FIELD_VALUE',
  'LIMIT_FIELD_COUNT',
  'LIMIT_FILE_SIZE',
]);

/** Multer and busboy failures are the sender's: over a bound → 413, malformed or a file → 400. */
function asClientError(error: unknown): Error & { status: number } {
  const message = error instanceof Error ? error.message : String(error);
  const status = error instanceof MulterError && TOO_LARGE.has(error.code) ? 413 : 400;
  return Object.assign(new Error(`bad page command body: ${message}`), { status });
}
