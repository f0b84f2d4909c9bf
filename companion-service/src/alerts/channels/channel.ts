import type { Digest } from '../digest';
import type { ChannelName } from '../types';

/** One way of telling the merchant. `send` rejects with AlertDeliveryError only. */
export interface AlertChannel {
  readonly name: ChannelName;
  send(digest: Digest): Promise<void>;
  close(): void;
}
