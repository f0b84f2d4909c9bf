import type { BrightpearlErrorItem } from '@bpkc/shared-types';
import { z } from 'zod';

import { formatUnits, sumUnits } from '../decimal';
import { BrightpearlError, ERROR_CODES, parseBody } from '../errors';
import { withoutUndefined } from '../objects';
import { Money } from '../payments/money';
import type { RouteContext } from '../route';
import { formatTimestamp, takeId } from '../state';
import type { SimulatorState } from '../state';
import type { StoredJournalEntry } from './journal-types';

/**
 * The sandbox chart of accounts (ours): bank, debtors, stock, creditors, VAT, sales, shipping,
 * purchases, refunds. Reference §9.3 requires existing, active nominal codes.
 */
export const NOMINAL_CODES = [
  '1001',
  '1100',
  '1200',
  '2100',
  '2200',
  '4000',
  '4040',
  '5000',
  '4009',
  // Bank charges: where payment provider fees are usually booked.
  '7901',
];

const yyyyMmDd = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date in yyyy-mm-dd form')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'is not a real date');

/**
 * Header fields as in Zynk's mapping (reference §9.3), sent flat. The line shape
 * `{nominalCode, debit?, credit?, description?}` is UNCONFIRMED: the real line schema is not
 * documented publicly.
 */
const JournalEntryCreate = z.object({
  journalType: z.string().min(1),
  journalDate: yyyyMmDd,
  dateDue: yyyyMmDd.optional(),
  description: z.string().optional(),
  currencyId: z.number().int().positive().optional(),
  exchangeRate: z.number().positive().optional(),
  contactId: z.number().int().positive().optional(),
  lines: z
    .array(
      z.object({
        nominalCode: z.string().min(1),
        debit: Money.optional(),
        credit: Money.optional(),
        description: z.string().optional(),
      }),
    )
    .min(2),
});
type JournalEntryCreate = z.infer<typeof JournalEntryCreate>;

const invalid = (message: string): BrightpearlErrorItem => ({
  code: ERROR_CODES.accountingValidation,
  message,
});

/**
 * POST /accounting-service/journal-entry → the journal id (reference §9.3). The date must be a
 * yyyy-mm-dd date (every period counts as open here), nominal codes and currency must exist,
 * each line carries exactly one non-zero side, and debits must equal credits.
 */
export function createJournalEntry(context: RouteContext): number {
  const { state } = context;
  const input = parseBody(JournalEntryCreate, context.body, ERROR_CODES.accountingValidation);
  const errors = checkEntry(state, input);
  if (errors.length > 0) throw new BrightpearlError(400, errors);
  const debits = sumUnits(input.lines.map((line) => line.debit ?? 0));
  const credits = sumUnits(input.lines.map((line) => line.credit ?? 0));
  if (debits !== credits) {
    const message = `Journal does not balance: debits ${formatUnits(debits)} ≠ credits ${formatUnits(credits)}`;
    throw BrightpearlError.of(400, ERROR_CODES.journalUnbalanced, message);
  }
  const entry: StoredJournalEntry = withoutUndefined({
    id: takeId(state, 'journal'),
    journalType: input.journalType,
    journalDate: input.journalDate,
    dateDue: input.dateDue,
    description: input.description,
    currencyId: input.currencyId ?? 1,
    exchangeRate: (input.exchangeRate ?? 1).toFixed(6),
    contactId: input.contactId,
    lines: input.lines.map((line) =>
      withoutUndefined({
        nominalCode: line.nominalCode,
        debit: formatUnits(line.debit ?? 0),
        credit: formatUnits(line.credit ?? 0),
        description: line.description,
      }),
    ),
    createdOn: formatTimestamp(context.now()),
  });
  state.journalEntries.set(entry.id, entry);
  return entry.id;
}

function checkEntry(state: SimulatorState, input: JournalEntryCreate): BrightpearlErrorItem[] {
  const errors: BrightpearlErrorItem[] = [];
  const currencyId = input.currencyId;
  if (currencyId !== undefined && !state.lookups.currencies.some((c) => c.id === currencyId)) {
    errors.push(invalid(`currencyId: currency ${currencyId} does not exist`));
  }
  if (input.contactId !== undefined && !state.contacts.has(input.contactId)) {
    errors.push(invalid(`contactId: contact ${input.contactId} does not exist`));
  }
  input.lines.forEach((line, index) => {
    if (!NOMINAL_CODES.includes(line.nominalCode)) {
      errors.push(
        invalid(`lines.${index}.nominalCode: ${line.nominalCode} is not an active nominal code`),
      );
    }
    const sides = [line.debit ?? 0, line.credit ?? 0].filter((amount) => amount > 0);
    if (sides.length !== 1) {
      errors.push(invalid(`lines.${index}: exactly one of debit or credit must be above 0`));
    }
  });
  return errors;
}
