import { z } from 'zod';

/**
 * A JSONata expression (https://jsonata.org) written by the merchant. Only its length is checked
 * here; the companion compiles it and evaluates it against sample records when it is saved, and
 * answers with the error at the field (`MappingIssue.path`).
 */
export const Expression = z.string().trim().min(1, 'the expression is empty').max(4000);
export type Expression = z.infer<typeof Expression>;
