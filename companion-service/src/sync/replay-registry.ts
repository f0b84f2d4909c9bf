import { replayProduct } from './catalog/product-replay';
import { replayOrder, replayOrderAnnotate, replayOrderWriteBack } from './orders/replay';
import { replayPayment } from './payments/payment-replay';
import { CREDIT_FLOW, replayRefusedCredits } from './refunds/credit-refusals';
import { replayRefund } from './refunds/refund-replay';
import type { Replayer } from './replay';
import { replayOrderStatus } from './status/status-replay';

export { NotReplayableError, type Replayer } from './replay';

/**
 * Every flow a failure can be replayed for, by its dead-letter flow name. Each job re-reads the
 * truth and looks Brightpearl up by its natural key before creating anything, so a replay never
 * duplicates a record. Missing on purpose: 'payment-fee' (a journal has no key to look up: a
 * person checks Brightpearl, then discards) and flows without a replay path yet.
 */
const REPLAYERS: Record<string, Replayer> = {
  order: replayOrder,
  'order-write-back': replayOrderWriteBack,
  'order-annotate': replayOrderAnnotate,
  refund: replayRefund,
  [CREDIT_FLOW]: replayRefusedCredits,
  payment: replayPayment,
  product: replayProduct,
  'order-status': replayOrderStatus,
};

export function replayerFor(flow: string): Replayer | undefined {
  return Object.hasOwn(REPLAYERS, flow) ? REPLAYERS[flow] : undefined;
}

export const REPLAYABLE_FLOWS = Object.keys(REPLAYERS);
