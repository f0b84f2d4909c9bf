// Fault injection for the simulators (chaos tests): rates per fault kind, seeded.
export {
  emptyFaultCounters,
  type FaultCounters,
  type FaultKind,
  type FaultPlan,
  NO_FAULTS,
  pickFault,
  resolveFaultPlan,
  totalFaults,
} from './fault-plan';
export {
  faultMiddleware,
  type FaultMiddlewareOptions,
  type FaultResponses,
  GENERIC_FAULT_RESPONSES,
} from './fault-middleware';
export { createFaultInjector, type FaultInjector } from './fault-injector';
