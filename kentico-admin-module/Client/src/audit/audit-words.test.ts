import type { AuditEntry } from '@bpkc/shared-types';

import { actionText, detailText, entryText, recordOf } from './audit-words';

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: '2026-12-07T09:00:00.000Z',
  actor: 'ann@shop.example',
  actorName: null,
  action: 'failure.replay',
  target: 'failure:12',
  details: null,
  ...over,
});

describe('audit wording', () => {
  it('words each action plainly, and unknown ones readably', () => {
    expect(actionText('failure.replay')).toBe('Retried a failed sync');
    expect(actionText('order.approve')).toBe('Approved a held order');
    expect(actionText('mapping.update')).toBe('Changed mappings or settings');
    expect(actionText('order.split-shipment')).toBe('Order.split shipment');
    expect(entryText(entry({ action: 'job.run', target: 'job:stock-compare' }))).toBe(
      'Started the full stock check',
    );
  });

  it('names the record and links to the screen that shows it', () => {
    const guid = '4f1c2a9e-0000-4000-8000-000000000001';
    expect(recordOf(entry({ target: `order:${guid}` }))).toEqual({
      text: 'Order 4f1c2a9e…',
      href: `orders/${guid}`,
    });
    expect(recordOf(entry({ target: 'job:stock-compare' }))).toEqual({
      text: 'Full stock check',
      href: 'jobs',
    });
    expect(recordOf(entry({ target: 'mapping:7' })).text).toBe('Mapping version 7');
    expect(recordOf(entry({ target: 'something-else' }))).toEqual({
      text: 'something-else',
      href: null,
    });
  });

  it('shows the reason, version and comment an entry carries', () => {
    const replay = entry({
      details: { flow: 'order', recordKey: 'abc', reason: 'unknown-sku', comment: 'fixed SKU' },
    });
    expect(detailText(replay)).toBe('Order abc · Unknown SKU · “fixed SKU”');
    const revert = entry({ target: 'mapping:8', details: { revertedTo: 5, comment: '' } });
    expect(detailText(revert)).toBe('back to version 5');
    expect(detailText(entry({ details: null }))).toBe('');
  });
});
