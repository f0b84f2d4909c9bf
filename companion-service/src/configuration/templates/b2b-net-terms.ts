import type { MappingConfig } from '@bpkc/shared-types';

import { stillToMap, type TemplateDefinition, withRules } from './template';

/** A billing address with a company name: the order is a business customer's. */
export const COMPANY_ORDER =
  '$count(Addresses[OrderAddressType = "Billing" and $type(OrderAddressCompany) = "string" and $length($trim(OrderAddressCompany)) > 0]) > 0';

const HOLD_OVER = 5000;

/** Business customers on account: company orders routed, large orders reviewed, Brightpearl owns the customer. */
export const b2bNetTerms: TemplateDefinition = {
  id: 'b2b-net-terms',
  name: 'B2B with net terms',
  description:
    'Trade customers who pay on account: company orders go to their own channel with a note, large orders wait for review, and customer details and credit terms are kept in Brightpearl.',
  highlights: [
    'Company orders routed to a channel and noted "payment on account"',
    `Orders over ${HOLD_OVER.toLocaleString('en-GB')} held for a credit check`,
    'Customer identity owned by Brightpearl (Kentico never overwrites it)',
  ],
  apply(current: MappingConfig) {
    const { channelId } = current.brightpearl;
    return {
      mapping: {
        ...current,
        customers: { ...current.customers, identity: 'brightpearl' },
        rules: withRules(current, [
          {
            id: 'b2b-company-channel',
            name: 'Company orders to the trade channel',
            enabled: true,
            when: [{ kind: 'expression', expression: COMPANY_ORDER }],
            action: { kind: 'route', channelId },
          },
          {
            id: 'b2b-company-note',
            name: 'Note the payment terms on company orders',
            enabled: true,
            when: [{ kind: 'expression', expression: COMPANY_ORDER }],
            action: { kind: 'note', text: 'Trade order: payment on account (net terms)' },
          },
          {
            id: 'b2b-hold-large',
            name: `Hold orders over ${HOLD_OVER}`,
            enabled: true,
            when: [{ kind: 'total-over', amount: HOLD_OVER }],
            action: {
              kind: 'hold',
              reason: `Over ${HOLD_OVER}: check the customer's credit limit`,
            },
          },
        ]),
      },
      stillToMap: [
        stillToMap(
          'rules.b2b-company-channel',
          `company orders go to channel ${channelId} (today's channel) until you pick the trade channel`,
        ),
      ],
    };
  },
};
