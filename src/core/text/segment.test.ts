import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isHeading, segment } from './segment.ts';

const sentencesOf = (text: string): string[] => {
  const s = segment(text);
  return s.sentences.map((x) => text.slice(x.start, x.end));
};

describe('paragraphs', () => {
  it('splits on line breaks and blank lines, trimming spaces, with CRLF', () => {
    const text = 'First line here.\r\n\r\n  Second one.  \r\nThird.';
    const s = segment(text);
    expect(s.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['First line here.', 'Second one.', 'Third.']);
    expect(s.paragraphs.map((p) => p.index)).toEqual([0, 1, 2]);
  });

  it('detects Title-Case headings and heading questions but not sentences or sentence-case lines', () => {
    expect(isHeading('Divergence from the Core Agenda')).toBe(true);
    expect(isHeading('Conclusion')).toBe(true);
    expect(isHeading("Fitzgerald Equates Firing to Professional 'Death Sentence'")).toBe(true);
    expect(isHeading('“Get Out Now”')).toBe(false);
    expect(isHeading('The Road Ahead for Brazil’s Economy')).toBe(true);
    expect(isHeading('As Debt Rises, the Government Will Soon Spend More on Interest Than on the Military')).toBe(true);
    expect(isHeading('The minister spoke to reporters on Monday.')).toBe(false);
    expect(isHeading('Texas student inspires social movement')).toBe(false);
    // Questions too, in Title Case or capitals, not a sentence-case question or a quoted one.
    expect(isHeading('What Comes Next?')).toBe(true);
    expect(isHeading('WILL SOMEONE STAND UP FOR THE ESTABLISHMENT?')).toBe(true);
    expect(isHeading('What comes next?')).toBe(false);
    expect(isHeading('“Why Not?”')).toBe(false);
  });

  it('takes a line of related headlines joined by dashes for a heading, not a sentence with dashes', () => {
    const heading = (text: string): boolean[] => segment(text).paragraphs.map((p) => p.heading);
    expect(heading('The plane vanished.\n— Here’s What We Know So Far About EgyptAir Flight MS804— Hillary Clinton Says EgyptAir Crash Seems Like An ‘Act Of Terrorism.’')).toEqual([false, true]);
    expect(heading('The plane vanished.\nThe airline — EgyptAir — said it had lost contact.')).toEqual([false, false]);
  });

  it('takes a Title-Case first line ending in a full stop for the title, not a later one or a short sentence', () => {
    const title = (text: string): boolean[] => segment(text).paragraphs.map((p) => p.heading);
    expect(title('Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.\nThe poll was released.')).toEqual([true, false]);
    expect(title('The poll was released.\nWealthy Voters Abandon Republican Party for Clinton.')).toEqual([false, false]);
    expect(title('Trump Won.\nThe poll was released.')).toEqual([false, false]);
    expect(title('The poll was released.\nGARLAND STEPS ASIDE.\nThe judges met.')).toEqual([false, true, false]);
    expect(title('Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’\nShe spoke.')).toEqual([true, false]);
  });

  it('marks trailing chatbot offers as not prose, keeps the article prose', () => {
    const text =
      'The council voted on Tuesday.\nThe mayor said the plan would go ahead.\nI hope this helps! Let me know if you need anything else.';
    const s = segment(text);
    expect(s.paragraphs.map((p) => p.prose)).toEqual([true, true, false]);
    const offer = segment('Rain fell in Lima.\nShall I summarise the key points for you?');
    expect(offer.paragraphs.map((p) => p.prose)).toEqual([true, false]);
  });

  it('keeps a question inside the article as prose', () => {
    const s = segment('Will the truce hold?\nAnalysts doubt it, she said.');
    expect(s.paragraphs.every((p) => p.prose)).toBe(true);
  });

  it('marks a date-only line as not prose', () => {
    const s = segment('Storm hits coast\nTuesday, September 22, 2015\nThe storm arrived.');
    expect(s.paragraphs.map((p) => p.prose)).toEqual([true, false, true]);
  });
});

