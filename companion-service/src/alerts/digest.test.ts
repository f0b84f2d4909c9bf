import { slackMessage, teamsMessage } from './channels';
import { buildDigest, renderHtml, renderText } from './digest';
import { MAX_PENDING, PendingAlerts } from './pending';
import type { Alert } from './types';

const alert = (key: string, patch: Partial<Alert> = {}): Alert => ({
  kind: 'order-missing',
  severity: 'critical',
  title: `Order ${key} is missing in Brightpearl`,
  detail: 'Open it to resend.',
  link: `https://shop.example/admin/orders/${key}`,
  key,
  ...patch,
});

describe('digest', () => {
  it('groups by kind, most urgent first, and escapes HTML', () => {
    const digest = buildDigest(
      [
        alert('a', { kind: 'dead-letters', severity: 'warning', title: '<script>x</script>' }),
        alert('b'),
      ],
      { adminUrl: 'https://shop.example/admin', dropped: 0 },
    );
    expect(digest.groups.map((group) => group.kind)).toEqual(['order-missing', 'dead-letters']);
    const html = renderHtml(digest);
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(renderText(digest)).toContain('https://shop.example/admin/orders/b');
  });

  it('keeps chat cards small and counts what it left out', () => {
    const alerts = Array.from({ length: 40 }, (_, i) => alert(`order-${i}`));
    const digest = buildDigest(alerts, { adminUrl: 'https://shop.example/admin', dropped: 3 });
    expect(digest.subject).toBe('Brightpearl Connect: 43 problems need attention');
    const slack = JSON.stringify(slackMessage(digest));
    expect(slack).toContain('…and 30 more');
    expect(slack).toContain('3 older alert(s)');
    expect(JSON.stringify(teamsMessage(digest))).toContain('…and 30 more');
  });
});

describe('PendingAlerts', () => {
  it('keeps at most MAX_PENDING alerts, dropping the oldest and counting them', () => {
    const pending = new PendingAlerts(300_000);
    for (let i = 0; i < MAX_PENDING + 20; i += 1) pending.add(alert(`k${i}`), 0);
    const batch = pending.take();
    expect(batch.alerts).toHaveLength(MAX_PENDING);
    expect(batch.alerts[0]?.key).toBe('k20');
    expect(batch.dropped).toBe(20);
  });

  it('puts a failed batch back ahead of newer alerts, once per key', () => {
    const pending = new PendingAlerts(300_000);
    pending.add(alert('a'), 0);
    const batch = pending.take();
    pending.add(alert('b'), 1);
    pending.add(alert('a', { title: 'newer' }), 1);
    pending.restore(batch);
    expect(pending.take().alerts.map((item) => [item.key, item.title])).toEqual([
      ['a', 'newer'],
      ['b', 'Order b is missing in Brightpearl'],
    ]);
  });
});
