import { personLine, personText } from './person';

describe('a person on the screens', () => {
  it('shows the full name with the user id as secondary text', () => {
    expect(personText('Ann Example', '7f3c-guid')).toEqual({
      text: 'Ann Example',
      secondary: '7f3c-guid',
    });
    expect(personLine('Ann Example', '7f3c-guid')).toBe('Ann Example (7f3c-guid)');
  });

  it('falls back to the id for older entries, blank names and the service itself', () => {
    expect(personText(null, 'user-12')).toEqual({ text: 'user-12' });
    expect(personText('  ', 'user-12')).toEqual({ text: 'user-12' });
    expect(personLine(undefined, 'system')).toBe('system');
    expect(personLine('ann', 'ann')).toBe('ann');
  });
});
