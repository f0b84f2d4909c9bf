import { type SandboxRig, startSandbox } from '@bpkc/sandbox';

import {
  startSmtpReceiver,
  type SmtpReceiver,
} from '../../companion-service/src/alerts/test-support/smtp-receiver';
import { waitFor } from '../support/wait-for';

describe('alerts reach a real SMTP server', () => {
  let rig: SandboxRig;
  let smtp: SmtpReceiver;

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    rig = await startSandbox({
      cap: 100_000,
      seed: 81,
      alerts: {
        adminUrl: 'https://shop.example.com/admin/bpconnect',
        digestSeconds: 3600,
        email: {
          host: '127.0.0.1',
          port: smtp.port,
          secure: false,
          ignoreTLS: true,
          from: 'connect@shop.example.com',
          to: ['ops@shop.example.com'],
        },
        rules: { deadLetterGrowth: 1, budgetExhaustedMinutes: 5 },
      },
    });
  });
  afterAll(async () => {
    await rig.stop();
    await smtp.close();
  });

  it('sends one digest for new dead letters and an order found missing, with links to the admin', async () => {
    await rig.companion.checkAlerts(); // the baseline
    const bad = rig.generator.nextOrder();
    bad.items[0] = { ...bad.items[0]!, sku: 'GONE-404' };
    const badOrder = rig.kentico.placeOrder(bad);
    const lost = rig.kentico.placeOrder(rig.generator.nextOrder(), { emit: false });
    await waitFor(async () => (await rig.companion.status()).deadLetters['unknown-sku'] === 1);
    await rig.companion.runReconciliation();
    await rig.companion.checkAlerts();
    await rig.stop(); // stopping flushes the pending digest
    await waitFor(() => smtp.mails.length === 1, { timeoutMs: 10_000 });

    const [mail] = smtp.mails;
    expect(mail!.recipients).toEqual(['ops@shop.example.com']);
    expect(mail!.body).toContain(
      'https://shop.example.com/admin/bpconnect/failures?reason=unknown-sku',
    );
    expect(mail!.body).toContain(lost.OrderGUID);
    expect(mail!.body).not.toContain(badOrder.Customer.CustomerEmail);
  });
});
