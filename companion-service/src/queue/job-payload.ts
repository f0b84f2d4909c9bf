import type { z } from 'zod';

import { PermanentError } from '../dead-letters/permanent-error';

/**
 * Reads a job's data with its flow's payload schema. Data that does not match can never succeed
 * (a retry reads the same row), so it is a permanent `invalid-job` dead letter naming the fields,
 * not a dozen retries ending in `retries-exhausted`.
 */
export function parseJobPayload<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues
    .map((issue) => `${issue.path.join('.') || '(job data)'}: ${issue.message}`)
    .join('; ');
  throw new PermanentError('invalid-job', `Job data does not match its schema: ${fields}`, {
    payload: { job: data },
  });
}
