export { decide, evaluateOrderGate, type GateDecision, type GateInput } from './gate';
