/**
 * Deep links into the admin screen. The admin module owns these routes; keeping them in one place
 * means a renamed screen is one edit here.
 */
export const adminLinks = {
  failures: (adminUrl: string, reason: string) =>
    `${adminUrl}/failures?reason=${encodeURIComponent(reason)}`,
  order: (adminUrl: string, orderGuid: string) =>
    `${adminUrl}/orders/${encodeURIComponent(orderGuid)}`,
  connection: (adminUrl: string) => `${adminUrl}/connection`,
  dashboard: (adminUrl: string) => `${adminUrl}/dashboard`,
  held: (adminUrl: string) => `${adminUrl}/held`,
};
