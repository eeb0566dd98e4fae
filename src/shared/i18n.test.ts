import { describe, expect, it } from 'vitest';
import { t } from './i18n.ts';

describe('i18n outside the extension', () => {
  it('reads the English catalogue and fills placeholders', () => {
    expect(t('typePerson')).toBe('person');
    expect(t('cardMentions', 4)).toBe('Mentioned 4 times');
    expect(t('no-such-key')).toBe('no-such-key');
  });
});
