import type { CheckMode, CheckName } from '@bpkc/shared-types';

export interface CheckParameter {
  key: string;
  label: string;
  /** Whole numbers only (counts, minutes). */
  integer: boolean;
}

export interface CheckDescription {
  name: CheckName;
  label: string;
  /** What the check looks at, in one plain sentence. */
  explanation: string;
  parameters: CheckParameter[];
}

/** The checks of ChecksConfig, in the order the panel shows them. */
export const CHECKS: CheckDescription[] = [
  {
    name: 'address',
    label: 'Address',
    explanation:
      'Required address fields are filled in and the postcode has the format of its country.',
    parameters: [],
  },
  {
    name: 'phone',
    label: 'Phone number',
    explanation: 'The phone number is a valid number for the country of the address.',
    parameters: [],
  },
  {
    name: 'email',
    label: 'E-mail',
    explanation: 'The customer’s e-mail address is written correctly (name@domain).',
    parameters: [],
  },
  {
    name: 'totals',
    label: 'Totals',
    explanation:
      'The rows plus shipping plus tax add up to the order total, give or take the tolerance.',
    parameters: [{ key: 'tolerance', label: 'Tolerance (order currency)', integer: false }],
  },
  {
    name: 'valueOutlier',
    label: 'Unusual order value',
    explanation:
      'The order total is far from this store’s recent orders (judged only once enough orders are known).',
    parameters: [
      { key: 'threshold', label: 'How far from usual (robust deviations)', integer: false },
      { key: 'minHistory', label: 'Orders needed before judging', integer: true },
    ],
  },
  {
    name: 'quantityOutlier',
    label: 'Unusual quantity',
    explanation:
      'The number of units is far from this store’s recent orders (judged only once enough orders are known).',
    parameters: [
      { key: 'threshold', label: 'How far from usual (robust deviations)', integer: false },
      { key: 'minHistory', label: 'Orders needed before judging', integer: true },
    ],
  },
  {
    name: 'duplicate',
    label: 'Likely duplicate',
    explanation: 'The same customer ordered the same basket within the window.',
    parameters: [{ key: 'windowMinutes', label: 'Window (minutes)', integer: true }],
  },
];

export const CHECK_MODES: { mode: CheckMode; label: string }[] = [
  { mode: 'off', label: 'Off' },
  { mode: 'warn', label: 'Warn (send, note the finding)' },
  { mode: 'hold', label: 'Hold for review' },
  { mode: 'block', label: 'Block (a failure with the reason)' },
];

/** The check's label for a finding source ("phone" → "Phone number"), or the source as is. */
export const checkLabel = (source: string): string =>
  CHECKS.find((check) => check.name === source)?.label ?? source;
