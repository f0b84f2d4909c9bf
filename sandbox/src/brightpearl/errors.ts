import type { BrightpearlErrorItem } from '@bpkc/shared-types';
import type { ZodError, ZodType } from 'zod';

/**
 * Error codes the simulator answers with. Only the CMNC codes, PRDC-014 and INTC-064 are
 * documented or recorded (reference §3.2); the other ORDC/CONC/PRDC/WHSC/INTC/MMSC codes are our
 * own picks in Brightpearl's naming style, because the real codes for these are UNCONFIRMED.
 */
export const ERROR_CODES = {
  /** [DOC] "You must supply a JSON formatted body". */
  jsonBody: 'CMNC-010',
  /** [REC] unparseable search filter, answered with HTTP 500. */
  badFilter: 'CMNC-018',
  /** [REC] "Invalid patch operation (add) for given path (/reference)", answered with HTTP 500. */
  invalidPatchOperation: 'CMNC-044',
  /** [REC] not found. */
  notFound: 'CMNC-404',
  /** [REC-ish, Java fixture] unexpected failure. */
  internal: 'CMNU-003',
  orderValidation: 'ORDC-001',
  orderUnknownReference: 'ORDC-019',
  /** UNCONFIRMED: the real code for a duplicate externalRef + installedIntegrationInstanceId. */
  orderDuplicateExternalRef: 'ORDC-097',
  contactValidation: 'CONC-001',
  contactUnknownAddress: 'CONC-017',
  multiMessageValidation: 'MMSC-001',
  /** UNCONFIRMED: an id set longer than the resource accepts in one GET. */
  idSetTooLarge: 'CMNC-029',
  productValidation: 'PRDC-001',
  /** [REC] "You must supply a brand ID." */
  productBrandRequired: 'PRDC-014',
  /** UNCONFIRMED whether Brightpearl rejects a duplicate SKU at all; we do (see create-product). */
  productDuplicateSku: 'PRDC-045',
  /** [DOC] names WHSC-070 as a warehouse validation code; its exact meaning is UNCONFIRMED. */
  warehouseValidation: 'WHSC-070',
  /** [REC] "… either does not exist or cannot be subscribed too". */
  webhookUnknownEvent: 'INTC-064',
  webhookValidation: 'INTC-001',
  /** UNCONFIRMED: goods-out note request problems (rows, quantities, warehouse, event list). */
  goodsOutValidation: 'WHSC-071',
  /** UNCONFIRMED: an update or event on a note that has shipped (reference §8.3). */
  goodsOutShipped: 'WHSC-072',
  /** UNCONFIRMED: If-Match does not name the note's lastEventVersion (answered 412, §8.4). */
  goodsOutVersionMismatch: 'WHSC-073',
  /** UNCONFIRMED: an order status change the §5.7 rules forbid (e.g. cancelling a paid order). */
  orderStatusRule: 'ORDC-031',
  /** UNCONFIRMED: customer payment and journal entry validation (reference §9.1, §9.3). */
  accountingValidation: 'ACCC-001',
  /** UNCONFIRMED: transactionRef + paymentMethodCode already used (reference §9.1). */
  paymentDuplicateTransactionRef: 'ACCC-045',
  /** UNCONFIRMED: journal debits and credits differ (reference §9.3). */
  journalUnbalanced: 'ACCC-062',
  /** UNCONFIRMED: a JSON-Patch `test` operation did not match (reference §6.4). */
  contactPatchTestFailed: 'CONC-044',
} as const;

/** Thrown by handlers; the pipeline turns it into `{"errors":[...]}` with `status`. */
export class BrightpearlError extends Error {
  constructor(
    readonly status: number,
    readonly errors: BrightpearlErrorItem[],
  ) {
    super(errors.map((error) => `${error.code} ${error.message}`).join('; '));
    this.name = 'BrightpearlError';
  }

  static of(status: number, code: string, message: string): BrightpearlError {
    return new BrightpearlError(status, [{ code, message }]);
  }
}

export const notFound = (message: string): BrightpearlError =>
  BrightpearlError.of(404, ERROR_CODES.notFound, message);

/** One 400 error per zod issue, each message naming the offending field path. */
export function zodToBrightpearlError(error: ZodError, code: string): BrightpearlError {
  const items = error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'body';
    return { code, message: `${field}: ${issue.message}` };
  });
  return new BrightpearlError(400, items);
}

/** Validates a request body against a shared schema, or throws a 400 naming the fields. */
export function parseBody<T>(schema: ZodType<T>, body: unknown, code: string): T {
  const result = schema.safeParse(body);
  if (!result.success) throw zodToBrightpearlError(result.error, code);
  return result.data;
}
