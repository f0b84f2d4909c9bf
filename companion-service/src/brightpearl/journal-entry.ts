import { z } from 'zod';

import type { JournalEntryInput } from './accounting-types';
import { validateRequest } from './envelope';
import { roundTo } from './wire-values';

export const JOURNAL_ENTRY_ENDPOINT = 'POST /accounting-service/journal-entry';

const Amount = z.number().positive();
const toUnits = (value: number | undefined): number => Math.round((value ?? 0) * 10_000);

const Line = z
  .object({
    nominalCode: z.string().trim().min(1),
    debit: Amount.optional(),
    credit: Amount.optional(),
    description: z.string().trim().min(1).optional(),
  })
  .refine((line) => (line.debit === undefined) !== (line.credit === undefined), {
    message: 'a line has either a debit or a credit',
  });

/** Header rules of reference §9.3: type and date required, debits equal credits. */
const JournalEntry = z
  .object({
    journalType: z.string().trim().min(1),
    // The account date format; a datetime would be refused.
    journalDate: z.iso.date(),
    description: z.string().trim().min(1),
    currencyId: z.number().int().positive().optional(),
    lines: z.array(Line).min(2),
  })
  // Compared in 1/10,000ths so that 0.1 + 0.2 balances 0.3.
  .refine(
    (entry) =>
      entry.lines.reduce((sum, line) => sum + toUnits(line.debit), 0) ===
      entry.lines.reduce((sum, line) => sum + toUnits(line.credit), 0),
    { message: 'debits must equal credits', path: ['lines'] },
  );

/**
 * The one place the POST body is built. The header follows the documented field names; the
 * line shape (`lines[{nominalCode, debit|credit, description}]`) is UNCONFIRMED (reference
 * §9.3), so a correction against a live account belongs here and nowhere else.
 */
export function journalEntryBody(entry: JournalEntryInput): Record<string, unknown> {
  const valid = validateRequest(JournalEntry, entry, JOURNAL_ENTRY_ENDPOINT);
  return {
    journalType: valid.journalType,
    journalDate: valid.journalDate,
    description: valid.description,
    ...(valid.currencyId === undefined ? {} : { currencyId: valid.currencyId }),
    lines: valid.lines.map(({ nominalCode, debit, credit, description }) => ({
      nominalCode,
      ...(debit === undefined ? {} : { debit: roundTo(debit, 4) }),
      ...(credit === undefined ? {} : { credit: roundTo(credit, 4) }),
      ...(description === undefined ? {} : { description }),
    })),
  };
}
