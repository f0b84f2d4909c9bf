export { createLookupService, LOOKUP_TTL_MS } from './lookup-service';
export type { LookupReadOptions, LookupService, LookupServiceDeps } from './lookup-service';
export type { BrightpearlLookupClient } from './lookup-options';
