import type { AdminPermission, AdminTokenClaims } from '@bpkc/shared-types';
import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';

import { actAs } from '../audit/acting-user';
import { actorOf, requiredPermission } from './auth';
import { BadRequestError } from './errors';

type Method = 'get' | 'post' | 'put' | 'delete';
type Schema = z.ZodType;
type Out<S> = S extends Schema ? z.output<S> : undefined;

/** What a handler receives: validated params, query and body, and who is asking. */
export interface RouteInput<P, Q, B> {
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  actor: AdminTokenClaims;
}

/**
 * One admin endpoint: its contract (the shared zod schemas, also used for the OpenAPI document)
 * and a handler that only ever sees validated input and returns the response body.
 */
export interface RouteSpec<P, Q, B, R extends Schema> {
  method: Method;
  /** Express syntax, relative to /api/v1, e.g. `/orders/:orderGuid`. */
  path: string;
  summary: string;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** Success status (default 200). */
  status?: number;
  /** A non-JSON response (e.g. 'text/csv'): the handler returns the body as a string. */
  contentType?: string;
  /**
   * Default: 'view' for GET, 'edit' for the rest. A POST that changes nothing (a check, a
   * probe) says 'view', so a read-only operator may use it.
   */
  permission?: AdminPermission;
  handler: (input: RouteInput<P, Q, B>) => Promise<z.output<R>>;
}

export interface AdminRoute {
  method: Method;
  path: string;
  summary: string;
  params?: Schema;
  query?: Schema;
  body?: Schema;
  response: Schema;
  status: number;
  contentType?: string;
  permission: AdminPermission;
  handle: RequestHandler;
}

export function defineRoute<
  P extends Schema | undefined,
  Q extends Schema | undefined,
  B extends Schema | undefined,
  R extends Schema,
>(spec: RouteSpec<P, Q, B, R>): AdminRoute {
  const { handler, ...contract } = spec;
  const status = spec.status ?? 200;
  const handle: RequestHandler = async (req: Request, res: Response) => {
    const input = {
      params: parse(spec.params, req.params, 'params'),
      query: parse(spec.query, req.query, 'query'),
      body: parse(spec.body, req.body ?? {}, 'body'),
      actor: actorOf(res),
    } as RouteInput<P, Q, B>;
    // The audit log and mapping versions take the user's name from this context (audit/).
    const result = await actAs({ sub: input.actor.sub, name: input.actor.name }, () =>
      handler(input),
    );
    if (spec.contentType) res.status(status).type(spec.contentType).send(result);
    else res.status(status).json(result);
  };
  return {
    ...(contract as Omit<AdminRoute, 'status' | 'permission' | 'handle'>),
    status,
    permission: spec.permission ?? requiredPermission(spec.method.toUpperCase()),
    handle,
  };
}

function parse(schema: Schema | undefined, value: unknown, location: string): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) throw BadRequestError.fromZod(result.error, location);
  return result.data;
}
