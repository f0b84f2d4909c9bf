import { defaultOrderLinkTemplate, orderLinkFrom } from './order-link';

describe('Brightpearl order links', () => {
  it('fills the account code and order id, and gives none without an order', () => {
    const link = orderLinkFrom('https://bp.example.com/{accountCode}/o/{orderId}', 'my shop');
    expect(link(42)).toBe('https://bp.example.com/my%20shop/o/42');
    expect(link(null)).toBeNull();
    expect(orderLinkFrom(undefined, 'acme')(42)).toBeNull();
  });

  it('defaults to the web app of the API datacentre live, and to the simulator in sandbox', () => {
    const live = (baseUrl: string) => defaultOrderLinkTemplate({ mode: 'live', baseUrl });
    expect(live('https://use1.brightpearlconnect.com')).toBe(
      'https://use1.brightpearlapp.com/patt-op.php?scode=invoice&oID={orderId}',
    );
    expect(live('https://ws-eu1.brightpearl.com/')).toBe(
      'https://euw1.brightpearlapp.com/patt-op.php?scode=invoice&oID={orderId}',
    );
    expect(live('http://replay.internal:8080')).toContain('https://euw1.brightpearlapp.com/');
    const sandbox = defaultOrderLinkTemplate({ mode: 'sandbox', baseUrl: 'http://127.0.0.1:5/' });
    expect(orderLinkFrom(sandbox, 'sandbox')(7)).toBe(
      'http://127.0.0.1:5/public-api/sandbox/order-service/order/7',
    );
  });
});
