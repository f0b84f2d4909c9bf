import type { Request, Response } from 'express';
import { z } from 'zod';

import type { BridgeError } from '@bpkc/shared-types';

import { rawBodyOf } from './bridge-auth';

export function sendError(res: Response, status: number, body: BridgeError): void {
  res.status(status).json(body);
}

/** 400 naming the first offending field (e.g. `levels.3.available`), as the extension does. */
export function sendInvalid(res: Response, error: z.ZodError, fallbackField?: string): void {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') || fallbackField;
  sendError(res, 400, { error: issue?.message ?? 'Invalid request', ...(field ? { field } : {}) });
}

export function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

/**
 * The request body checked against a shared schema, or undefined once a 400 has been sent.
 * Parsed from the raw text because the signature was checked over exactly those bytes.
 */
export function readBody<T extends z.ZodType>(
  req: Request,
  res: Response,
  schema: T,
): z.infer<T> | undefined {
  const json = parseJson(rawBodyOf(req.body));
  if (!json.ok) return void sendError(res, 400, { error: 'Body is not valid JSON' });
  const body = schema.safeParse(json.value);
  if (!body.success) return void sendInvalid(res, body.error);
  return body.data;
}

const Guid = z.guid();

/** A GUID route parameter, or undefined once a 400 naming `field` has been sent. */
export function readGuid(res: Response, raw: unknown, field: string): string | undefined {
  const guid = Guid.safeParse(raw);
  if (!guid.success) return void sendInvalid(res, guid.error, field);
  return guid.data;
}

/** The record behind a GUID parameter, or undefined once a 400 or 404 has been sent. */
export function findByGuid<T>(
  res: Response,
  param: { raw: unknown; field: string; what: string },
  lookup: (guid: string) => T | undefined,
): T | undefined {
  const guid = readGuid(res, param.raw, param.field);
  if (guid === undefined) return undefined;
  const found = lookup(guid);
  if (!found) sendError(res, 404, { error: `${param.what} ${guid} not found` });
  return found;
}
