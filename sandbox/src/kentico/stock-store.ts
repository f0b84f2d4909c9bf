/**
 * The extension's own stock table (XbyK has no native stock, §3.3): one row per SKU, holding the
 * figure the storefront sells from.
 */
export interface KenticoStockRecord {
  available: number;
  updatedAt: string;
  /** How many times the companion changed the figure (unchanged writes do not count). */
  writes: number;
}

/** One change of the figure the storefront showed, in order. */
export interface KenticoStockChange {
  available: number;
  at: string;
}

export type StockSource = 'companion' | 'checkout' | 'merchant';

export interface StockStore {
  get(sku: string): KenticoStockRecord | undefined;
  history(sku: string): KenticoStockChange[];
  /** Sets the figure; returns false (and records nothing) when it already had that value. */
  set(sku: string, available: number, source: StockSource): boolean;
  /** Takes sold units off, never below 0, as the merchant's order service does at checkout. */
  sell(sku: string, quantity: number): void;
}

export function createStockStore(now: () => string): StockStore {
  const records = new Map<string, KenticoStockRecord>();
  const histories = new Map<string, KenticoStockChange[]>();

  const set = (sku: string, available: number, source: StockSource): boolean => {
    const record = records.get(sku);
    if (record?.available === available) return false;
    const at = now();
    const writes = (record?.writes ?? 0) + (source === 'companion' ? 1 : 0);
    records.set(sku, { available, updatedAt: at, writes });
    histories.set(sku, [...(histories.get(sku) ?? []), { available, at }]);
    return true;
  };

  return {
    get: (sku) => {
      const record = records.get(sku);
      return record && { ...record };
    },
    history: (sku) => (histories.get(sku) ?? []).map((change) => ({ ...change })),
    set,
    sell(sku, quantity) {
      const record = records.get(sku);
      // A SKU without a stock row is not stock-managed in Kentico: nothing to take off.
      if (!record || quantity <= 0) return;
      set(sku, Math.max(0, record.available - quantity), 'checkout');
    },
  };
}
