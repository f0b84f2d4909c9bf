// Public surface of the Brightpearl API simulator. The request-log types carry a Brightpearl
// prefix because the Kentico simulator exports its own RequestLog/RequestLogEntry.
export { createBrightpearlSimulator } from './simulator';
export type { BrightpearlSimulator, RunningSimulator } from './simulator';
export type { BrightpearlSimulatorOptions } from './options';
export type { ProductSeed } from './products/seed-products';
export type { ContactSeed } from './seed-contact';
export type {
  RequestLog as BrightpearlRequestLog,
  RequestLogEntry as BrightpearlRequestLogEntry,
  CountOptions as BrightpearlRequestLogCountOptions,
} from './request-log';
export type {
  SimulatorState as BrightpearlSimulatorState,
  StoredContact,
  StoredOrder,
  StoredOrderRow,
  StoredPostalAddress,
  StoredProduct,
} from './state';
