import { formatIdSet } from '@bpkc/shared-types';

import { idsFromPath } from './id-params';
import { ok } from './route';
import type { Route } from './route';
import type { SimulatorState } from './state';

export interface GetUrisSpec {
  /** The GET route's template, e.g. `/product-service/product/:idSet`. */
  path: string;
  /** What the URIs start with, e.g. `/product` (the recording shows `/order/...`). */
  uriPrefix: string;
  exists(state: SimulatorState, id: number): boolean;
  /** Ids per URI: the resource's GET limit. */
  chunkSize: number;
}

/**
 * OPTIONS {resource}/{idSet} (reference §3.4, [REC]): the GET URIs that cover the ids of the set
 * that exist, split into chunks a GET accepts; `{"getUris":[]}` when none exist.
 */
export function getUrisRoute(spec: GetUrisSpec): Route {
  return {
    method: 'OPTIONS',
    path: spec.path,
    messageType: 'options',
    handle: (context) => {
      const ids = [...new Set(idsFromPath(context.params['idSet'], spec.uriPrefix))]
        .filter((id) => spec.exists(context.state, id))
        .sort((a, b) => a - b);
      const getUris: string[] = [];
      for (let start = 0; start < ids.length; start += spec.chunkSize) {
        getUris.push(`${spec.uriPrefix}/${formatIdSet(ids.slice(start, start + spec.chunkSize))}`);
      }
      return ok({ getUris });
    },
  };
}
