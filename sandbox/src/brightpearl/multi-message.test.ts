import { testApi } from './test-support';

const address = (line: string) => ({ addressLine1: line, countryIsoCode: 'GBR' });
const postAddress = (label: string, body: unknown) => ({
  label,
  uri: '/contact-service/postal-address',
  httpMethod: 'POST',
  body,
});

describe('Brightpearl simulator: multi-message', () => {
  it('answers 200 when all messages succeed, inner bodies as JSON strings, counted as one request', async () => {
    const api = testApi({ cap: 10 });
    const res = await api.post('/multi-message', {
      processingMode: 'SEQUENTIAL',
      onFail: 'STOP',
      messages: [postAddress('a', address('1 A St')), postAddress('b', address('2 B St'))],
    });
    expect(res.status).toBe(200);
    expect(res.headers['message-type']).toBe('multi-message');
    expect(res.headers['brightpearl-requests-remaining']).toBe('9');
    const processed = res.body.response.processedMessages;
    expect(processed.map((item: { label: string }) => item.label)).toEqual(['a', 'b']);
    expect(processed[0].statusCode).toBe(200);
    expect(typeof processed[0].body.content).toBe('string');
    expect(JSON.parse(processed[0].body.content)).toEqual({ response: expect.any(Number) });
    expect(res.body.response.unprocessedMessages).toEqual([]);
    expect(api.sim.state.postalAddresses.size).toBe(2);
    expect(api.sim.requestLog.count()).toBe(1);
  });

  it('answers 207 with CONTINUE: the failing message reports its error, the rest run', async () => {
    const api = testApi();
    const res = await api.post('/multi-message', {
      processingMode: 'SEQUENTIAL',
      onFail: 'CONTINUE',
      messages: [
        postAddress('bad', { countryIsoCode: 'GBR' }),
        postAddress('good', address('3 C St')),
      ],
    });
    expect(res.status).toBe(207);
    const [bad, good] = res.body.response.processedMessages;
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body.content).errors[0].message).toMatch(/^addressLine1: /);
    expect(good.statusCode).toBe(200);
  });

  it('stops after a failure with STOP and lists the rest as unprocessed', async () => {
    const api = testApi();
    const res = await api.post('/multi-message', {
      processingMode: 'SEQUENTIAL',
      onFail: 'STOP',
      messages: [
        postAddress('ok', address('4 D St')),
        {
          label: 'missing',
          uri: '/order-service/order/5/status',
          httpMethod: 'PUT',
          body: { orderStatusId: 2 },
        },
        postAddress('never', address('5 E St')),
      ],
    });
    expect(res.status).toBe(207);
    expect(
      res.body.response.processedMessages.map((m: { statusCode: number }) => m.statusCode),
    ).toEqual([200, 404]);
    expect(res.body.response.unprocessedMessages).toEqual(['never']);
    expect(api.sim.state.postalAddresses.size).toBe(1);
  });

  it('rejects GET messages and fewer than 2 or more than 10 messages with 400', async () => {
    const api = testApi();
    const get = await api.post('/multi-message', {
      processingMode: 'PARALLEL',
      onFail: 'CONTINUE',
      messages: [
        postAddress('a', address('x')),
        { label: 'g', uri: '/product-service/channel', httpMethod: 'GET' },
      ],
    });
    expect(get.status).toBe(400);
    expect(get.body.errors[0].message).toContain('messages.1.httpMethod');
    const one = await api.post('/multi-message', {
      processingMode: 'PARALLEL',
      onFail: 'CONTINUE',
      messages: [postAddress('a', address('x'))],
    });
    expect(one.status).toBe(400);
    const eleven = Array.from({ length: 11 }, (_, i) => postAddress(`m${i}`, address('x')));
    const many = await api.post('/multi-message', {
      processingMode: 'PARALLEL',
      onFail: 'CONTINUE',
      messages: eleven,
    });
    expect(many.status).toBe(400);
    expect(api.sim.state.postalAddresses.size).toBe(0);
  });
});
