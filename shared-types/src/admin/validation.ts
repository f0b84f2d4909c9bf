import { z } from 'zod';

/**
 * One finding about a mapping. `path` is dot-joined inside the mapping (e.g.
 * `shippingMethods.STANDARD`, `brightpearl.channelId`; '' for the whole mapping).
 * Errors block saving; warnings (e.g. a side's lists could not be read) do not.
 */
export const MappingIssue = z.object({
  path: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
});
export type MappingIssue = z.infer<typeof MappingIssue>;

/** POST /mappings/validate: `valid` is true when no issue is an error. */
export const MappingValidation = z.object({
  valid: z.boolean(),
  issues: z.array(MappingIssue),
});
export type MappingValidation = z.infer<typeof MappingValidation>;

/** The draft is not parsed here: checking it is the endpoint's job, issues are its answer. */
export const ValidateMappingRequest = z.object({ mapping: z.unknown() });
export type ValidateMappingRequest = z.infer<typeof ValidateMappingRequest>;

/** POST /mappings/versions/{version}/revert. */
export const RevertMappingRequest = z.object({ comment: z.string().max(1000).optional() });
export type RevertMappingRequest = z.infer<typeof RevertMappingRequest>;
