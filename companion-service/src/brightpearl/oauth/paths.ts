/**
 * Where Brightpearl sends the merchant's browser back after consent. Outside /api/v1 on purpose:
 * the browser arrives from Brightpearl without the Kentico admin token; the single-use `state`
 * is what ties the answer to the admin user who started the connection.
 */
export const OAUTH_CALLBACK_PATH = '/oauth/brightpearl/callback';
