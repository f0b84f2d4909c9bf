export { acceptBrightpearlWebhooks, dirtyKindOf } from './brightpearl-webhook-intake';
export { brightpearlWebhookRouter } from './brightpearl-webhook-route';
export { kenticoEventRouter } from './kentico-event-route';
