export * from './registration';
export * from './webhook-identity';
export { webhookTokenKeys } from './webhook-token-store';
