export { INSTANCE_ID, newInstanceId } from './instance-id';
export {
  beat,
  forgetAllBut,
  forgetStale,
  leave,
  staleInstances,
  unheldActiveJobs,
} from './instance-registry';
