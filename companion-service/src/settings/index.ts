/** The stored settings (MappingConfig.settings) as what runs: flow switches, schedules, alerts. */
export { type FlowName, flowEnabled } from './flow-switches';
export { countIfFlowOn, whenFlowOn } from './when-flow-on';
export {
  liveInterval,
  type ScheduleFallbacks,
  type ScheduleName,
  scheduleSeconds,
  scheduleValue,
} from './schedule-intervals';
