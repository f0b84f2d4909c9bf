import type { Replayer } from '../replay';
import { ProductCreateJob } from './product-create';

/** A product Brightpearl refused: created again (the job looks its SKU up first). */
export const replayProduct: Replayer = (tx, queue, productGuid) =>
  queue.enqueue('product-create', ProductCreateJob.parse({ productGuid }), { db: tx });
