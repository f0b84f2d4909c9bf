import { evaluateExpression, ExpressionError, SAMPLE_ORDER } from './index';

const order = SAMPLE_ORDER;

describe('the expression engine', () => {
  it('chooses by a condition (channel by currency)', async () => {
    const text = 'BpcCurrencyCode = "EUR" ? 3 : 1';
    expect(await evaluateExpression(text, order)).toBe(1);
    expect(await evaluateExpression(text, { ...order, BpcCurrencyCode: 'EUR' })).toBe(3);
  });

  it('looks a value up in a table with $lookup', async () => {
    const text =
      '$lookup({"GBR": 2, "DEU": 5}, Addresses[OrderAddressType="Shipping"].OrderAddressCountryThreeLetterCode)';
    expect(await evaluateExpression(text, order)).toBe(2);
  });

  it('joins text', async () => {
    expect(await evaluateExpression('"WEB-" & OrderNumber', order)).toBe('WEB-SAMPLE-1001');
    expect(await evaluateExpression('$join(Items.OrderItemSKU, ", ")', order)).toBe('SKU-RED-M');
  });

  it('works with dates: $toMillis, $fromMillis and $now', async () => {
    const plusTwoDays =
      '$fromMillis($toMillis(OrderCreatedWhen) + 2 * 86400000, "[Y0001]-[M01]-[D01]")';
    expect(await evaluateExpression(plusTwoDays, order)).toBe('2026-01-17');
    const now = await evaluateExpression('$now()', order);
    expect(now).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('formats numbers with $formatNumber', async () => {
    expect(await evaluateExpression('$formatNumber(OrderGrandTotal, "#,##0.00")', order)).toBe(
      '54.00',
    );
    expect(await evaluateExpression('$formatNumber(1234.5, "#,##0.00")', order)).toBe('1,234.50');
  });

  it('binds extra variables ($order for a row)', async () => {
    const item = order.Items[0];
    const text = '$order.OrderNumber & " / " & OrderItemSKU';
    expect(await evaluateExpression(text, item, { order })).toBe('SAMPLE-1001 / SKU-RED-M');
  });

  it('gives undefined when nothing matches (the target keeps its value)', async () => {
    expect(await evaluateExpression('BpcCurrencyCode = "EUR" ? 3', order)).toBeUndefined();
  });

  it('stops a runaway expression with a plain message', async () => {
    const endless = '( $loop := function($n) { $loop($n + 1) }; $loop(0) )';
    await expect(evaluateExpression(endless, order)).rejects.toThrow(
      /ran too long and was stopped/,
    );
  });

  it('refuses to pad text to a runaway width', async () => {
    expect(await evaluateExpression('$pad(OrderNumber, 14, "*")', order)).toBe('SAMPLE-1001***');
    expect(await evaluateExpression('$pad(OrderNumber, -14, "0")', order)).toBe('000SAMPLE-1001');
    await expect(evaluateExpression('$pad("x", 100000000)', order)).rejects.toThrow(
      '$pad can make text of at most 10000 characters',
    );
  });

  it('stops a list that grows without bound', async () => {
    await expect(evaluateExpression('$count([1..10000000])', order)).rejects.toThrow(
      /built too long a list and was stopped/,
    );
  });

  it('refuses a regular expression that can backtrack for minutes', async () => {
    expect(await evaluateExpression('$contains(OrderNumber, /^SAMPLE-\\d+$/)', order)).toBe(true);
    await expect(
      evaluateExpression('$match("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", /(a+)+$/)', order),
    ).rejects.toThrow(/repeats a group that itself repeats/);
  });

  it('stops deep recursion', async () => {
    const deep = '( $deep := function($n) { $n = 0 ? 0 : 1 + $deep($n - 1) }; $deep(100000) )';
    await expect(evaluateExpression(deep, order)).rejects.toThrow(/stopped/);
  });

  it('explains a syntax error with line and position', async () => {
    const failure = evaluateExpression('OrderNumber &\n  "x" &', order);
    await expect(failure).rejects.toBeInstanceOf(ExpressionError);
    await expect(failure).rejects.toThrow(/^Line 2, position \d+: the expression ends too early/);
  });

  it('explains an unknown function', async () => {
    await expect(evaluateExpression('$uppercse(OrderNumber)', order)).rejects.toThrow(
      'Line 1, position 1: the function $uppercse does not exist',
    );
  });

  it('explains a failed conversion', async () => {
    await expect(evaluateExpression('"x" & $number(OrderNumber)', order)).rejects.toThrow(
      'Line 1, position 7: "SAMPLE-1001" cannot be turned into a number',
    );
  });
});
