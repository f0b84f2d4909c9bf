import { parseIdSet } from '@bpkc/shared-types';

import { notFound } from './errors';

/**
 * The `{idSet}` path segment ("1-5,9", reference §3.4). A segment that is not an id set is not
 * a resource path at all, so it is answered like an unknown URI: 404 CMNC-404.
 */
export function idsFromPath(idSet: string | undefined, resourcePath: string): number[] {
  try {
    return parseIdSet(idSet ?? '');
  } catch {
    throw notFound(`Cannot find the resource ${resourcePath}/${idSet ?? ''}`);
  }
}

/** The stored records for an id set, in id order, skipping ids that do not exist. */
export function pickByIds<T>(map: ReadonlyMap<number, T>, ids: number[]): T[] {
  return [...new Set(ids)]
    .sort((a, b) => a - b)
    .flatMap((id) => {
      const item = map.get(id);
      return item === undefined ? [] : [item];
    });
}
