import { compareNames, diceCoefficient, nameTokens } from './similarity';

describe('name similarity', () => {
  it('splits code names into the words a display name has', () => {
    expect(nameTokens('RoyalMail1st')).toEqual(['royal', 'mail', '1st']);
    expect(nameTokens('Click & Collect')).toEqual(['click', '&', 'collect']);
    expect(nameTokens('DPD_next-day')).toEqual(['dpd', 'next', 'day']);
    expect(nameTokens('Royal Mail First Class')).toEqual(['royal', 'mail', '1st', 'class']);
  });

  it('Dice coefficient: 1 for equal strings, 0 for nothing shared, symmetric', () => {
    expect(diceCoefficient('night', 'night')).toBe(1);
    expect(diceCoefficient('abc', 'xyz')).toBe(0);
    expect(diceCoefficient('night', 'nacht')).toBeCloseTo(0.25);
    expect(diceCoefficient('nacht', 'night')).toBe(diceCoefficient('night', 'nacht'));
  });

  it('is certain when only spaces, case and punctuation differ', () => {
    expect(compareNames('ClickAndCollect', 'Click & Collect')).toEqual({
      score: 1,
      reason: 'names match after ignoring spaces, case and punctuation',
    });
    expect(compareNames('CARD', 'Card').score).toBe(1);
  });

  it('ranks the right Brightpearl method first, with the shared words as the reason', () => {
    const methods = [
      'Royal Mail 1st Class',
      'DPD Next Day',
      'Click & Collect',
      'International Tracked',
    ];
    const scores = methods.map((name) => compareNames('RoyalMailFirstClass', name).score);
    expect(Math.max(...scores)).toBe(scores[0]);
    const match = compareNames('RoyalMail1st', 'Royal Mail 1st Class');
    expect(match.score).toBeGreaterThan(0.7);
    expect(match.reason).toContain('"royal", "mail", "1st"');
    expect(compareNames('DpdNextDay', 'International Tracked').score).toBeLessThan(0.3);
  });
});
