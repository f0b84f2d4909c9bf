import { median, robustScore } from './robust-stats';

const noFloor = () => 0;

describe('robust statistics', () => {
  it('takes the median of odd and even lists', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('scores against median and scaled MAD', () => {
    // median 50, |deviations| 10,10,0,10,10 → MAD 10, spread 14.826
    const { score, median: middle } = robustScore(200, [40, 60, 50, 40, 60], noFloor);
    expect(middle).toBe(50);
    expect(score).toBeCloseTo(150 / 14.826, 6);
  });

  it('is not moved by a few huge past values', () => {
    const usual = [40, 45, 50, 55, 60, 40, 45, 50, 55, 60];
    const withWhales = [...usual, 10_000, 20_000];
    expect(robustScore(200, withWhales, noFloor).median).toBe(52.5);
    expect(robustScore(200, withWhales, noFloor).score).toBeGreaterThan(6);
  });

  it('falls back to the mean deviation when most values are alike', () => {
    // median 1, MAD 0; mean deviation 3/7 → spread 1.2533 × 3/7
    const { score } = robustScore(4, [1, 1, 1, 1, 1, 2, 3], noFloor);
    expect(score).toBeCloseTo(3 / (1.2533 * (3 / 7)), 6);
  });

  it('never divides by a spread below the floor', () => {
    const { score } = robustScore(2, [1, 1, 1, 1], (middle) => Math.max(1, middle * 0.25));
    expect(score).toBe(1);
  });
});
