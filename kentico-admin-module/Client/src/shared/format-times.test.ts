import { durationText, relativeTime } from './format';

const NOW = Date.parse('2026-12-07T09:00:00.000Z');
const at = (seconds: number) => new Date(NOW + seconds * 1000).toISOString();

describe('past and future times (Intl)', () => {
  it('words a time before or after now in the largest unit that fits', () => {
    expect(relativeTime(at(-45), NOW)).toBe('45 seconds ago');
    expect(relativeTime(at(14 * 60), NOW)).toBe('in 14 minutes');
    expect(relativeTime(at(-3 * 3600), NOW)).toBe('3 hours ago');
    expect(relativeTime(at(24 * 3600), NOW)).toBe('tomorrow');
    expect(relativeTime(null, NOW)).toBe('Never');
  });

  it('words a duration with its unit, singular or plural', () => {
    expect(durationText(1)).toBe('1 second');
    expect(durationText(45)).toBe('45 seconds');
    expect(durationText(300)).toBe('5 minutes');
    expect(durationText(2 * 3600)).toBe('2 hours');
    expect(durationText(5400)).toBe('1.5 hours');
  });
});
