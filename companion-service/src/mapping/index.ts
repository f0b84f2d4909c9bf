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
