import { changedOverride, formFieldOf } from './edit-form';

describe('the edit dialog sends only what changed', () => {
  const before = {
    shipping: { line1: '1 High St', postcode: 'LS1 1A', city: 'Leeds' },
    billing: { line1: '1 High St', postcode: 'LS1 1A' },
    customerEmail: 'ann@example.com',
    customerPhone: '',
  };

  it('keeps changed fields, trimmed, and drops unchanged ones', () => {
    const after = {
      ...before,
      shipping: { ...before.shipping, postcode: ' LS1 1AA ' },
      customerPhone: '+44 113 496 0000',
    };
    expect(changedOverride(before, after)).toEqual({
      shipping: { postcode: 'LS1 1AA' },
      customerPhone: '+44 113 496 0000',
    });
  });

  it('is empty when nothing changed', () => {
    expect(changedOverride(before, structuredClone(before))).toEqual({});
  });

  it("maps the companion's 400 field to the dialog's field", () => {
    expect(formFieldOf('override.shipping.postcode')).toBe('shipping.postcode');
    expect(formFieldOf(undefined)).toBeNull();
  });
});
