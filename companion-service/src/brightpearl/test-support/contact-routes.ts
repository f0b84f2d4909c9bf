import { parseIdSet } from '@bpkc/shared-types';
import type { Router } from 'express';

import type { LifecycleState } from './lifecycle-state';
import { notFound, periodStart } from './lifecycle-routes';
import { searchPage } from './search-body';

const CONTACT_COLUMNS = ['updatedOn', 'primaryEmail', 'contactId'];

type Patch = { op: string; path: string; value?: unknown };

/**
 * JSON-Patch as Brightpearl applies it: `replace` and `remove` need an existing member and
 * `add` an existing parent; anything else is refused (500 CMNC-044, reference §3.2).
 */
function applyPatch(target: Record<string, unknown>, patch: Patch): boolean {
  const keys = patch.path.split('/').slice(1);
  const last = keys.pop();
  let parent: unknown = target;
  for (const key of keys) parent = (parent as Record<string, unknown> | undefined)?.[key];
  if (last === undefined || typeof parent !== 'object' || parent === null) return false;
  const members = parent as Record<string, unknown>;
  if (patch.op !== 'add' && !(last in members)) return false;
  if (patch.op === 'remove') delete members[last];
  else members[last] = patch.value;
  return true;
}

/** Contact GET (paged, reference §3.4), PATCH and the updatedOn search (reference §6). */
export function contactRoutes(router: Router, state: LifecycleState): void {
  router.get('/contact-service/contact/:idSet', (req, res) => {
    const found = parseIdSet(String(req.params.idSet)).flatMap(
      (id) => state.contacts.get(id) ?? [],
    );
    if (found.length === 0) return notFound(res, 'No Contact Found');
    const first = Number(req.query.firstResult ?? 1);
    const page = found.slice(first - 1, first - 1 + state.contactPageSize);
    const pagination = {
      morePagesAvailable: first - 1 + page.length < found.length,
      resultsReturned: page.length,
      firstResult: first,
      lastResult: first + page.length - 1,
    };
    res.json({ response: page, pagination, sorting: [{ field: 'contactId', direction: 'ASC' }] });
  });
  router.patch('/contact-service/contact/:id', (req, res) => {
    if (!Array.isArray(req.body)) {
      res
        .status(400)
        .json({ errors: [{ code: 'CMNC-010', message: 'JSON-Patch array expected' }] });
      return;
    }
    const stored = state.contacts.get(Number(req.params.id));
    if (!stored) return notFound(res, 'No Contact Found');
    const contact = structuredClone(stored);
    for (const patch of req.body as Patch[]) {
      if (applyPatch(contact, patch)) continue;
      const message = `Invalid patch operation (${patch.op}) for given path (${patch.path})`;
      res.status(500).json({ errors: [{ code: 'CMNC-044', message }] });
      return;
    }
    state.contacts.set(Number(req.params.id), contact);
    res.json({ response: contact });
  });
  router.get('/contact-service/contact-search', (req, res) => {
    const start = periodStart(req, 'updatedOn');
    const time = (row: Record<string, unknown>): number => Date.parse(String(row.updatedOn));
    const rows = [...state.contacts.values()].filter((row) => time(row) >= start);
    if (req.query.sort === 'updatedOn.ASC') rows.sort((a, b) => time(a) - time(b));
    const { maxPageSize } = state;
    res.json(searchPage({ columns: CONTACT_COLUMNS, rows, query: req.query, maxPageSize }));
  });
}
