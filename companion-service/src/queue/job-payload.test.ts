import { z } from 'zod';

import { PermanentError } from '../dead-letters/permanent-error';
import { parseJobPayload } from './job-payload';

const Job = z.object({ orderGuid: z.guid() });

describe('parseJobPayload', () => {
  it('returns the parsed data when it matches', () => {
    const orderGuid = '00000000-0000-4000-8000-000000000001';
    expect(parseJobPayload(Job, { orderGuid })).toEqual({ orderGuid });
  });

  it('throws a permanent invalid-job error naming the field', () => {
    let thrown: unknown;
    try {
      parseJobPayload(Job, { orderGuid: 'not-a-guid' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PermanentError);
    expect(thrown).toMatchObject({ reason: 'invalid-job', retryable: false });
    expect((thrown as Error).message).toMatch(/orderGuid/);
  });
});
