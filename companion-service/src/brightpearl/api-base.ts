/** The Brightpearl API root for an account: `{baseUrl}/public-api/{accountCode}`. */
export function brightpearlApiBase(account: { baseUrl: string; accountCode: string }): string {
  return `${account.baseUrl.replace(/\/+$/, '')}/public-api/${encodeURIComponent(account.accountCode)}`;
}
