import { contactSearch } from '../contacts/contact-search';
import { contactView } from '../contacts/contact-view';
import { createContact } from '../contacts/create-contact';
import { patchContact } from '../contacts/patch-contact';
import { createPostalAddress, postalAddressView } from '../contacts/postal-addresses';
import { notFound } from '../errors';
import { idsFromPath, pickByIds } from '../id-params';
import { created, ok } from '../route';
import type { Route, RouteContext, RouteResult } from '../route';
import { runSearch } from '../search/search-engine';
import { filterError } from '../search/search-filters';
import { parsePaging } from '../search/search-paging';

/**
 * Contact GET: unknown ids → 404 CMNC-404 "No Contact Found" (unlike orders, reference §3.3),
 * pages of up to 200 with `pagination` and `sorting` beside `response` (reference §3.4, §6.3).
 */
function getContacts(context: RouteContext): RouteResult {
  const ids = idsFromPath(context.params['idSet'], '/contact');
  const direction = contactSortDirection(context.query['sort']);
  const found = pickByIds(context.state.contacts, ids);
  if (direction === 'DESC') found.reverse();
  const { firstResult, pageSize } = parsePaging(context.query);
  const page = found.slice(firstResult - 1, firstResult - 1 + Math.min(pageSize, 200));
  if (page.length === 0) throw notFound('No Contact Found');
  const lastResult = firstResult + page.length - 1;
  return {
    status: 200,
    body: {
      response: page.map(contactView),
      pagination: {
        morePagesAvailable: lastResult < found.length,
        resultsReturned: page.length,
        firstResult,
        lastResult,
      },
      sorting: [{ field: 'contactId', direction }],
    },
  };
}

function contactSortDirection(raw: string | undefined): 'ASC' | 'DESC' {
  if (raw === undefined) return 'ASC';
  const match = /^contactId[.|](ASC|DESC)$/i.exec(raw);
  if (!match) throw filterError('sort', raw, 'SORT');
  return match[1]?.toUpperCase() === 'DESC' ? 'DESC' : 'ASC';
}

/** Postal address GET with no match: 404 like contacts (exact message UNCONFIRMED). */
function getPostalAddresses(context: RouteContext): RouteResult {
  const ids = idsFromPath(context.params['idSet'], '/postal-address');
  const found = pickByIds(context.state.postalAddresses, ids);
  if (found.length === 0) throw notFound('No Postal Address Found');
  return ok(found.map(postalAddressView));
}

export const contactRoutes: Route[] = [
  {
    method: 'POST',
    path: '/contact-service/postal-address',
    messageType: 'post-postal-address',
    needsBody: true,
    handle: (context) => created(createPostalAddress(context)),
  },
  {
    method: 'GET',
    path: '/contact-service/postal-address/:idSet',
    messageType: 'get-postal-address',
    handle: getPostalAddresses,
  },
  {
    method: 'POST',
    path: '/contact-service/contact',
    messageType: 'post-contact',
    needsBody: true,
    handle: (context) => created(createContact(context)),
  },
  {
    method: 'GET',
    path: '/contact-service/contact/:idSet',
    messageType: 'get-contact',
    handle: getContacts,
  },
  {
    method: 'PATCH',
    path: '/contact-service/contact/:id',
    messageType: 'patch-contact',
    needsBody: true,
    handle: (context) => ok(contactView(patchContact(context))),
  },
  {
    method: 'GET',
    path: '/contact-service/contact-search',
    messageType: 'bulk-data-search',
    handle: (context) => runSearch(contactSearch(context.state), context.query),
  },
];
