/**
 * A hint's admin address (`/mappings#shippingMethods:PigeonPost`) as a link from one admin
 * page to another: relative, as the pages are siblings in the Kentico application.
 */
export const adminHref = (href: string) => href.replace(/^\/+/, '');
