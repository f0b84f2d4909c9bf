import { idSetSize, parseIdSet } from '@bpkc/shared-types';

import { BrightpearlError, ERROR_CODES, notFound } from './errors';

/**
 * The `{idSet}` path segment ("1-5,9", reference §3.4). A segment that is not an id set is not
 * a resource path at all, so it is answered like an unknown URI: 404 CMNC-404. `maxIds` is the
 * resource's per-call limit (§3.4 lists several); a longer set is a 400 before anything is read.
 */
export function idsFromPath(
  idSet: string | undefined,
  resourcePath: string,
  maxIds?: number,
): number[] {
  const raw = idSet ?? '';
  const size = idSetSize(raw);
  if (maxIds !== undefined && size !== undefined && size > maxIds) {
    const message = `The id set ${raw} has ${size} ids; at most ${maxIds} are allowed`;
    throw BrightpearlError.of(400, ERROR_CODES.idSetTooLarge, message);
  }
  try {
    return parseIdSet(raw);
  } catch {
    throw notFound(`Cannot find the resource ${resourcePath}/${raw}`);
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
