import type { BrightpearlErrorItem } from '@bpkc/shared-types';
import type { ZodError, ZodType } from 'zod';

/**
 * Error codes the simulator answers with. Only the CMNC codes are documented or recorded
 * (reference §3.2); the ORDC/CONC/PRDC/MMSC codes below are our own picks in Brightpearl's
 * naming style, because the real codes for these situations are UNCONFIRMED.
 */
export const ERROR_CODES = {
  /** [DOC] "You must supply a JSON formatted body". */
  jsonBody: 'CMNC-010',
  /** [REC] unparseable search filter, answered with HTTP 500. */
  badFilter: 'CMNC-018',
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
