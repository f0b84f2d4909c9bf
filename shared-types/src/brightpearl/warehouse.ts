import { z } from 'zod';

// GET /warehouse-service/product-availability/{idSet} (reference §7.5): keyed by product id,
// totals plus per-warehouse figures; onHand is what can be sold.
const Figures = z.object({
  inStock: z.number(),
  onHand: z.number(),
  allocated: z.number(),
  inTransit: z.number().optional(),
});

export const ProductAvailability = z.record(
  z.string(),
  z.object({ total: Figures, warehouses: z.record(z.string(), Figures) }),
);
export type ProductAvailability = z.infer<typeof ProductAvailability>;

export const StockCorrection = z.object({
  corrections: z
    .array(
      z.object({
        quantity: z.number().int(),
        productId: z.number().int().positive(),
        reason: z.string().min(1),
        locationId: z.number().int().optional(),
        cost: z.object({ currency: z.string(), value: z.number() }).optional(),
      }),
    )
    .min(1),
});
export type StockCorrection = z.infer<typeof StockCorrection>;
