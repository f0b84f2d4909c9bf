export { recordOrderHistory } from './order-history';
export { runChecks } from './run-checks';
