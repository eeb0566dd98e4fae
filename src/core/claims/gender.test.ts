import { describe, expect, it } from 'vitest';
import { segment } from '../text/segment.ts';
import { findActors } from '../actors/index.ts';
import { analyze } from '../analyze.ts';
import { inferGenders } from './gender.ts';

/** The gender inferred for each named person of the text. */
function gendersOf(text: string): (name: string) => string | undefined {
  const doc = segment(text);
  const es = findActors(doc);
  const g = inferGenders(text, es, doc.sentences);
  return (name) => g.get(es.find((e) => e.name === name)!.id);
}

describe('inferGenders', () => {
  it('reads courtesy titles, gendered roles and the pronouns after a lone person', () => {
    const text = 'Mr. Tom Reed arrived. Ellen Fetter wrote the programs for her group. Spokeswoman Ann Cole declined. Lorenz, his secretary and his programmer met.';
    const of = gendersOf(text);
    expect(of('Tom Reed')).toBe('male');
    expect(of('Ellen Fetter')).toBe('female');
    expect(of('Ann Cole')).toBe('female');
  });

  it('reads a kin noun opening a chain of appositives, and no "She" after a sentence whose subject pronoun is someone else', () => {
    const of = gendersOf('Balfe spoke. Meanwhile she was in a relationship with her now husband, Scottish music manager, Kerris Dorsey. She told Vanity Fair about it.');
    expect(of('Kerris Dorsey')).toBe('male');
    // Without the kin noun, nothing says what the named man is: "She" after the sentence is the topic's.
    expect(gendersOf('Meanwhile she was in a relationship with the Scottish music manager Kerris Dorsey. She told Vanity Fair about it.')('Kerris Dorsey')).toBeUndefined();
  });

  it('guesses the usual sex of a first name that is a common word too, or that the name lists give to both sexes ("Bill", "Hillary")', () => {
    const of = gendersOf('Bill Clinton and Hillary Clinton arrived in Iowa with Frank Smith.');
    expect(of('Bill Clinton')).toBe('male');
    expect(of('Hillary Clinton')).toBe('female');
    expect(of('Frank Smith')).toBe('male');
  });

  it('takes no sex from the family name that opens a Korean name ("Kim Moon-soo" is no Kim the woman\'s name)', () => {
    const of = gendersOf('Kim Moon-soo and Kim Smith arrived in Seoul with Lee Jae-myung.');
    expect(of('Kim Moon-soo')).toBeUndefined();
    expect(of('Kim Smith')).toBe('female');
  });

  it('reads a gendered noun the name stands in apposition to ("her husband, former President Bill Clinton")', () => {
    const of = gendersOf('With her husband, former President Bill Clinton, standing by her side, Hillary Clinton spoke.');
    expect(of('Bill Clinton')).toBe('male');
  });
});

describe('pronoun evidence', () => {
  it('counts a possessive after a lone name at half weight, so a first name still decides ("Mukasey said the scandal is the latest in her career")', () => {
    const of = gendersOf('Former Attorney General Michael Mukasey spoke to Hillary Clinton on Monday. Mukasey said the email scandal is only the latest issue in her political career.');
    expect(of('Michael Mukasey')).not.toBe('female');
  });

  it('does not give a name inside a quotation the pronoun of the narration ("“Trump’s salespeople would push,” she continued")', () => {
    const of = gendersOf('Sen. Elizabeth Warren spoke about Donald Trump on Saturday. “Trump’s salespeople would focus on how much money people had,” she continued. “Trump’s playbook said to look for people with problems,” she added.');
    expect(of('Donald Trump')).not.toBe('female');
  });
});

describe('first names', () => {
  it('give a weak gender that one sentence of pronouns overrides', () => {
    const text = 'Kamala Harris and Boris Johnson met in London. Taylor Swift arrived later. Swift said she was tired.';
    const of = gendersOf(text);
    expect(of('Kamala Harris')).toBe('female');
    expect(of('Boris Johnson')).toBe('male');
    // The list calls Taylor a man's name; what the article says of her wins.
    expect(of('Taylor Swift')).toBe('female');
  });

  it('let "she said" skip the man when two people share a sentence', () => {
    const r = analyze('Daniel Brenner met Margaret Okafor in Lagos on Monday. “We have a deal,” she said.');
    const c = r.claims.find((x) => x.text.includes('deal'));
    expect(c?.speaker?.name).toBe('Margaret Okafor');
  });
});

describe('object pronouns', () => {
  it('do not make the sentence\'s person a woman ("David Park told her…"), and "he" later is his', () => {
    expect(gendersOf('Her manager, David Park, told her the hospital was cutting staff.')('David Park')).toBe('male');
    const r = analyze('Her manager, David Park, told her the hospital was cutting staff.\nPark declined to comment. But in a memo, he wrote that the cuts were unavoidable.');
    expect(r.claims.map((c) => c.speaker?.name)).toEqual(['David Park', 'David Park']);
  });
});
