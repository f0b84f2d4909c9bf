/** What the alert rules produce and the channels deliver. */
export const ALERT_KINDS = [
  'connection-unauthorised',
  'connection-down',
  'connection-expiring',
  'order-missing',
  'budget-exhausted',
  'dead-letters',
  'orders-held',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
export type AlertSeverity = 'warning' | 'critical';

export interface Alert {
  kind: AlertKind;
  severity: AlertSeverity;
  title: string;
  /** One or two sentences for the merchant: what happened and what to do. No personal data. */
  detail: string;
  /** A deep link under the admin screen's base URL, where the merchant can act on it. */
  link: string;
  /** Dedupe key: an alert whose key was sent within the last digest window is not sent again. */
  key: string;
}

export interface PlatformHealth {
  reachable: boolean;
  authorised: boolean;
}

/** The state the rules compare between two checks; the caller gathers it from status and store. */
export interface AlertSnapshot {
  at: Date;
  /** Open (unresolved) dead letters counted per reason code. */
  openDeadLetters: Record<string, number>;
  brightpearl: PlatformHealth & {
    /** The credentials work until then, and stop unless the merchant reconnects. */
    reconnectBy?: Date | null;
    requestsRemaining: number | null;
    /** When Brightpearl started throttling every request; null while budget is left. */
    exhaustedSince: Date | null;
  };
  kentico: PlatformHealth;
  /** Orders reconciliation found in Kentico but not in Brightpearl during this check. */
  missingOrders: Array<{ orderGuid: string; orderNumber: string }>;
  /** Orders waiting in the Held list (business rules and checks); absent: not counted. */
  heldOrders?: number;
}

export type ChannelName = 'email' | 'slack' | 'teams';

export interface DeliveryReport {
  /** Channels that accepted a digest during this flush. */
  sent: ChannelName[];
  /** Channels that failed; their alerts stay pending for the next flush. */
  failed: Array<{ channel: ChannelName; error: string; retryable: boolean }>;
}
