import type { NextFunction, Request, Response } from 'express';

import { BadRequestError } from './errors';

/**
 * NUL (Postgres text refuses it) and lone UTF-16 surrogates (not valid UTF-8, so neither the
 * store nor the JSON we answer can carry them). Either is hostile or broken input.
 */
// eslint-disable-next-line no-control-regex
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string (key or value) carrying bad text, e.g. `entries.2.comment`. */
export function findBadText(value: unknown, path: string[] = [], depth = 0): string | undefined {
  if (typeof value === 'string')
    return BAD_TEXT.test(value) ? path.join('.') || '(value)' : undefined;
  if (value === null || typeof value !== 'object' || depth > 64) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const here = [...path, key];
    if (BAD_TEXT.test(key)) return here.join('.');
    const found = findBadText(item, here, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * One guard in front of every admin route: a query string or JSON body with NUL or a lone
 * surrogate is a 400 naming the field, before any handler or the database sees it (it used to
 * reach Postgres and come back as a 500).
 */
export function rejectBadText(req: Request, _res: Response, next: NextFunction): void {
  const inQuery = findBadText(req.query);
  if (inQuery) {
    next(
      new BadRequestError(
        `query parameter "${inQuery}" contains a NUL or invalid character`,
        inQuery,
      ),
    );
    return;
  }
  const inBody = findBadText(req.body);
  if (inBody) {
    next(new BadRequestError(`body field "${inBody}" contains a NUL or invalid character`, inBody));
    return;
  }
  next();
}
