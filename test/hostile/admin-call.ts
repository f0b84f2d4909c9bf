import { type HostileCase, type HostileContext, status } from './hostile-case';

/** The admin API's mount point and the read endpoints every forged token is tried on. */
export const API = '/api/v1';
export const READS = [
  '/overview',
  '/orders',
  '/failures',
  '/failures/groups',
  '/mappings/current',
  '/connection',
  '/audit',
  '/lookups',
];
export type Auth = (ctx: HostileContext) => Record<string, string>;

/** One admin API request with the auth headers `auth` builds at run time. */
// A corpus line reads as a table row: name, request parts, expected answer.
// eslint-disable-next-line max-params
export function call(
  name: string,
  method: string,
  path: string | ((ctx: HostileContext) => string),
  auth: Auth,
  codes: number[],
  body?: string,
  contentType = 'application/json',
): HostileCase {
  return {
    name: `admin API: ${name}`,
    surface: 'admin',
    request: (ctx) => ({
      method,
      path: API + (typeof path === 'string' ? path : path(ctx)),
      headers: { ...auth(ctx), ...(body === undefined ? {} : { 'content-type': contentType }) },
      ...(body === undefined ? {} : { body }),
    }),
    expect: status(...codes),
  };
}
