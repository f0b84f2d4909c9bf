import type { ApiError } from '@bpkc/shared-types';
import type { NextFunction, Request, Response } from 'express';
import type { ZodError } from 'zod';

import type { Logger } from '../observability/logger';

/** A failure the caller can act on; the error middleware turns it into `status` + ApiError. */
export class AdminApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadRequestError extends AdminApiError {
  constructor(message: string, field?: string) {
    super(400, message, field);
  }

  /** The first issue, named by its path (e.g. `mapping.brightpearl.channelId`), else by where. */
  static fromZod(error: ZodError, location: string): BadRequestError {
    const issue = error.issues[0];
    const path = (issue?.path ?? []).map(String).join('.');
    const message = issue?.message ?? 'invalid';
    return path
      ? new BadRequestError(`invalid ${location} field "${path}": ${message}`, path)
      : new BadRequestError(`invalid ${location}: ${message}`, location);
  }
}

export class UnauthorizedError extends AdminApiError {
  constructor(message: string) {
    super(401, message);
  }
}

export class ForbiddenError extends AdminApiError {
  constructor(message: string) {
    super(403, message);
  }
}

export class NotFoundError extends AdminApiError {
  constructor(message: string) {
    super(404, message);
  }
}

export class ConflictError extends AdminApiError {
  constructor(message: string) {
    super(409, message);
  }
}

/** Brightpearl or Kentico failed a call the operator asked for (e.g. a webhook registration). */
export class UpstreamError extends AdminApiError {
  constructor(message: string) {
    super(502, message);
  }
}

/** The one error middleware of the admin API: typed errors → their status, the rest → 500. */
export function adminErrorHandler(logger: Logger) {
  // Express recognises an error handler by its four parameters.
  // eslint-disable-next-line max-params
  return (error: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    if (error instanceof AdminApiError) {
      if (error.status === 401) res.set('WWW-Authenticate', 'Bearer realm="bpkc-admin"');
      const body: ApiError = {
        error: error.message,
        ...(error.field ? { field: error.field } : {}),
      };
      res.status(error.status).json(body);
      return;
    }
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // Body-parser failures (bad JSON, too large) carry their 4xx status.
      res.status(status).json({ error: `request rejected: ${(error as Error).message}` });
      return;
    }
    logger.error('Admin API request failed', { error });
    res.status(500).json({ error: 'internal error' });
  };
}
