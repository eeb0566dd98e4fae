import { describe, expect, it } from 'vitest';
import { spellOutTitle } from './titles.ts';

describe('spellOutTitle', () => {
  it('spells out abbreviated titles, with or without their dot', () => {
    expect(spellOutTitle('Republican Gov.')).toBe('Republican Governor');
    expect(spellOutTitle('Republican Gov')).toBe('Republican Governor');
    expect(spellOutTitle('Lt. Gov.')).toBe('Lieutenant Governor');
    expect(spellOutTitle('Atty. Gen.')).toBe('Attorney General');
  });
  it('leaves whole words and lowercase words alone', () => {
    expect(spellOutTitle('Information Minister')).toBe('Information Minister');
    expect(spellOutTitle('sales rep')).toBe('sales rep');
    expect(spellOutTitle('General Secretary')).toBe('General Secretary');
  });
});
