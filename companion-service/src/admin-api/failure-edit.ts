import type {
  EditableOrderValues,
  KenticoOrder,
  OrderOverride,
  ReplayResult,
} from '@bpkc/shared-types';

import { writeAudit } from '../audit/audit-log';
import { readLetter } from '../dead-letters/dead-letter-reports';
import { fixHintOf } from '../dead-letters/fix-hints';
import { type KenticoBridgeClient, KenticoNotFoundError } from '../kentico';
import type { Db } from '../store';
import {
  applyOrderOverride,
  editableValues,
  overriddenFields,
  readOrderOverride,
  saveOrderOverride,
} from '../sync/orders/order-overrides';
import { orderNumbersOf } from '../sync/orders/order-sync-reads';
import { ConflictError, NotFoundError, UpstreamError } from './errors';
import { type Deps, lockOpenLetter, replayOne } from './replay-one';

/**
 * Edit and retry: a merchant corrects an order's address, phone or e-mail and sends it again.
 * The correction is stored as an override (Kentico keeps its own copy; only what Brightpearl
 * gets changes). The audit and timeline name the fields changed, never their values.
 */

export interface EditDeps extends Deps {
  kentico?: Pick<KenticoBridgeClient, 'getOrder'>;
}

/** The failure, if it is an open order failure whose data the merchant may correct. */
async function editableLetter(db: Db, id: number) {
  const letter = await readLetter(db, id);
  if (!letter) throw new NotFoundError(`failure ${id} not found`);
  if (letter.resolved_at !== null) throw new ConflictError(`failure ${id} is already resolved`);
  if (!fixHintOf(letter, null).editable) {
    throw new ConflictError(
      `failure ${id} is not about data you can edit (an address, a phone number, an e-mail): use its how-to-fix instead`,
    );
  }
  return letter;
}

async function kenticoOrder(deps: EditDeps, orderGuid: string): Promise<KenticoOrder> {
  if (!deps.kentico)
    throw new UpstreamError('no Kentico bridge is configured: orders cannot be read');
  try {
    return await deps.kentico.getOrder(orderGuid);
  } catch (error) {
    if (error instanceof KenticoNotFoundError)
      throw new NotFoundError(`Kentico has no order ${orderGuid}`);
    throw new UpstreamError(`Kentico did not answer for order ${orderGuid}: try again shortly`);
  }
}

/** GET /failures/:id/editable: Kentico's values with earlier corrections applied. */
export async function readEditableValues(deps: EditDeps, id: number): Promise<EditableOrderValues> {
  const letter = await editableLetter(deps.db, id);
  const orderGuid = letter.record_key;
  const order = await kenticoOrder(deps, orderGuid);
  const corrected = applyOrderOverride(order, await readOrderOverride(deps.db, orderGuid));
  const numbers = await orderNumbersOf(deps.db, [orderGuid]);
  return {
    orderGuid,
    orderNumber: numbers.get(orderGuid.toLowerCase()) ?? order.OrderNumber,
    values: editableValues(corrected),
  };
}

/** POST /failures/:id/edit-and-replay: stores the override and replays, in one transaction. */
export async function editAndReplay(
  deps: EditDeps,
  input: { id: number; override: OrderOverride; actor: string },
): Promise<ReplayResult> {
  return deps.db.transaction(async (tx) => {
    const letter = await lockOpenLetter(tx, input.id);
    await editableLetter(tx, input.id);
    await saveOrderOverride(tx, {
      orderGuid: letter.record_key,
      override: input.override,
      actor: input.actor,
    });
    await writeAudit(tx, {
      actor: input.actor,
      action: 'order.edit',
      target: `order:${letter.record_key}`,
      details: {
        failureId: letter.id,
        recordKey: letter.record_key,
        fields: overriddenFields(input.override),
      },
    });
    const outcome = await replayOne(tx, { ...deps, letter, actor: input.actor, bulk: false });
    if ('skipped' in outcome) throw new ConflictError(outcome.skipped.why);
    return { replayed: [outcome.replayed], skipped: [], remaining: 0 };
  });
}
