export {
  MappingVersionConflictError,
  MappingVersionNotFoundError,
  StoredMappingInvalidError,
} from './mapping-errors';
export {
  latestMappingVersion,
  listMappingVersions,
  readCurrentMapping,
  readMappingVersion,
  seedMappingVersions,
} from './mapping-repository';
export {
  createMappingSource,
  type MappingSnapshot,
  type MappingSource,
  openMappingSource,
} from './mapping-source';
export {
  type OnMappingStored,
  revertMappingVersion,
  saveMappingVersion,
  type StoredMappingVersion,
} from './mapping-writes';
export {
  type MappingSnapshotDeps,
  type MappingSourceDeps,
  withCurrentMapping,
  withMapping,
  type WithMappingSource,
} from './with-mapping';
export { accountHas, referenceIssues, type SourcedIssue } from './account-references';
export {
  type CheckReason,
  createMappingAccountCheck,
  type MappingAccountCheck,
  type MappingAccountCheckDeps,
} from './account-check';
export { checkMappingReferences, publicIssue, type ReferenceCheck } from './mapping-check';
export { brightpearlReferences, kenticoReferences, type Reference } from './mapping-references';
export { assertAccountHasOrderReferences, orderReferencePaths } from './order-references';