describe('sentences', () => {
  it('splits after "said no." but not inside "No. 10" or "fig. 3"', () => {
    expect(sentencesOf('The minister said no. The talks ended. He lives at No. 10 Downing Street. See fig. 3 below.')).toEqual([
      'The minister said no.',
      'The talks ended.',
      'He lives at No. 10 Downing Street.',
      'See fig. 3 below.',
    ]);
  });

  it('does not split inside a name spelt with an exclamation mark ("E! News"), and keeps the name one word', () => {
    expect(sentencesOf('Fans were upset, E! News reported. What a game! The team won.')).toEqual(['Fans were upset, E! News reported.', 'What a game!', 'The team won.']);
    expect(segment('Yahoo! Finance said so.').tokens.map((t) => t.text)).toEqual(['Yahoo!', 'Finance', 'said', 'so', '.']);
  });

  it('does not split after titles, initials, months and dotted acronyms before names', () => {
    expect(sentencesOf('Mr. Smith met Dr. Jones on Jan. 5 in Washington. They talked.')).toEqual([
      'Mr. Smith met Dr. Jones on Jan. 5 in Washington.',
      'They talked.',
    ]);
    expect(sentencesOf('John F. Kennedy spoke. The U.S. Senate voted.')).toEqual([
      'John F. Kennedy spoke.',
      'The U.S. Senate voted.',
    ]);
    expect(sentencesOf('He moved to the U.S. The move was hard.')).toEqual(['He moved to the U.S.', 'The move was hard.']);
    expect(sentencesOf('He moved to the U.S. Later he returned. She lived in the U.S. Since then she has not.')).toEqual(['He moved to the U.S.', 'Later he returned.', 'She lived in the U.S.', 'Since then she has not.']);
  });

  it('splits after a number’s unit that looks like an initial ("in native 4K. Google confirmed")', () => {
    expect(sentencesOf('It streams Destiny 2 in native 4K. Google confirmed this.')).toEqual(['It streams Destiny 2 in native 4K.', 'Google confirmed this.']);
  });

  it('ends a sentence after a closing quote, curly or straight', () => {
    expect(sentencesOf('He said: “We will hold our ground.” Moscow denied it.')).toEqual([
      'He said: “We will hold our ground.”',
      'Moscow denied it.',
    ]);
    expect(sentencesOf('"It is over." She left.')).toEqual(['"It is over."', 'She left.']);
  });

  it('keeps a link and a handle whole as one token each', () => {
    const t = 'See https://t.co/8FtYoYE0G3, pic.twitter.com/BysaFNGak2 and www.example.org. Follow @TwitchyTeam now.';
    expect(segment(t).tokens.map((x) => x.text)).toEqual(['See', 'https://t.co/8FtYoYE0G3', ',', 'pic.twitter.com/BysaFNGak2', 'and', 'www.example.org', '.', 'Follow', '@TwitchyTeam', 'now', '.']);
  });

  it('starts a sentence at a quotation mark typed as two marks (\'\'…\'\', ``…\'\')', () => {
    expect(sentencesOf("He spoke on Friday. ''Union men won't vote for him,'' Rosenthal wrote. ``We won.'' He left.")).toEqual([
      'He spoke on Friday.',
      "''Union men won't vote for him,'' Rosenthal wrote.",
      "``We won.''",
      'He left.',
    ]);
  });

  it('does not split when a quoted question is followed by a lowercase attribution', () => {
    expect(sentencesOf('“Why now?” she asked. Nobody knew.')).toEqual(['“Why now?” she asked.', 'Nobody knew.']);
  });

  it('keeps a quoted question with a named attribution after it in one sentence, but splits before other sentences', () => {
    expect(sentencesOf('“Is that what you want, right?” Sanborn said. “Why?” asked Ms Lee.')).toEqual(['“Is that what you want, right?” Sanborn said.', '“Why?” asked Ms Lee.']);
    expect(sentencesOf('“Stop!” The crowd fell silent.')).toEqual(['“Stop!”', 'The crowd fell silent.']);
    expect(sentencesOf('“Why is this not proof?” Vitter demanded. “Really?” insisted Tester.')).toEqual(['“Why is this not proof?” Vitter demanded.', '“Really?” insisted Tester.']);
  });

  it('keeps sentences inside their paragraph', () => {
    const s = segment('One. Two.\nThree');
    expect(s.sentences.map((x) => x.paragraph)).toEqual([0, 0, 1]);
  });
});

describe('tokens', () => {
  it('gives exact offsets, splits possessives and keeps diacritics and hyphens', () => {
    const text = 'Pakistan’s Erdoğan-era policy in Türkiye, U.S. officials’ view.';
    const s = segment(text);
    const words = s.tokens.map((t) => t.text);
    expect(words).toEqual(['Pakistan', '’s', 'Erdoğan-era', 'policy', 'in', 'Türkiye', ',', 'U.S.', 'officials', '’', 'view', '.']);
    for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads an opening quotation mark typed for the apostrophe as a possessive ("Tesla‘s stock")', () => {
    const s = segment('Tesla‘s stock fell.');
    expect(s.tokens.map((t) => t.text)).toEqual(['Tesla', '’s', 'stock', 'fell', '.']);
    expect(s.tokens[1]).toMatchObject({ start: 5, end: 7 });
  });

  it('never throws on empty, binary or right-to-left text', () => {
    expect(segment('').sentences).toEqual([]);
    const rtl = 'قال الوزير إن المحادثات فشلت. وأضاف أن باكستان ستواصل.';
    expect(segment(rtl).sentences.length).toBe(2);
    const garbage = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    expect(() => segment(garbage)).not.toThrow();
  });
});

describe('seed article', () => {
  it('finds the headings and the trailing chatbot line', () => {
    const text = readFileSync(new URL('../../../eval/texts/seed.txt', import.meta.url), 'utf8');
    const s = segment(text);
    const headings = s.paragraphs.filter((p) => p.heading).map((p) => text.slice(p.start, p.end));
    expect(headings).toEqual([
      'Divergence from the Core Agenda',
      'Allegations of Shifting Positions and External Influence',
      'Pakistan’s Unwavering Demand and Future Strategy',
      'Conclusion',
    ]);
    const last = s.paragraphs[s.paragraphs.length - 1]!;
    expect(last.prose).toBe(false);
    expect(s.paragraphs.filter((p) => !p.prose)).toHaveLength(1);
    const sentences = s.sentences.map((x) => text.slice(x.start, x.end));
    expect(sentences).toContain('Pakistan’s Information Minister, Atta Tarar, used social media to publicly confirm the impasse, noting that after protracted discussions, the delegations were unable to forge a mutually acceptable solution.');
  });
});

describe('a sentence glued to the next one', () => {
  it('splits "the UN said.“We have found…”" where the page lost the space before a curly opening quote', () => {
    const t = 'Prices rose, the UN said.“We have found pure cocaine,” he adds. Then “quoted” words.';
    expect(segment(t).sentences.map((s) => t.slice(s.start, s.end))).toEqual(['Prices rose, the UN said.', '“We have found pure cocaine,” he adds.', 'Then “quoted” words.']);
  });
});
