import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { detectLanguage } from './text/language.ts';

const seed = readFileSync(new URL('../../eval/texts/seed.txt', import.meta.url), 'utf8');

describe('analyze', () => {
  it('returns a valid analysis of the seed with the text unchanged and a reading-order summary', () => {
    const a = analyze(seed);
    expect(a.version).toBe(1);
    expect(a.language).toBe('en');
    expect(a.text).toBe(seed);
    expect(a.entities.length).toBeGreaterThan(5);
    expect(a.summary.length).toBeGreaterThanOrEqual(3);
    expect(a.summary.length).toBeLessThanOrEqual(5);
    const positions = a.summary.map((s) => seed.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    expect(a.summary.join(' ')).not.toMatch(/Would you like/);
  });

  it('takes the title from options, or a headline-like first line', () => {
    expect(analyze(seed, { title: 'Talks fail' }).title).toBe('Talks fail');
    expect(analyze('Floods hit northern Italy\nRivers rose overnight in Emilia-Romagna.').title).toBe('Floods hit northern Italy');
  });

  it('never throws: empty, binary, right-to-left and huge inputs give a valid analysis', () => {
    for (const t of ['', '\u0000\u0001\uffff\ud800', 'قال الوزير إن المحادثات فشلت في إسطنبول.', 'x'.repeat(1_000_000)]) {
      const a = analyze(t);
      expect(a.version).toBe(1);
      expect(a.text).toBe(t);
      expect(Array.isArray(a.entities)).toBe(true);
    }
    expect(analyze('قال الوزير إن المحادثات فشلت في إسطنبول.').language).toBe('ar');
  });

  it('returns no English-rule actors for a French text', () => {
    const a = analyze('Le ministre des Affaires étrangères a déclaré que les négociations avec la Russie étaient dans une impasse et que la France ne céderait pas.');
    expect(a.language).toBe('fr');
    expect(a.entities).toEqual([]);
  });

  // Speed is printed by `npm run bench` (side by side with compromise), not asserted in unit tests.
  it('analyses a 50,000-word article whole: the last copy of the seed has its actors and claims too', () => {
    const words = seed.split(/\s+/).length;
    const fifty = Array.from({ length: Math.ceil(50000 / words) }, () => seed).join('\n');
    const a = analyze(fifty);
    const lastCopy = fifty.length - seed.length;
    expect(a.entities.some((e) => e.mentions.some((m) => m.start > lastCopy))).toBe(true);
    expect(a.claims.some((c) => c.start > lastCopy)).toBe(true);
  });
});

describe('roles that refer back', () => {
  it('gives "the proud owner said" to the person an appositive made the owner ("John McMillan, the shop’s 69-year-old owner,")', () => {
    const a = analyze(
      'After Colin Ross ate at a struggling shop, he fell in love with the food. But he was discouraged to find that John McMillan, the shop’s 69-year-old owner, could not pay himself.\n' +
        '“He did it out of the goodness of his heart,” the proud owner said of Ross.\n' +
        'The owner, who is originally from Scotland, explained that the location was bad.',
    );
    const mcmillan = a.entities.find((e) => e.name === 'John McMillan');
    expect(mcmillan?.role).toBe('owner');
    const speakers = a.claims.filter((c) => /goodness|location/.test(c.text)).map((c) => c.speaker?.entity);
    expect(speakers).toEqual([mcmillan!.id, mcmillan!.id]);
  });

  it('takes the employer after a possessor in a role ("a former member of Hasina’s Awami League")', () => {
    const a = analyze('The opposition was led by Kamal Hossain, an 82-year-old former member of Hasina’s Awami League. Sheikh Hasina won the vote.');
    const hossain = a.entities.find((e) => e.name === 'Kamal Hossain');
    expect(a.entities.find((e) => e.id === hossain?.affiliation)?.name).toBe('Awami League');
  });
});

describe('ledes that describe their source before naming them', () => {
  it('gives the headline’s and the lede’s "chief UK scientist says" to the scientist the next sentence names', () => {
    const a = analyze(
      'Climate change research sound, chief UK scientist says\n' +
        'The UK government’s chief scientist says his confidence in climate science remains unshaken despite allegations about the withholding of data.\n' +
        'Professor John Beddington told the BBC the fundamental science behind man-made global warming was "correct".\n' +
        'He said he was concerned that the debate was becoming polarised.',
    );
    const beddington = a.entities.find((e) => e.name === 'John Beddington');
    expect(a.claims.slice(0, 3).map((c) => c.speaker?.entity)).toEqual([beddington!.id, beddington!.id, beddington!.id]);
  });

  it('gives a lede’s "An angry Labour councillor told members…" to the councillor the next sentence introduces by name, though she does not speak there, and no "Ukrainian president" to the French one', () => {
    const a = analyze('Council cuts row\nAN angry Labour councillor told members she was sick of hearing them moan about service cuts.\nCouncillor Laura Crane made the remarks as members of the committee were discussing the budget.');
    const crane = a.entities.find((e) => e.name === 'Laura Crane');
    expect(a.claims[0]?.speaker?.entity).toBe(crane!.id);
    const b = analyze('Talks in Minsk\nThe Ukrainian president warned that without a ceasefire the situation would get out of control.\nFrench president Francois Hollande arrived in Minsk on Wednesday for the talks.');
    const hollande = b.entities.find((e) => e.name === 'Francois Hollande');
    // The claim is found, Hollande is an actor, and the claim is not his: the unnamed Ukrainian president keeps it.
    expect(hollande).toBeDefined();
    expect(b.claims.map((c) => `${c.kind} ${c.speaker?.name}`)).toEqual(['warning The Ukrainian president']);
    expect(b.claims[0]!.speaker!.entity).not.toBe(hollande!.id);
  });

  it('leaves "a source said" in a lede unnamed though a person speaks next', () => {
    const a = analyze('The talks have collapsed, a source close to the negotiations said.\nJohn Smith, the mediator, said the sides would meet again.');
    expect(a.claims[0]?.speaker?.anonymous).toBe(true);
  });
});

describe('"the company" and the company’s own units', () => {
  it('gives "The company attributed…" to Disney, not to "the company’s sports cable network, ESPN"', () => {
    const a = analyze(
      'Disney shares fell more than 6% after the company failed to meet expectations.\n' +
        'The stock dropped because of continuing concern about subscription rates to the company’s sports cable network, ESPN. Shares recovered slightly.\n' +
        'Revenue for the cable networks dipped 2%. The company attributed the broadcasting decline to “lower operating income from program sales.”',
    );
    const disney = a.entities.find((e) => e.name === 'Disney');
    expect(a.claims.find((c) => c.text.includes('lower operating income'))?.speaker?.entity).toBe(disney?.id);
  });
});

describe('detectLanguage', () => {
  it('tells English from other languages and scripts', () => {
    expect(detectLanguage('The minister said the talks had failed and that the country would continue.')).toBe('en');
    expect(detectLanguage('Der Minister sagte, dass die Gespräche gescheitert sind und das Land nicht nachgeben wird.')).toBe('de');
    expect(detectLanguage('Министр заявил, что переговоры провалились.')).toBe('ru');
    expect(detectLanguage('')).toBe('und');
  });

  it('reads a short English brief full of foreign names as English, not Dutch', () => {
    expect(detectLanguage('World news\nLeaders met on Tuesday. Xi Jinping met Kim Jong Un in Beijing. Talks will resume next week.')).toBe('en');
    expect(detectLanguage('Leaders met on Tuesday. Ukrainian President Volodymyr Zelensky thanked NATO allies. Talks will resume next week.')).toBe('en');
    expect(detectLanguage('De minister heeft op dinsdag gezegd dat de gesprekken in Istanbul zijn mislukt en dat er geen nieuwe ronde komt.')).toBe('nl');
  });
});
