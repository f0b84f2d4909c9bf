/**
 * The SKUs of `?skus=a,b,c`, split on the raw commas BEFORE decoding each one: a SKU containing
 * a comma arrives as %2C and must stay one SKU, whereas a parsed req.query has already decoded
 * it. "+" is a space, as in any form-encoded query. Repeated `skus=` parameters add up.
 * Undefined when there is no `skus` parameter; throws URIError on malformed percent-encoding.
 */
export function rawSkuList(originalUrl: string): string[] | undefined {
  const query = originalUrl.split('?')[1];
  if (query === undefined) return undefined;
  const values = query
    .split('&')
    .filter((pair) => pair.split('=')[0] === 'skus')
    .map((pair) => pair.slice('skus='.length));
  if (values.length === 0) return undefined;
  return values.flatMap((value) =>
    value.split(',').map((sku) => decodeURIComponent(sku.replace(/\+/g, ' '))),
  );
}

/** rawSkuList that reports malformed encoding instead of throwing. */
export function readSkuList(originalUrl: string): { ok: true; skus: string[] } | { ok: false } {
  try {
    return { ok: true, skus: rawSkuList(originalUrl) ?? [] };
  } catch {
    return { ok: false };
  }
}
