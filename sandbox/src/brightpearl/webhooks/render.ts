import { fullEventName } from '../events';
import type { ResourceEvent } from '../events';
import type { OutgoingCallback } from './send';
import type { StoredWebhook } from './webhook-types';

/** What `${brightpearl-version}` renders; the value seen in a real delivery (reference §10.2). */
export const BRIGHTPEARL_VERSION = '4.95.2647';

/** Template variable name (without `${}`) → value. */
export type TemplateVars = Record<string, string>;

/** The variables of reference §10.1 for one delivery; `resource-id` is an id set. */
export function eventVars(input: {
  accountCode: string;
  event: Omit<ResourceEvent, 'ids'>;
  idSet: string;
  raisedOn: number;
}): TemplateVars {
  const { event } = input;
  return {
    'account-code': input.accountCode,
    'resource-type': event.resourceType,
    'resource-id': input.idSet,
    'lifecycle-event': event.lifecycleEvent,
    'resource-specifier': event.specifier ?? '',
    'full-event': fullEventName(event),
    // ISO-8601 UTC with milliseconds, as in the recorded payload (reference §10.2).
    'raised-on': new Date(input.raisedOn).toISOString(),
    'brightpearl-version': BRIGHTPEARL_VERSION,
  };
}

/**
 * Substitutes `${name}` in a uriTemplate or bodyTemplate. Values go in verbatim (ids sets are
 * digits, commas and dashes); unknown placeholders are left as they are.
 */
export function renderTemplate(template: string, vars: TemplateVars): string {
  return template.replace(/\$\{([a-z-]+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(vars, name) ? (vars[name] ?? '') : placeholder,
  );
}

/** The request one delivery makes: both templates rendered with the same variables (§10.1). */
export function renderCallback(webhook: StoredWebhook, vars: TemplateVars): OutgoingCallback {
  return {
    method: webhook.httpMethod,
    url: renderTemplate(webhook.uriTemplate, vars),
    ...(webhook.bodyTemplate === undefined
      ? {}
      : { body: renderTemplate(webhook.bodyTemplate, vars) }),
    ...(webhook.contentType === undefined ? {} : { contentType: webhook.contentType }),
  };
}
