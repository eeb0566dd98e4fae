import { describe, expect, it } from 'vitest';
import { spellsAcronym } from './acronyms.ts';

const words = (s: string): string[] => s.split(/\s+/);

describe('spellsAcronym', () => {
  it('reads acronyms made of first letters, with function words skipped or kept', () => {
    expect(spellsAcronym(words('Centers for Disease Control and Prevention'), 'CDC')).toBe(false);
    expect(spellsAcronym(words('Centers for Disease Control'), 'CDC')).toBe(true);
    expect(spellsAcronym(words('National Association for the Advancement of Colored People'), 'NAACP')).toBe(true);
    expect(spellsAcronym(words('Bank for International Settlements'), 'BIS')).toBe(true);
    expect(spellsAcronym(words('Organization for Security and Co-operation in Europe'), 'OSCE')).toBe(true);
  });

  it('reads acronyms that take more than one letter of a word', () => {
    expect(spellsAcronym(words('Intergovernmental Authority on Development'), 'IGAD')).toBe(true);
    expect(spellsAcronym(words('UN Mission in South Sudan'), 'UNMISS')).toBe(true);
    expect(spellsAcronym(words('Sudan People’s Liberation Movement-in-Opposition'), 'SPLM-IO')).toBe(true);
  });

  it('lets an acronym stop before its name does only when asked (a bracket right after the name)', () => {
    expect(spellsAcronym(words('UN Relief and Works Agency for Palestine Refugees'), 'UNRWA')).toBe(false);
    expect(spellsAcronym(words('UN Relief and Works Agency for Palestine Refugees'), 'UNRWA', true)).toBe(true);
    // Two words at least: "UN" alone is no prefix that spells "UN" for the whole agency's name.
    expect(spellsAcronym(words('UN Relief and Works Agency'), 'UN', true)).toBe(false);
    expect(spellsAcronym(words('UN Relief and Works Agency'), 'UNR', true)).toBe(true);
  });

  it('lets one "Ex-" word give its X only in brackets right after the name ("JAXA")', () => {
    expect(spellsAcronym(words('Japan Aerospace Exploration Agency'), 'JAXA', true)).toBe(true);
    expect(spellsAcronym(words('Japan Aerospace Exploration Agency'), 'JAXA')).toBe(false);
    expect(spellsAcronym(words('World Health Organization'), 'WTO', true)).toBe(false);
  });

  it('refuses acronyms whose letters the name does not have in order, or a single word', () => {
    expect(spellsAcronym(words('World Health Organization'), 'WTO')).toBe(false);
    expect(spellsAcronym(words('Intergovernmental Authority on Development'), 'DAI')).toBe(false);
    expect(spellsAcronym(words('Oxfam'), 'OX')).toBe(false);
  });
});
