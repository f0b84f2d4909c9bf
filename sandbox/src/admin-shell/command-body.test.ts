import express, { type NextFunction, type Request, type Response } from 'express';
import request from 'supertest';

import { adminShellRouter } from './shell-router';

const GUID = '3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b';

/** The shell as the companion mounts it, behind an error handler that keeps a 4xx a 4xx. */
function shellApp() {
  const app = express();
  app.use(
    adminShellRouter({
      tokenKey: {
        secret: 'shell-secret-0123456789abcdef-0123456789',
        audience: 'urn:bpkc:sandbox-companion',
        installationId: 'sandbox',
      },
    }),
  );
  app.use(
    // Express recognises an error handler by its four parameters.
    // eslint-disable-next-line max-params
    (error: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
      res.status(error.status ?? 500).json({ error: error.message });
    },
  );
  return app;
}

describe('admin shell page commands: bounded bodies, 4xx for what it cannot read', () => {
  const app = shellApp();
  const cmd = () => request(app).post('/admin/api/cmd');

  it('reads a command sent as JSON or as multipart form fields', async () => {
    const data = JSON.stringify({ orderGuid: GUID });
    const asJson = await cmd().send({ command: 'OpenOrderDetail', data: { orderGuid: GUID } });
    expect(asJson.status).toBe(200);
    expect(asJson.body.navigationUrl).toBe(`/bpconnect/orders/${GUID}`);
    const asForm = await cmd().field('command', 'OpenOrderDetail').field('data', data);
    expect(asForm.status).toBe(200);
    expect(asForm.body.navigationUrl).toBe(`/bpconnect/orders/${GUID}`);
  });

  it('refuses a command that is not a string with a 400 naming it (an object made String() throw)', async () => {
    const res = await cmd().send({ command: { toString: 1 } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'command must be a string', field: 'command' });
  });

  it('refuses a file part with a 400 (it was a 500)', async () => {
    const res = await cmd()
      .field('command', 'OpenOrderDetail')
      .attach('upload', Buffer.from('x'.repeat(1000)), 'big.bin');
    expect(res.status).toBe(400);
  });

  it('refuses too many or too large fields with a 413', async () => {
    const many = cmd();
    for (let i = 0; i < 20; i += 1) many.field(`f${i}`, 'x');
    expect((await many).status).toBe(413);
    const large = await cmd().field('command', 'x'.repeat(100 * 1024));
    expect(large.status).toBe(413);
    const largeJson = await cmd().send({ command: 'x'.repeat(100 * 1024) });
    expect(largeJson.status).toBe(413);
  });

  it('refuses other content types with a 415 and bad JSON with a 400', async () => {
    const xml = await cmd().set('Content-Type', 'application/xml').send('<command/>');
    expect(xml.status).toBe(415);
    const broken = await cmd().set('Content-Type', 'application/json').send('{"command":');
    expect(broken.status).toBe(400);
  });
});
