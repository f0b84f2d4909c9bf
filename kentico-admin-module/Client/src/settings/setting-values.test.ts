import { fromInput, getAt, setAt, toInput } from './setting-values';

describe('setting values', () => {
  const document = { settings: { schedules: { reconcileSeconds: 60 } }, currencies: ['GBP'] };

  it('reads and replaces a value by dot path without touching the original', () => {
    expect(getAt(document, 'settings.schedules.reconcileSeconds')).toBe(60);
    expect(getAt(document, 'settings.alerts.emailTo')).toBeUndefined();
    const next = setAt(document, 'settings.alerts.emailTo', ['ops@example.com']);
    expect(getAt(next, 'settings.alerts.emailTo')).toEqual(['ops@example.com']);
    expect(getAt(document, 'settings.alerts')).toBeUndefined();
    expect(next.currencies).toBe(document.currencies);
  });

  it('removes a key when the value becomes absent', () => {
    const next = setAt(document, 'settings.schedules.reconcileSeconds', undefined);
    expect(next.settings.schedules).toEqual({});
  });

  it('turns typed text into stored values and back', () => {
    expect(fromInput('number', ' 300 ')).toBe(300);
    expect(fromInput('number', '')).toBeUndefined();
    expect(fromInput('number', 'soon')).toBe('soon');
    expect(fromInput('list', 'GBP, EUR  USD')).toEqual(['GBP', 'EUR', 'USD']);
    expect(fromInput('list', '', true)).toEqual([]);
    expect(fromInput('numberList', '2, 3')).toEqual([2, 3]);
    expect(fromInput('numberList', '')).toBeUndefined();
    expect(toInput(['a', 'b'])).toBe('a, b');
    expect(toInput(undefined)).toBe('');
  });
});
