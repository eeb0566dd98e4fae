import { describe, expect, it } from 'vitest';
import { findQuotes, isStatementQuote } from './quotes.ts';

const spans = (t: string): string[] => findQuotes(t, 0, t.length).map((q) => t.slice(q.start, q.end));

describe('findQuotes', () => {
  it('pairs curly, straight and mixed quotation marks as scraped news text has them', () => {
    expect(spans('“We won,” she said.')).toEqual(['“We won,”']);
    expect(spans('"We won," she said.')).toEqual(['"We won,"']);
    expect(spans('"A great day for us,” the mayor wrote. Then he left.')).toEqual(['"A great day for us,”']);
    expect(spans('“It was over," she said, "and we knew it.”')).toEqual(['“It was over,"', '"and we knew it.”']);
  });

  it('reads ” inside a contraction ("we”re", "that”s"), a mis-encoded apostrophe, as no quotation mark', () => {
    expect(spans('“We believe that we”re here to make great products, and that”s not changing,” Cook said.')).toEqual(['“We believe that we”re here to make great products, and that”s not changing,”']);
    expect(spans('He said it will do well no matter who”s in charge.')).toEqual([]);
  });

  it('leaves a quote open at the paragraph end, and does not close a curly quote at a straight mark opening a word', () => {
    expect(spans('He said: “We will return')).toEqual(['“We will return']);
    expect(spans('“The so-called "reform" failed,” he said.')).toEqual(['“The so-called "reform" failed,”']);
  });

  it('goes on with a quotation the paragraph before left open when the paragraph’s first mark closes it', () => {
    const t = '…[In] a world where gaming matters, I don’t think we could be stronger.” Wilson added.';
    const carried = findQuotes(t, 0, t.length, true).map((q) => t.slice(q.start, q.end));
    expect(carried).toEqual(['…[In] a world where gaming matters, I don’t think we could be stronger.”']);
    // Not when nothing was left open, nor when the paragraph reopens the quotation itself.
    expect(spans(t)).toEqual([]);
    const reopened = '“And we will win,” he said.';
    expect(findQuotes(reopened, 0, reopened.length, true).map((q) => reopened.slice(q.start, q.end))).toEqual(['“And we will win,”']);
  });

  it('reads British single marks in a paragraph without double ones, apart from apostrophes and plural possessives', () => {
    expect(spans('‘We will win this election,’ he said. ‘There is no doubt.’')).toEqual(['‘We will win this election,’', '‘There is no doubt.’']);
    expect(spans('The workers’ union said it wasn’t consulted.')).toEqual([]);
    expect(spans('‘The workers’ union is strong,’ she said.')).toEqual(['‘The workers’ union is strong,’']);
    expect(spans("The spokesman said: 'We do not comment on leaks.'")).toEqual(["'We do not comment on leaks.'"]);
    // With double marks in the paragraph, single ones are nested quotes or apostrophes.
    expect(spans('“He called it ‘a farce’,” she said.')).toEqual(['“He called it ‘a farce’,”']);
  });

  it("reads a double mark typed as two single ones (''…'', ``…'') as a double mark, not as apostrophes", () => {
    expect(spans("''This isn't tax reform,'' said Mr. Holtz-Eakin. ''It's anti-reform.''")).toEqual(["''This isn't tax reform,''", "''It's anti-reform.''"]);
    expect(spans("``We will appeal,'' the lawyer said.")).toEqual(["``We will appeal,''"]);
    expect(spans("The workers' union said it's 'not fair' to them.")).toEqual(["'not fair'"]);
  });

  it('reads ”…” (one mark typed for both, as some outlets do) as a quotation, the first mark opening before a word', () => {
    expect(spans('”I have not been contacted,” Zuma said. He was concerned about how the NPA ”conducts itself”.')).toEqual(['”I have not been contacted,”', '”conducts itself”']);
    expect(spans('Mpshe replied: ”Yes, that’s my impression.”')).toEqual(['”Yes, that’s my impression.”']);
    // A closing ” after a word still closes an open quote, and one before a space opens none.
    expect(spans('“We won” , and ” then she left.')).toEqual(['“We won”']);
  });
});

describe('isStatementQuote', () => {
  const statement = (t: string): boolean => isStatementQuote(t, findQuotes(t, 0, t.length)[0]!);
  it('reads a title whose short words stay lowercase ("Meet the Press.") as no statement, but keeps short sentences', () => {
    expect(statement('He said on “Meet the Press.”')).toBe(false);
    expect(statement('He spoke on “Face the Nation” on Sunday.')).toBe(false);
    expect(statement('“It’s Showtime at the Apollo.”')).toBe(true);
    expect(statement('“She burned and crashed.”')).toBe(true);
  });
});
