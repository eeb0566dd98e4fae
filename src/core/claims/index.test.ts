import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segment } from '../text/segment.ts';
import type { Claim, Entity, EntityType } from '../types.ts';
import { findClaims, findClaimsOrThrow } from './index.ts';

interface Actor {
  name: string;
  type?: EntityType;
  aliases?: string[];
  role?: string;
  affiliation?: string;
}

/** Entities built by hand: every occurrence of the name or an alias is a mention. */
function entitiesFor(text: string, actors: Actor[]): Entity[] {
  return actors.map((a, i) => {
    const mentions: { start: number; end: number }[] = [];
    for (const n of [a.name, ...(a.aliases ?? [])]) {
      let at = text.indexOf(n);
      while (at >= 0) {
        if (!mentions.some((m) => at < m.end && m.start < at + n.length)) mentions.push({ start: at, end: at + n.length });
        at = text.indexOf(n, at + n.length);
      }
    }
    mentions.sort((x, y) => x.start - y.start);
    return {
      id: `e${i + 1}`,
      name: a.name,
      type: a.type ?? 'person',
      aliases: a.aliases ?? [],
      role: a.role ?? null,
      affiliation: a.affiliation ?? null,
      mentions,
      salience: 0.5,
    };
  });
}

function claimsOf(text: string, actors: Actor[] = []): { claims: Claim[]; entities: Entity[] } {
  const entities = entitiesFor(text, actors);
  return { claims: findClaims(segment(text), entities), entities };
}

/** "kind speaker-name" per claim, the shape a reader checks. */
function summary(text: string, actors: Actor[] = []): string[] {
  const { claims, entities } = claimsOf(text, actors);
  return claims.map((c) => {
    const who = c.speaker ? (c.speaker.entity ? entities.find((e) => e.id === c.speaker!.entity)!.name : `${c.speaker.anonymous ? 'anon:' : ''}${c.speaker.name}`) : 'none';
    return `${c.kind} ${who}`;
  });
}

describe('direct quotes', () => {
  it('ties a quote to a speaker named after it, with the title before the name', () => {
    const text = '“The talks failed because the other side would not engage,” stated Trade Minister Maria Okonkwo.';
    const { claims } = claimsOf(text, [{ name: 'Maria Okonkwo', role: 'Trade Minister' }]);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.kind).toBe('quote');
    expect(claims[0]!.speaker?.entity).toBe('e1');
    expect(claims[0]!.quotes?.[0]).toEqual({ start: 0, end: text.indexOf('”') + 1 });
    expect(claims[0]!.cues?.map((c) => text.slice(c.start, c.end))).toEqual(['stated']);
  });

  it('resolves "she said" to the most recent person, not one named inside a quote', () => {
    const text = 'Lena Park runs the clinic.\n“Nobody told [Tom] how dangerous these pills were,” she said.';
    expect(summary(text, [{ name: 'Lena Park' }, { name: 'Tom' }])).toEqual(['quote Lena Park']);
  });

  it('continues the speaker into a following quote in the same paragraph and into a quote-only paragraph', () => {
    const text =
      '“We will not sign this deal,” said Jonas Berg, the union leader. “It is a bad deal for workers.”\n“Our members have spoken clearly on this point.”';
    expect(summary(text, [{ name: 'Jonas Berg' }])).toEqual(['quote Jonas Berg', 'quote Jonas Berg', 'quote Jonas Berg']);
  });

  it('takes "X added:" with the quote after the colon', () => {
    const text = 'Amal Haddad spoke to reporters. She added: “The water is not safe to drink. Boil it first.”';
    const { claims } = claimsOf(text, [{ name: 'Amal Haddad' }]);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toContain('Boil it first');
    expect(claims[0]!.speaker?.entity).toBe('e1');
  });
});

describe('double marks typed as two single ones', () => {
  it("ties ''…'' quotes to the speaker after them, as with “…”", () => {
    const text = "The economists were unimpressed on Tuesday.\n''You'd think the business community would be up in arms over this,'' said Mr. Holtz-Eakin. ''The focus on personalities has driven this off the radar.''\n''The lack of reciprocity is deplorable,'' said Elez Biberaj, the director of the division.";
    expect(summary(text, [{ name: 'Douglas Holtz-Eakin', aliases: ['Holtz-Eakin'] }, { name: 'Elez Biberaj' }])).toEqual(['quote Douglas Holtz-Eakin', 'quote Douglas Holtz-Eakin', 'quote Elez Biberaj']);
  });
});

describe('progressive and passive verb groups', () => {
  it('takes the subject before a whole verb group ("has been insisting", "He’s claiming") and starts the claim there', () => {
    const text = 'Ann Lee spoke in Ohio on Friday. The mayor has been insisting that the bill would pass. She’s claiming that voting fraud is a big problem.';
    const { claims } = claimsOf(text, [{ name: 'Ann Lee' }]);
    expect(summary(text, [{ name: 'Ann Lee' }])).toEqual(['anonymous anon:The mayor', 'reported Ann Lee']);
    expect(claims.map((c) => c.text)).toEqual(['The mayor has been insisting that the bill would pass.', 'She’s claiming that voting fraud is a big problem.']);
  });

  it('reads a clause without "that" after a contracted or "do" auxiliary, and "is demanding that…"', () => {
    const text = 'Several former RT journalists have complained they weren’t given such a free hand. An adviser pointed out Hawaii normally does not get hurricanes. The city of Phoenix is demanding that the campaign stop using the image. The company controls its drivers, demanding that they buy its services.';
    expect(summary(text, [{ name: 'RT', type: 'organization' }, { name: 'Hawaii', type: 'place' }, { name: 'Phoenix', type: 'place' }])).toEqual(['anonymous anon:Several former RT journalists', 'anonymous anon:An adviser', 'position Phoenix']);
    expect(summary('The government of Pakistan said the talks had failed.', [{ name: 'Pakistan', type: 'place' }])).toEqual(['reported Pakistan']);
  });

  it('reads "an adviser", "one economist" as unnamed sources like their plurals, and "said nothing had changed" as a claim', () => {
    const text = 'The ministry was silent on Monday. An adviser to the president said the plan was dead. One economist said rates would rise. A senior aide said nothing had changed. Officials said nothing about the talks.';
    expect(summary(text, [{ name: 'ministry', type: 'organization' }])).toEqual(['anonymous anon:An adviser to the president', 'anonymous anon:One economist', 'anonymous anon:A senior aide']);
  });

  it('gives no speaker to what a passive characterises ("the country has been hailed as a model")', () => {
    const text = 'Tunisia held elections on Sunday. Despite this, the country has been hailed as a model of democratic transition as other governments collapsed.';
    expect(summary(text, [{ name: 'Tunisia', type: 'place' }])).toEqual([]);
  });
});

describe('joint speakers', () => {
  it('gives "Lee and Smith said", "Both Lee and Smith warned", "Lee, Smith and Acme said" to all of them', () => {
    const text = 'Ann Lee and Bob Smith met on Monday. Lee and Smith both said the deal was close. Both Lee and Smith warned that a shutdown was possible. Lee, Smith and Acme said in a joint statement that talks would resume. Smith said Lee and the mayor agreed.';
    const { claims } = claimsOf(text, [{ name: 'Ann Lee', aliases: ['Lee'] }, { name: 'Bob Smith', aliases: ['Smith'] }, { name: 'Acme', type: 'organization' }]);
    expect(claims.map((c) => [c.speaker?.entity, c.speaker?.with ?? []])).toEqual([
      ['e1', ['e2']],
      ['e1', ['e2']],
      ['e1', ['e2', 'e3']],
      ['e2', []],
    ]);
  });
});

describe('participles after a fronted adverb', () => {
  it('gives "Meanwhile, it attacked Trump, saying…" and "On September 27 they published…, announcing…" to the pronoun’s actor', () => {
    const text = 'The Tampa Bay Times endorsed Clinton on Tuesday. Meanwhile, it attacked Trump, saying he had offended Hispanics with his insults.';
    expect(summary(text, [{ name: 'Tampa Bay Times', type: 'organization' }, { name: 'Clinton' }, { name: 'Trump' }])).toEqual(['reported Tampa Bay Times']);
    const later = 'PolitiFact checked the claim. On September 27 they published the results of their check by announcing that the statement was true.';
    expect(summary(later, [{ name: 'PolitiFact', type: 'organization' }])).toEqual(['reported PolitiFact']);
  });
});

describe('asides between dashes', () => {
  it('finds the subject past an aside between dashes ("Jason Sims — a teacher from Mount Pleasant — says…")', () => {
    const text = 'Voters lined up early. Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision. Andy Beshear — whose father, as governor, implemented the law — said the race was close.';
    expect(summary(text, [{ name: 'Jason Sims' }, { name: 'Andy Beshear' }])).toEqual(['reported Jason Sims', 'reported Andy Beshear']);
    // A relative clause between dashes, verbs and all.
    const relative = 'Andy Beshear — whose father, also as governor, implemented the Affordable Care Act in the state — promised to protect Medicaid.';
    expect(summary(relative, [{ name: 'Andy Beshear' }])).toEqual(['reported Andy Beshear']);
    // A double hyphen typed for the dash.
    const typed = 'Kall -- co-editor of Debating The Donald, a book analyzing Trump’s debates -- said the candidate made announcements there.';
    expect(summary(typed, [{ name: 'Kall' }])).toEqual(['reported Kall']);
  });
});

describe('a quotation split by its attribution', () => {
  it('is one quote claim from the first half on, but not after a show’s title or before a non-quote', () => {
    const text = 'Maria Santos addressed workers on Monday.\n“We are ready,” Santos said, “and we will win this fight.”\n“Fox News Sunday,” Santos said, “was a fine show to be on.”\n“Folks, we will win this, I promise you all,” she told hundreds of supporters at a rally.';
    const { claims } = claimsOf(text, [{ name: 'Maria Santos', aliases: ['Santos'] }]);
    expect(claims.map((c) => [c.kind, c.text])).toEqual([
      ['quote', '“We are ready,” Santos said, “and we will win this fight.”'],
      ['quote', 'Santos said, “was a fine show to be on.”'],
      ['quote', '“Folks, we will win this, I promise you all,” she told'],
    ]);
  });
});

describe('the outlet someone spoke to', () => {
  it('is not "the company" that speaks next', () => {
    const text = 'John Smith witnessed the shooting at the plant.\n“We’re not going anywhere,” Smith told The Associated Press on Tuesday. In a statement, the company said it was reviewing the matter.';
    const actors = [{ name: 'John Smith', aliases: ['Smith'] }, { name: 'The Associated Press', type: 'organization' as const }];
    expect(summary(text, actors)).toEqual(['quote John Smith', 'reported the company']);
  });
});

describe('a participle after "while"', () => {
  it('takes the nearest pronoun subject before it, not the sentence’s opening words', () => {
    const text = 'Michael Webb was arrested on Monday. But suddenly, officers found her in a basket where he forced her to hide while threatening to kill her parents.';
    expect(summary(text, [{ name: 'Michael Webb' }])).toEqual(['warning Michael Webb']);
  });
});

describe('a document named by its author earlier', () => {
  it('gives "The statement added…" and "according to the report" to the one the statement or report was from', () => {
    const text = 'Taylor Swift performed in London on Friday. A statement from Swift’s publicist said the singer was resting. The statement added that tickets would be refunded. A report by the Energy Agency counted 40 factories. Production rose, according to the report.';
    expect(summary(text, [{ name: 'Taylor Swift', aliases: ['Swift'] }, { name: 'Energy Agency', type: 'organization' }])).toEqual(['reported Taylor Swift', 'reported Taylor Swift', 'according-to Energy Agency']);
  });
});

describe('promises', () => {
  it('reads "now promises it will…" and "promises to…" as claims, not the noun', () => {
    const text = 'Acme was fined last year. The company now promises it will do a better job at screening drivers. Campaign promises matter. He broke his promises to voters.';
    expect(summary(text, [{ name: 'Acme', type: 'organization' }])).toEqual(['reported Acme']);
  });
});

describe('what a source withheld', () => {
  it('reads no claim in "did not say when", "would not say whether…", "declined to say how many…"', () => {
    const text = 'Peter Cook said Carter stopped the practice. Cook did not say when. The White House would not say whether the president knew. Officials declined to say how many people were hurt.';
    expect(summary(text, [{ name: 'Peter Cook', aliases: ['Cook'] }, { name: 'White House', type: 'organization' }])).toEqual(['reported Peter Cook']);
  });
});

describe('what was said, as a noun phrase', () => {
  it('reads no claim in "What she said next surprised everyone", but keeps "what he called a “brazen breach”"', () => {
    const text = 'Ava Lee spoke on Monday. What she said next surprised everyone. Ban Ki-moon condemned what he called a “brazen breach” of the resolutions.';
    expect(summary(text, [{ name: 'Ava Lee' }, { name: 'Ban Ki-moon' }])).toEqual(['reported Ban Ki-moon']);
  });
});

describe('two names opening a that-clause', () => {
  it('keeps "Noel and Thomas" whole inside what prosecutors alleged', () => {
    const text = 'Tova Noel and Michael Thomas were charged on Tuesday. Prosecutors alleged that Noel and Thomas both acknowledged to supervisors that they had not made their checks.';
    const { claims } = claimsOf(text, [{ name: 'Tova Noel', aliases: ['Noel'] }, { name: 'Michael Thomas', aliases: ['Thomas'] }]);
    expect(claims.map((c) => [c.speaker?.name, c.text])).toEqual([['Prosecutors', 'Prosecutors alleged that Noel and Thomas both acknowledged to supervisors that they had not made their checks.']]);
  });
});

describe('two names after a quotation', () => {
  const actors = [{ name: 'Elijah Cummings', aliases: ['Cummings'] }, { name: 'Henry Waxman', aliases: ['Waxman'] }];
  it('gives "“…,” Reps. Elijah Cummings (D-Md.) and Henry Waxman (D-Calif.) wrote" to the first, with the second beside him, and no claim of "wrote in a letter"', () => {
    const text = '“These documents call into question your statement,” Reps. Elijah Cummings (D-Md.) and Henry Waxman (D-Calif.) wrote in a letter to the company.';
    const { claims, entities } = claimsOf(text, actors);
    const waxman = entities.find((e) => e.name === 'Henry Waxman')!.id;
    expect(claims.map((c) => [c.kind, c.speaker?.name, c.speaker?.with, c.text])).toEqual([['quote', 'Elijah Cummings', [waxman], '“These documents call into question your statement,” Reps. Elijah Cummings (D-Md.) and Henry Waxman (D-Calif.) wrote']]);
  });
  it('reads a quotation that closes a nested one with it (“…‘…,’ ” or “…\'…,\'”) as closing before its attribution', () => {
    for (const close of ['’ ”', "'”", '’”']) {
      const text = `“They denied it, saying ‘no one recalls any mention,${close} Elijah Cummings wrote.`;
      expect(summary(text, actors), close).toEqual(['quote Elijah Cummings']);
    }
  });
});

describe('"’s" for "is"', () => {
  it('does not take "That’s" into a subject ("That’s something most business leaders would disagree with")', () => {
    const { claims } = claimsOf('The plan was announced on Monday. That’s something most business leaders would disagree with.', []);
    expect(claims.map((c) => c.speaker?.name)).toEqual(['something most business leaders']);
    const long = claimsOf('The GOP’s complaint to the D.C. Court of Appeals’ Board on Professional Responsibility says Mills violated standards.', []);
    expect(long.claims[0]?.text.startsWith('The GOP’s complaint')).toBe(true);
  });
});

describe('sources set before a colon quotation', () => {
  it('reads "Writes Ars Technica: “…”", "Says one analyst, “…”" and "Over at IGN, the verdict is harsher: “…”"', () => {
    const text = 'Kotaku’s Jason Schreier was forgiving. “I had fun,” he wrote. Writes Ars Technica: “The latency is noticeable in fast games.” Says one analyst, “This is a bubble and it will burst.” Over at IGN, the verdict is harsher: “Stadia is not ready for prime time.”';
    const actors = [{ name: 'Jason Schreier', aliases: ['Schreier'] }, { name: 'Ars Technica', type: 'organization' as const }, { name: 'IGN', type: 'organization' as const }, { name: 'Kotaku', type: 'organization' as const }];
    expect(summary(text, actors)).toEqual(['quote Jason Schreier', 'quote Ars Technica', 'anonymous anon:one analyst', 'quote IGN']);
  });

  it('does not take a place set before a colon quotation for its source', () => {
    const text = 'Aid workers arrived on Monday. At Kabul, the mood was grim: “We have nothing left to lose here.”';
    expect(summary(text, [{ name: 'Kabul', type: 'place' }]).some((x) => x.includes('Kabul'))).toBe(false);
  });
});

describe('reported speech', () => {
  it('finds "X said that…" and "X lamented that…" with the subject as speaker', () => {
    const text = 'Governor Ruth Adeyemi said that the budget was balanced. Minister Adeyemi lamented that the opposition had walked out.';
    expect(summary(text, [{ name: 'Ruth Adeyemi', aliases: ['Minister Adeyemi'] }])).toEqual(['reported Ruth Adeyemi', 'reported Ruth Adeyemi']);
  });

  it('splits "…, adding that…" into a second claim of the same speaker', () => {
    const text = 'Carlos Mendes said the bridge was unsafe, adding that repairs would take a year.';
    const { claims } = claimsOf(text, [{ name: 'Carlos Mendes' }]);
    expect(claims.map((c) => c.speaker?.entity)).toEqual(['e1', 'e1']);
    expect(claims[0]!.text).not.toContain('repairs');
    expect(claims[1]!.text).toContain('repairs would take a year');
  });

  it('handles a post-posed source: "…, the agency said."', () => {
    const text = 'The satellite lost contact with the ground shortly after launch, the space agency said in a statement.';
    const { claims } = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.speaker).toMatchObject({ entity: null, name: 'the space agency', anonymous: false });
    expect(claims[0]!.kind).toBe('reported');
  });

  it('takes the quote before "X declared in a televised address"', () => {
    const text = '“Our nation is in danger,” Nadia Haddad declared in a televised address on Wednesday.';
    const { claims } = claimsOf(text, [{ name: 'Nadia Haddad' }]);
    expect(claims.map((c) => [c.kind, c.speaker?.entity])).toEqual([['quote', 'e1']]);
    expect(claims[0]!.text).toContain('Our nation is in danger');
  });

  it('keeps two speakers of one sentence apart', () => {
    const text = 'Anna Weber said the plan was fair, but the critic Omar Said argued that it was unaffordable.';
    expect(summary(text, [{ name: 'Anna Weber' }, { name: 'Omar Said' }])).toEqual(['reported Anna Weber', 'reported Omar Said']);
  });

  it('resolves pronouns and roles to the person they refer to', () => {
    const text =
      'Defence Minister Kwame Asante met the envoy. He acknowledged that the border was tense.\nLater, the Defence Minister said the army was ready.';
    expect(summary(text, [{ name: 'Kwame Asante', role: 'Defence Minister' }, { name: 'envoy', type: 'group' }])).toEqual([
      'reported Kwame Asante',
      'reported Kwame Asante',
    ]);
  });

  it('does not treat nested speech inside a claim as a new source', () => {
    const text = 'The ministry said the mayor had told residents that the water was safe.';
    expect(summary(text, [{ name: 'ministry', type: 'organization' }])).toEqual(['reported ministry']);
  });

  it('gives a bulleted list after "X said:" to X, item by item', () => {
    const text = 'In the interview, Mayor Lin also said:\nThe city must build more housing\nTaxes will not rise this year\nThe council vote is next week.';
    expect(summary(text, [{ name: 'Mayor Lin', aliases: ['Lin'] }])).toEqual(['reported Mayor Lin', 'reported Mayor Lin']);
    const linked = 'In the interview, Mayor Lin also said:\nThe city must build more housing\nRead the full transcript of her interview\nThe council meets next week.';
    expect(summary(linked, [{ name: 'Mayor Lin', aliases: ['Lin'] }])).toEqual(['reported Mayor Lin']);
  });
});

describe('sources and firmness', () => {
  it('reads "according to X"', () => {
    const text = 'Exports fell by a third last year, according to the central bank.';
    const { claims } = claimsOf(text, [{ name: 'central bank', type: 'organization' }]);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.kind).toBe('according-to');
    expect(claims[0]!.speaker?.entity).toBe('e1');
  });

  it('marks anonymous and group sources with their description', () => {
    const text =
      'In reviewing the deal, sources close to the negotiations suggest the price was too high. Officials speaking on condition of anonymity said the vote would be delayed.';
    const { claims } = claimsOf(text);
    expect(claims.map((c) => [c.kind, c.speaker?.anonymous, c.speaker?.name])).toEqual([
      ['anonymous', true, 'sources close to the negotiations'],
      ['anonymous', true, 'Officials speaking on condition of anonymity'],
    ]);
  });

  it('marks impersonal allegations with no speaker; an unnamed group that alleges is an anonymous source (the source type wins)', () => {
    const text = 'It is alleged that the funds were moved abroad. Prosecutors allege the accountant forged the records.';
    const { claims } = claimsOf(text);
    expect(claims.map((c) => [c.kind, c.speaker === null])).toEqual([
      ['allegation', true],
      ['anonymous', false],
    ]);
  });

  it('marks hedged unsourced claims and lists hedge and certainty words', () => {
    const text = 'The shipment was reportedly seized at the port. Elena Ruiz stated that the evidence was incontrovertible and that prices may rise.';
    const { claims } = claimsOf(text, [{ name: 'Elena Ruiz' }]);
    expect(claims[0]!.kind).toBe('hedged');
    expect(claims[0]!.speaker).toBeNull();
    expect(claims[1]!.hedges).toEqual(['incontrovertible', 'may']);
  });

  it('marks warnings and positions', () => {
    const text =
      'Minister Ali Raza issued a stern caution, declaring that the country may be forced to “consider other options.”\nThe government firmly maintains the position that the vote was fair.';
    expect(summary(text, [{ name: 'Ali Raza', aliases: ['Minister Ali Raza'] }, { name: 'government', type: 'organization' }])).toEqual([
      'warning Ali Raza',
      'position government',
    ]);
    expect(summary('The health agency warned people to stay away from the river.', [{ name: 'health agency', type: 'organization' }])).toEqual(['warning health agency']);
  });
});

describe('wire-service attribution styles', () => {
  it('gives a named accuser or a call to act reported kind, and an unsourced "allegedly" allegation kind', () => {
    const actors: Actor[] = [{ name: 'Lena Brandt' }, { name: 'union', type: 'organization' }];
    expect(summary('Lena Brandt accused the board of hiding the losses.', actors)).toEqual(['reported Lena Brandt']);
    expect(summary('The union urged members not to sign the new contract.', actors)).toEqual(['reported union']);
    expect(summary('The mayor resigned after allegedly taking bribes from developers.', actors)).toEqual(['allegation none']);
  });

  it('reads a progressive reporting verb with a that-clause', () => {
    const text = 'The opposition parties are alleging that the count was rigged in three districts.';
    const { claims } = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toContain('the count was rigged');
    expect(claims[0]!.speaker?.name).toContain('opposition parties');
  });

  it('treats an indefinite role and "both sides" as unnamed sources', () => {
    expect(summary('The convoy reached the border at dawn, according to a Red Cross representative.')).toEqual(['anonymous anon:a Red Cross representative']);
    expect(summary('Both sides said they were hopeful the ceasefire would hold.')).toEqual(['anonymous anon:Both sides']);
  });

  it('keeps a quote after "said in a statement," a quote, and a temporal clause after a post-posed verb a setting', () => {
    const actors: Actor[] = [{ name: 'Omar Haddad' }];
    expect(summary('Omar Haddad said in a statement, “We are deeply relieved and grateful” at the news.', actors)).toEqual(['quote Omar Haddad']);
    const { claims } = claimsOf('“We will win this fight in the end,” Omar Haddad tweeted shortly after the committee concluded its hearing.', actors);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.speaker?.entity).toBe('e1');
    expect(claims[0]!.kind).toBe('quote');
    // "amid" opens a setting too, however long: what was said comes before the attribution.
    const amid = claimsOf('Omar Haddad is currently seeking treatment, his representative said Wednesday night amid a growing number of allegations against the star.', actors).claims;
    expect(amid.map((c) => c.text.slice(0, 20))).toEqual(['Omar Haddad is curre']);
  });

  it('does not take a that-clause after the verb for an inverted speaker', () => {
    const actors: Actor[] = [{ name: 'Ruth Ellison' }];
    const { claims } = claimsOf('Ruth Ellison, the state auditor for the northern region, said the audit shows that rules were broken.', actors);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.speaker?.entity).toBe('e1');
    expect(claims[0]!.text).toContain('the audit shows');
  });
});

describe('positions, characterisations and collective subjects', () => {
  it('reads "believe"/"worry" followed by a clause without "that" as an unnamed group\'s position', () => {
    expect(summary('Farmers believe the new levy is a tax on their survival.')).toEqual(['anonymous anon:Farmers']);
    expect(summary('Many residents worry the river will flood again this spring.')).toEqual(['anonymous anon:Many residents']);
    expect(summary('They believe him.')).toEqual([]);
  });

  it('marks "has been seen as" with no source as an impersonal allegation', () => {
    const { claims } = claimsOf('The ruling has been widely seen as a blow to the governor.');
    expect(claims.map((c) => [c.kind, c.speaker])).toEqual([['allegation', null]]);
  });

  it('reads "police say/deny" and a coordinated threat whose subject opens the sentence', () => {
    const s1 = summary('The city said it would review the footage, while police deny the claims and say officers acted lawfully.', [{ name: 'city', type: 'organization' }]);
    expect(s1[0]).toBe('reported city');
    expect(s1.slice(1).every((x) => x.endsWith('police'))).toBe(true);
    expect(s1.length).toBeGreaterThanOrEqual(2);
    const { claims } = claimsOf('Border guards sealed the crossing on Friday and threatened to detain anyone who tried to pass.');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.kind).toBe('warning');
    expect(claims[0]!.speaker?.name).toBe('Border guards');
    expect(claims[0]!.text).toContain('to detain anyone');
  });

  it('reads a speaker characterising something ("called X a sham", "touted X as…"), "called for" as a position, and no list of acts', () => {
    const actors: Actor[] = [{ name: 'Maria Okafor' }, { name: 'ministry', type: 'organization' }];
    expect(summary('The ministry called the inquiry a political stunt.', actors)).toEqual(['reported ministry']);
    expect(summary('Maria Okafor touted the budget as a win for working families.', actors)).toEqual(['reported Maria Okafor']);
    expect(summary('The ministry called for calm and called off the parade.', actors)).toEqual(['position ministry']);
    expect(summary('During the meeting, he shouted, called the clerk a liar and left.', actors)).toEqual([]);
  });

  it('drops a claim that nothing but punctuation would be left of after an earlier one', () => {
    const { claims } = claimsOf('The guard who reported the fire recalled that he shouted, "Get out now," the agency said.', [{ name: 'agency', type: 'organization' }]);
    expect(claims.every((c) => /\p{L}/u.test(c.text))).toBe(true);
  });
});

describe('unnamed groups as sources', () => {
  it('reads "the senior Cruz adviser" after "a senior Cruz adviser" as the same unnamed source', () => {
    const text = 'Ted Cruz spoke on Monday. “That can go a long way,” said a senior Cruz adviser. “Politicians are practical people,” said the senior Cruz adviser.';
    const { claims } = claimsOf(text, [{ name: 'Ted Cruz', aliases: ['Cruz'] }]);
    expect(claims.map((c) => c.speaker?.name)).toEqual(['a senior Cruz adviser', 'a senior Cruz adviser']);
  });

  it('reads a plural subject with a place or setting after it, and a bare plural after an inverted verb', () => {
    expect(summary('Executives across the world say they have no choice but to postpone hiring.')).toEqual(['anonymous anon:Executives across the world']);
    expect(summary('Officials in the region say the border will stay shut.')).toEqual(['anonymous anon:Officials in the region']);
    expect(summary('The misses did not exceed the beats, say experts.')).toEqual(['anonymous anon:experts']);
  });

  it('reads an attribution that interrupts its clause, with the whole clause as what was said', () => {
    const text = 'The combination, say economists, marks a journey into uncharted territory. The deficit, analysts said, will keep growing.';
    const { claims } = claimsOf(text);
    expect(claims.map((c) => c.speaker?.name)).toEqual(['economists', 'analysts']);
    expect(claims[0]!.text).toMatch(/^The combination.*uncharted territory\.?$/);
    expect(claims[1]!.text).toMatch(/^The deficit.*will keep growing\.?$/);
    // A short rest that opens on a finite verb.
    const short = claimsOf('The findings, Garrett notes, are early.', [{ name: 'Wendy Garrett', aliases: ['Garrett'] }]).claims;
    expect(short.map((c) => c.text)).toEqual(['The findings, Garrett notes, are early']);
  });

  it('gives "we\'re told" and "was told that" to an unnamed source, not to whoever heard it', () => {
    expect(summary('We’re told there is security footage that police are looking at.')).toEqual(['anonymous anon:unnamed source']);
    expect(summary('Ann Lee was told that the deal was off.', [{ name: 'Ann Lee' }])).toEqual(['anonymous anon:unnamed source']);
    expect(summary('Ann Lee told reporters the deal was off.', [{ name: 'Ann Lee' }])).toEqual(['reported Ann Lee']);
  });

  it('reads a subject with a relative clause in it, and "it" in a relative clause without "that"', () => {
    expect(summary('Even so, analysts who have done the calculations say the target cannot be met.')).toEqual(['anonymous anon:analysts']);
    const text = 'Whole Foods cut its prices. By May it was selling cheaper eggs, prices it said were a result of the deal.';
    expect(summary(text, [{ name: 'Whole Foods', type: 'organization' }])).toEqual(['reported Whole Foods']);
  });

  it('does not read a passive infinitive ("often enough to be noted") as a report', () => {
    expect(summary('The plumes would occur often enough to be noted more than once a month.')).toEqual([]);
  });

  it('gives "they" the people named by what they are since the last source, not an organisation before them', () => {
    const text = 'The Max Planck Institute said the simulation took a year. It allowed researchers to see how galaxies formed. They found that the galaxies matched real ones.';
    expect(summary(text, [{ name: 'Max Planck Institute', type: 'organization' }])).toEqual(['reported Max Planck Institute', 'anonymous anon:researchers']);
  });

  it('gives a sentence closed by "according to X" to X, the belief it reports included', () => {
    expect(summary('The minister believes the deal is dead, according to two officials.')).toEqual(['anonymous anon:two officials']);
    expect(summary('Ann Lee said that, according to the police, the man fled.', [{ name: 'Ann Lee' }])).toEqual(['reported Ann Lee']);
  });

  it('reads "X asked, “…?”" as a quoted question, and the next sentence after the question as its own', () => {
    const text = 'Michael Malaska spoke on Monday. Malaska asked, "Could it live in the crust?" Malaska said, "It could live there."';
    const { claims } = claimsOf(text, [{ name: 'Michael Malaska', aliases: ['Malaska'] }]);
    expect(claims.map((c) => [c.kind, c.speaker?.entity])).toEqual([['quote', 'e1'], ['quote', 'e1']]);
    expect(claims[0]!.text).not.toContain('Malaska said');
  });

  it('takes "said Will Tjernlund" for a name, "Will" being no verb there', () => {
    const text = '“Five of my followers swiped away,” said Will Tjernlund, a consultant.';
    expect(summary(text, [{ name: 'Will Tjernlund' }])).toEqual(['quote Will Tjernlund']);
  });

  it('gives a quotation after a colon to the person the sentence opens with, and no one else', () => {
    const text = 'Ann Lee wrote a book about neon. Lee evokes the notion of neon lighting in her introduction: “When we hear the word neon, an image pops into our heads.” The plan had one flaw: “nobody read the book.”';
    expect(summary(text, [{ name: 'Ann Lee', aliases: ['Lee'] }])).toEqual(['quote Ann Lee']);
  });

  it('reads "blasted/praised X as …" as the speaker characterising X', () => {
    const text = 'Leon Cooperman blasted the payout on a conference call as “morally wrong.” Ann Lee praised the deal as a win for workers.';
    expect(summary(text, [{ name: 'Leon Cooperman' }, { name: 'Ann Lee' }])).toEqual(['reported Leon Cooperman', 'reported Ann Lee']);
    // "commended X for…", "applauded X for…": praise with its reason; not the crowd's applause.
    const stern = 'Joanna Stern commended Apple for finally making its phones last a day. The crowd applauded the band.';
    expect(summary(stern, [{ name: 'Joanna Stern' }, { name: 'Apple', type: 'organization' }])).toEqual(['reported Joanna Stern']);
  });

  it('reads a share of people as an unnamed source ("70 percent of Americans say")', () => {
    expect(summary('About 70 percent of Americans say that the offense was wrong. A majority of voters said the deal was bad.')).toEqual([
      'anonymous anon:About 70 percent of Americans',
      'anonymous anon:A majority of voters',
    ]);
  });

  it('reads a poll or an analysis that "shows" as a source, its organisation speaking, but not a video that shows', () => {
    const text = 'A new ABC News poll shows majority support for the plan. The video shows him falling. “Prices will rise,” said a report from Kotak Institutional Equities.';
    expect(summary(text, [{ name: 'ABC News', type: 'organization' }, { name: 'Kotak Institutional Equities', type: 'organization' }])).toEqual([
      'reported ABC News',
      'quote Kotak Institutional Equities',
    ]);
  });

  it('does not read "added three assists" as a statement, but "added the talks had failed"', () => {
    const text = 'Brad Marchand added three assists to lead Boston. Ann Lee added the talks had failed.';
    expect(summary(text, [{ name: 'Brad Marchand' }, { name: 'Ann Lee' }])).toEqual(['reported Ann Lee']);
  });

  it('marks "is believed to" and "is said to be" as unsigned allegations, "is expected to" as hedged', () => {
    expect(summary('Some 200 soldiers are believed to remain at the base. The brain behind the startup is said to be a student. The deficit is expected to total $1 trillion.')).toEqual([
      'allegation none',
      'allegation none',
      'hedged none',
    ]);
    // A time adverb between: "was initially reported to have been trapped".
    expect(summary('A crane operator was initially reported to have been trapped.')).toEqual(['hedged none']);
  });

  it('marks "was considered", "have been known to" and reduced "thought to" as unsigned allegations, not "considered by"', () => {
    expect(
      summary(
        'The attacker was considered mentally unstable. Taxi drivers have been known to misbehave. Hilly areas, thought to represent exposed crust, rise nearby. Long considered a great slight, the snub ended. The bill was considered by the committee.',
      ),
    ).toEqual(['allegation none', 'allegation none', 'allegation none', 'allegation none']);
  });

  it('reports both clauses around "he noted" after an opening subordinate clause, and "pointed out" without "that"', () => {
    const text = 'Ann Iyer teaches at Purdue. If producers are squeezed too much, she noted, they may start to cut corners. Ian Hall pointed out it is difficult to draw firm conclusions.';
    const { claims } = claimsOf(text, [{ name: 'Ann Iyer' }, { name: 'Ian Hall' }]);
    expect(claims.map((c) => [c.text, c.speaker?.name])).toEqual([
      ['If producers are squeezed too much, she noted, they may start to cut corners', 'Ann Iyer'],
      ['Ian Hall pointed out it is difficult to draw firm conclusions.', 'Ian Hall'],
    ]);
  });

  it('does not take "a prospect Vindman denied" for the source of the clause before it', () => {
    const text = 'Tim Morrison did reference his testimony, in which he said others had raised concerns about Alexander Vindman leaking information, a prospect Vindman denied.';
    expect(summary(text, [{ name: 'Tim Morrison' }, { name: 'Alexander Vindman' }])).toEqual(['reported Tim Morrison']);
  });

  it('reads "X said, “…”" as one quote, a sentence-opening "Noting that…" as the main subject\'s, and "than X suggests" as no claim', () => {
    const text =
      'Later, in remarks at the party headquarters, Mark Esper said, “We oppose violations of international law.” Noting that on Earth there is a bacterium, Ann Malaska asked, “Could it live on Titan?” It is more complicated than Esper suggests, but he is close.';
    const { claims } = claimsOf(text, [{ name: 'Mark Esper' }, { name: 'Ann Malaska' }]);
    expect(claims.map((c) => [c.kind, c.text, c.speaker?.name])).toEqual([
      ['quote', 'Mark Esper said, “We oppose violations of international law.”', 'Mark Esper'],
      ['reported', 'Noting that on Earth there is a bacterium', 'Ann Malaska'],
      ['quote', 'Ann Malaska asked, “Could it live on Titan?”', 'Ann Malaska'],
    ]);
  });

  it('gives "the doctors" to Doctors for Camp Closure, quoted before', () => {
    const text = 'Doctors for Camp Closure said it would provide vaccines. The doctors said migrants are not the only people at risk.';
    expect(summary(text).map((x) => x.replace(/^\S+ /, ''))).toEqual(['Doctors for Camp Closure', 'Doctors for Camp Closure']);
  });

  it('gives "the ministry" to a ministry named before, never to the last organisation of another kind', () => {
    expect(summary('One resident spoke to the BBC. The ministry warned that prices could rise.', [{ name: 'BBC', type: 'organization' }])).toEqual(['warning The ministry']);
    expect(summary('The Ministry of Finance was quiet. The ministry said prices fell.', [{ name: 'Ministry of Finance', type: 'organization' }])).toEqual(['reported Ministry of Finance']);
  });

  it('reads "rejected the claims, calling them baseless" as a claim, "rejected the bill" as none', () => {
    expect(summary('The Taliban rejected the claims, calling them baseless. The Senate rejected the bill.', [{ name: 'Taliban', type: 'organization' }, { name: 'Senate', type: 'organization' }])).toEqual(['reported Taliban']);
  });

  it('gives "the electric-car maker" to Tesla and "the production company" to Dick Clark Productions', () => {
    const tesla = [{ name: 'Tesla', type: 'organization' as const }];
    expect(summary('Tesla shares fell. The electric-car maker said it expects deliveries to rise.', tesla)).toEqual(['reported Tesla']);
    const two = [{ name: 'Variety', type: 'organization' as const }, { name: 'Dick Clark Productions', type: 'organization' as const }];
    expect(summary('Dick Clark Productions met. The statement was obtained by Variety. “We never agreed,” the production company said.', two)).toEqual(['quote Dick Clark Productions']);
  });

  it('gives "according to the paper" to the newspaper that reported', () => {
    expect(summary('The Los Angeles Times reported that the reservoir was empty. According to the paper, officials knew for weeks.', [{ name: 'Los Angeles Times', type: 'organization' }])).toEqual([
      'reported Los Angeles Times',
      'according-to Los Angeles Times',
    ]);
  });

  it('gives "The New York Democrat said" to the senator just named', () => {
    expect(summary('Chuck Schumer spoke on Tuesday. The New York Democrat said the delay would cost jobs.', [{ name: 'Chuck Schumer' }])).toEqual(['reported Chuck Schumer']);
  });

  it('reads "X, speaking on TV, said Chelsea looked tired" as X\'s, and "The Italian, 44, admitted" as the man just named', () => {
    const people = [{ name: 'Alan Shearer' }, { name: 'Chelsea', type: 'organization' as const }, { name: 'Enzo Maresca' }];
    const text = 'Alan Shearer, speaking on Match of the Day, said Chelsea looked tired. Enzo Maresca says his side must improve. The Italian, 44, admitted his players lacked intensity.';
    expect(summary(text, people)).toEqual(['reported Alan Shearer', 'reported Enzo Maresca', 'reported Enzo Maresca']);
  });

  it('gives "Elon Musk’s xAI sued OpenAI, alleging…" to xAI, not to OpenAI, the object', () => {
    const text = 'Elon Musk’s xAI sued OpenAI, alleging it had abandoned its mission.';
    const { claims, entities } = claimsOf(text, [{ name: 'Elon Musk' }, { name: 'OpenAI', type: 'organization' }]);
    expect(claims.map((c) => [c.speaker?.name, c.speaker?.affiliation])).toEqual([['Elon Musk’s xAI', entities[0]!.id]]);
    expect(summary(text, [{ name: 'OpenAI', type: 'organization' }])).toEqual(['reported Elon Musk’s xAI']);
  });

  it('starts a claim after a dateline’s dash', () => {
    const { claims } = claimsOf('SAN FRANCISCO (Reuters) - Sam Altman said the company would release a model.', [{ name: 'Sam Altman' }]);
    expect(claims.map((c) => c.text)).toEqual(['Sam Altman said the company would release a model.']);
  });

  it('reads past a fronted participle clause with its object to the subject ("Criticising Hasina, Mahfuj said…"), and "the adviser" for an "Advisor"', () => {
    const people: Actor[] = [{ name: 'Mahfuj Alam', role: 'Information Advisor' }, { name: 'Sheikh Hasina' }];
    const text = 'Information Advisor Mahfuj Alam spoke in Dhaka. Criticising Hasina, Alam said she used disappearances as a weapon. “The main objective was to destroy the electoral system,” he said. The adviser said a commission had been formed.';
    expect(summary(text, people)).toEqual(['reported Mahfuj Alam', 'quote Mahfuj Alam', 'reported Mahfuj Alam']);
    // Not a name that ends in -ing ("Irving").
    expect(summary('Irving Berlin, the composer, said the song was finished.', [{ name: 'Irving Berlin' }])).toEqual(['reported Irving Berlin']);
  });

  it('reads "clarified to Reuters that", "underlined that" and "underscored that" as speech, not "underlined the need" or "was underlined by"', () => {
    expect(summary('A Qatari official clarified to Reuters that there was “no deal yet”.')).toEqual(['anonymous anon:A Qatari official']);
    expect(summary('The minister underlined that Pakistan had been engaged for months. She underscored that talks would go on.', [{ name: 'Ann Lee', role: 'minister' }])).toEqual(['reported Ann Lee', 'reported Ann Lee']);
    expect(summary('Ann Lee underlined the need for calm.', [{ name: 'Ann Lee' }])).toEqual([]);
    expect(summary('His message was underlined by the envoy, Steven Witkoff.', [{ name: 'Steven Witkoff' }])).toEqual([]);
  });

  it('reads "The DGHS data also shows…" as the data’s owner’s, over the adverb, and not "the video also shows him"', () => {
    expect(summary('The DGHS recorded 11 deaths. The DGHS data also shows the total number of cases was 2,000. The video also shows him leaving.', [{ name: 'DGHS', type: 'organization' }])).toEqual(['reported DGHS']);
  });

  it('reads an estimate with its figure ("pegged the decline at 8 percent", "estimated growth at about 3%"), not "is pegged to the dollar"', () => {
    const orgs: Actor[] = [{ name: 'Strategy Analytics', type: 'organization' }, { name: 'IMF', type: 'organization' }];
    expect(summary('Strategy Analytics pegged the global smartphone decline at 8 percent in the third quarter. The IMF estimated growth at about 3 percent.', orgs)).toEqual(['reported Strategy Analytics', 'reported IMF']);
    expect(summary('The peso is pegged to the dollar. Officials estimated the crowd at the stadium.')).toEqual([]);
  });

  it('reads a subject past its relative clause when the clause ends on an object pronoun or a short quotation ("Members who voted against it said…", "who voted “no” argued…")', () => {
    expect(summary('Members who voted against it said the plan was too small.')).toEqual(['anonymous anon:Members']);
    expect(summary('Several members who voted “no” argued the spending plan was too small.')).toEqual(['anonymous anon:Several members']);
  });

  it('reads two sources joined by "and" after a post-posed comma as one unnamed source ("…, police and security sources told Reuters")', () => {
    const { claims } = claimsOf('Four fighters were killed on Thursday, police and security sources told Reuters.');
    expect(claims.map((c) => [c.kind, c.speaker?.name, c.text])).toEqual([['anonymous', 'police and security sources', 'Four fighters were killed on Thursday, police and security sources told']]);
  });

  it('reads past a fronted "Over at Engadget," to the subject who speaks ("Lauren Goode was less impressed: “…”")', () => {
    const actors: Actor[] = [{ name: 'Dieter Bohn' }, { name: 'Lauren Goode' }, { name: 'Engadget', type: 'organization' }];
    expect(summary('Dieter Bohn called it “the best Android phone you can buy.” Over at Engadget, Lauren Goode was less impressed: “The design is bland.”', actors)).toEqual(['quote Dieter Bohn', 'quote Lauren Goode']);
  });

  it('reads a link roundup’s item credited to an outlet in brackets at its end as the outlet’s report, not a caption’s photo credit nor a bracketed acronym', () => {
    const orgs: Actor[] = [{ name: 'Bloomberg', type: 'organization' }, { name: 'WSJ', type: 'organization' }, { name: 'Reuters', type: 'organization' }, { name: 'World Health Organization', aliases: ['WHO'], type: 'organization' }];
    const text = 'Goldman Sachs is planning to cut as many as 3,200 jobs. [Bloomberg]\nWeWork is in talks to raise $1 billion from SoftBank (WSJ)\nGunmen stormed the national museum, killing at least 19 people. (Reuters)\nThe vaccine trial was run by the World Health Organization (WHO)';
    expect(summary(text, orgs)).toEqual(['reported Bloomberg', 'reported WSJ']);
  });

  it('gives "the automaker says" to the organisation that was the sentence before’s subject, not one named later in it nor an owner in a possessive', () => {
    const orgs: Actor[] = [{ name: 'Audi', type: 'organization' }, { name: 'GT', type: 'organization' }, { name: 'Nokia', type: 'organization' }, { name: 'IDC', type: 'organization' }];
    expect(summary('Audi has finally revealed the e-tron GT. The automaker says the car will reach 60 mph in 3.9 seconds.', orgs)).toEqual(['reported Audi']);
    expect(summary('Nokia’s record shipments gave it a 32-percent share, according to research firm IDC. The firm said Motorola had 18.6 percent.', orgs).pop()).toBe('reported IDC');
  });

  it('finds the subject of a coordinated verb past a time setting after a name ("The Foreign Office on Sunday condemned … and urged…")', () => {
    expect(summary('The Foreign Office on Sunday condemned the attack and urged the government to take action.', [{ name: 'Foreign Office', type: 'organization' }])).toEqual(['reported Foreign Office']);
  });

  it('gives a headline "Jose Mourinho: Tottenham Hotspur manager says…" to the person named before the colon', () => {
    const actors: Actor[] = [{ name: 'Jose Mourinho', aliases: ['Mourinho'] }, { name: 'Tottenham Hotspur', type: 'organization' }];
    expect(summary('Jose Mourinho: Tottenham Hotspur manager says \'it\'s not about me\' after win\nMourinho won his first game in charge on Saturday.', actors)).toEqual(['quote Jose Mourinho']);
  });

  it('resolves "they" to a person named with their team in the sentence before ("convinced Holden and his negotiating team… They have recommended…"), before an organisation named earlier', () => {
    const actors: Actor[] = [{ name: 'Kelly Ortberg', aliases: ['Ortberg'] }, { name: 'Jon Holden', aliases: ['Holden'] }, { name: 'Boeing', type: 'organization' }];
    const text = 'Boeing made a new offer. Kelly Ortberg met Jon Holden on Friday. Ortberg’s blunt message convinced Holden and his negotiating team to back it. They have recommended that members accept the offer.';
    expect(summary(text, actors).pop()).toBe('reported Jon Holden');
  });

  it('gives "the Sandbach councillor" to the councillor the article gave Sandbach as a side, however far the side stood from the name', () => {
    const text = 'Sandbach Cheshire East Councillor Cllr Laura Crane spoke at the committee. “We are self-funded now,” said the Sandbach councillor.';
    expect(summary(text, [{ name: 'Laura Crane', role: 'Councillor', affiliation: 'e2' }, { name: 'Sandbach', type: 'place' }])).toEqual(['quote Laura Crane']);
  });

  it('reads a family named by its surname ("the Chapman parents said") as a named source, not "the Afghan parents"', () => {
    expect(summary('The service was tainted by the conviction, the Chapman parents said. The Afghan parents said the school was closed.')).toEqual(['reported the Chapman parents', 'anonymous anon:The Afghan parents']);
  });

  it('gives a relative clause after a comma to its antecedent, not the previous claim’s speaker ("…the European Commission, which accused…", "…and Melania Trump, who called…")', () => {
    const actors: Actor[] = [{ name: 'Google', type: 'organization' }, { name: 'European Commission', type: 'organization' }, { name: 'Mike Pence' }, { name: 'Melania Trump' }];
    expect(summary('Google vowed to appeal the decision by the European Commission, which accused the US firm of distorting competition.', actors)).toEqual(['reported Google', 'reported European Commission']);
    expect(summary('Cabinet members issued denials, not including Mike Pence, who said the writer “should be ashamed,” and Melania Trump, who called the act “cowardly.”', actors).pop()).toBe('quote Melania Trump');
  });

  it('resolves "he" after a fronted phrase that names a person’s place ("At Ed Yardeni’s eponymous shop, he also says…") to that person', () => {
    const actors: Actor[] = [{ name: 'John Stoltzfus' }, { name: 'Ed Yardeni' }];
    expect(summary('John Stoltzfus cut his forecast, he said. At Ed Yardeni’s eponymous shop, he also says it is improbable the index will recoup its losses.', actors)).toEqual(['reported John Stoltzfus', 'reported Ed Yardeni']);
  });

  it('reads a paragraph that opens with a person’s titles and name, a colon and a quotation as that person’s words (“Dr Ron Singer: ‘…’”)', () => {
    expect(summary('The strike was backed.\nMPU chairman and former GPC member Dr Ron Singer: ‘The overwhelming vote of junior doctors to take strike action is a failure of the government.’', [{ name: 'Ron Singer' }])).toEqual(['quote Ron Singer']);
  });

  it('reads "The Seattle company said" as the company named before, its town only where it is based', () => {
    expect(summary('Amazon unveiled a new phone in Seattle on Tuesday. The Seattle company said sales would rise.', [{ name: 'Amazon', type: 'organization' }, { name: 'Seattle', type: 'place' }])).toEqual(['reported Amazon']);
  });

  it('reads "according to Dr. Susan Miller" past the title’s full stop', () => {
    expect(summary('The findings are preliminary, according to Dr. Susan Miller of the University of Toronto.', [{ name: 'Susan Miller' }])).toEqual(['according-to Susan Miller']);
  });

  it('reads "declared that…" and "declared the IMF “would not give up”" as statements, not the acts "declared martial law", "declared a day of mourning"', () => {
    const actors: Actor[] = [{ name: 'Christine Lagarde', aliases: ['Lagarde'] }, { name: 'Yoon Suk Yeol', aliases: ['Yoon'] }];
    expect(summary('Lagarde declared the IMF “would not give up, would not leave Egypt alone.” Yoon declared martial law on Tuesday. The president declared a day of mourning.', actors)).toEqual(['quote Christine Lagarde']);
    expect(summary('Yoon declared that the opposition was anti-state.', actors)).toEqual(['reported Yoon Suk Yeol']);
    // A stance declared is a claim too.
    expect(summary('Yoon declared his intention to resist the opposition on both fronts.', actors)).toEqual(['reported Yoon Suk Yeol']);
  });

  it('reads "is advising people to…" (a progressive) as advice given, not "were advised to"', () => {
    expect(summary('The CDC is advising anyone with symptoms not to attend the game.', [{ name: 'CDC', type: 'organization' }])).toEqual(['reported CDC']);
    expect(summary('Residents were advised to stay indoors.')).toEqual([]);
  });

  it('gives "AFP quoted X as saying…" and "… cited X as saying" to X, not the outlet', () => {
    const actors: Actor[] = [{ name: 'Agence France-Presse', type: 'organization' }, { name: 'Mokotedi Mpshe' }, { name: 'Hari Pathak' }];
    expect(summary('Agence France-Presse quoted the acting director, Mokotedi Mpshe, as saying: “The investigation is complete.”', actors)).toEqual(['quote Mokotedi Mpshe']);
    expect(summary('“We saw that the train had derailed,” the agency cited Hari Pathak, a local resident, as saying.', actors)).toEqual(['quote Hari Pathak']);
    expect(summary('The Los Angeles Times quoted sources as saying an inquiry had begun.')).toEqual(['anonymous anon:sources']);
  });

  it('gives "Her ruling said…" and "Its statement said…" to whom the possessive pronoun stands for', () => {
    const actors: Actor[] = [{ name: 'Ann Lee', role: 'Judge' }, { name: 'Apple', type: 'organization' }];
    expect(summary('Judge Ann Lee ordered Apple to stop. Her ruling said Apple had lied. Apple disagreed. Its statement said the firm would appeal.', actors)).toEqual(['reported Ann Lee', 'reported Apple']);
  });

  it('gives a spokesperson’s words to the body they speak for, on the record, unless they would not be named', () => {
    const orgs: Actor[] = [{ name: 'Apple', type: 'organization' }, { name: 'Hamas', type: 'organization' }, { name: 'Foreign Office', type: 'organization' }];
    expect(summary('An Apple spokesperson said, “We strongly disagree with the decision.”', orgs)).toEqual(['quote Apple']);
    expect(summary('A spokesman for Hamas said the talks had failed.', orgs)).toEqual(['reported Hamas']);
    // Only its side named: on the record, with no actor to tie.
    expect(summary('An Israeli military spokesperson said four gunmen were killed.')).toEqual(['reported An Israeli military spokesperson']);
    // "The spokesperson" after the organisation's statement is its spokesperson.
    expect(summary('The Foreign Office said Pakistan had asked Kabul to secure the border. The spokesperson maintained that Pakistan respected Afghanistan’s sovereignty.', orgs).pop()).toBe('position Foreign Office');
    // A spokesperson who would not be named is an anonymous source; a bare "a spokesman" names no body.
    expect(summary('A spokesman for Hamas, who asked not to be named, said the talks had failed.', orgs)).toEqual(['anonymous anon:A spokesman for Hamas']);
    expect(summary('A spokesman said the talks had failed.')).toEqual(['anonymous anon:A spokesman']);
    // A name in apposition still wins.
    expect(summary('A spokesman for Hamas, Basem Naim, said the talks had failed.', [...orgs, { name: 'Basem Naim' }])).toEqual(['reported Basem Naim']);
  });

  it('gives "X’s spokesperson, Izzy Gardon, said the governor stood by…" to the spokesperson', () => {
    const text = 'Newsom’s spokesperson, Izzy Gardon, said the governor stood by his remarks.';
    expect(summary(text, [{ name: 'Izzy Gardon' }, { name: 'Newsom' }])).toEqual(['reported Izzy Gardon']);
  });

  it('gives "said the army’s spokesman, Maj. Gen. X" and "The spokesman added" to X', () => {
    const text = '“We will respond,” said the army’s spokesman, Maj. Gen. Ahmed Chaudhry. The spokesman added that the border was closed.';
    expect(summary(text, [{ name: 'Ahmed Chaudhry' }])).toEqual(['quote Ahmed Chaudhry', 'reported Ahmed Chaudhry']);
  });

  it('gives a quotation after a colon to the titled person the sentence opens with, before the last speaker', () => {
    const text = 'Dr. Anthony Fauci, the top expert, put it bluntly: “We are not out of the woods.” Health Minister Amara Okafor was clear: “No more delays.”';
    expect(summary(text, [{ name: 'Anthony Fauci' }, { name: 'Amara Okafor', role: 'Health Minister' }])).toEqual(['quote Anthony Fauci', 'quote Amara Okafor']);
  });

  it('reads "while supporters counter that…" as a second source in the sentence, "over the counter" as none', () => {
    expect(summary('Critics argue the tax will hurt the poor, while supporters counter that it is fair. He bought it over the counter.')).toEqual([
      'anonymous anon:Critics',
      'anonymous anon:supporters',
    ]);
  });

  it('reads "called for a ceasefire" and "demanded higher wages" as positions, not "a call for calm" or "global demand"', () => {
    expect(summary('The UN chief called for an immediate ceasefire. The union demanded higher wages. A call for calm went unheeded. Oil fell over global demand next year. The sum demanded by Ferro was high.')).toEqual([
      'position The UN chief',
      'position The union',
    ]);
  });

  it('does not read "say little about" as a statement', () => {
    expect(summary('Many retellings of the story say little to nothing about how Hamilton wrote the code.')).toEqual([]);
  });
});

describe('documents, rejections and passive reports', () => {
  it('gives "according to a statement from X" and "X\'s statement" to X', () => {
    const actors: Actor[] = [{ name: 'ministry', type: 'organization' }];
    expect(summary('The border will stay closed, according to a statement from the ministry.', actors)).toEqual(['according-to ministry']);
    expect(summary('The border will stay closed, according to the ministry\'s statement.', actors)).toEqual(['according-to ministry']);
  });

  it('reads "attributed X to Y" and "blamed X on Y" as explanations, but not their passives', () => {
    const text = 'Rusmik Oza attributed the rally in bank stocks to the ruling. Mary Chu blamed the delay on the weather. The crash was attributed to fog. The fire was blamed on arson.';
    expect(summary(text, [{ name: 'Rusmik Oza' }, { name: 'Mary Chu' }])).toEqual(['reported Rusmik Oza', 'reported Mary Chu']);
  });

  it('reads "rejected the claim that…" but not "rejected the bill that passed"', () => {
    const actors: Actor[] = [{ name: 'Anna Weber' }];
    expect(summary('Anna Weber rejected the claim that the memo was forged.', actors)).toEqual(['reported Anna Weber']);
    expect(summary('Anna Weber rejected the bill that the house had passed.', actors)).toEqual([]);
  });

  it('reads "dismissed suggestions that…" and "challenged the idea that…" as claims, not "challenged the law in court"', () => {
    const actors: Actor[] = [{ name: 'Anna Weber' }];
    expect(summary('Anna Weber dismissed suggestions that the plant would close.', actors)).toEqual(['reported Anna Weber']);
    expect(summary('Anna Weber challenged the idea that the attack was planned.', actors)).toEqual(['reported Anna Weber']);
    expect(summary('Anna Weber challenged the law in court. Anna Weber dismissed the coach that hired her.', actors)).toEqual([]);
  });

  it('reads a report of a count or an event as a claim ("authorities are reporting a sixth death"), not "reported the story"; media are an unnamed source', () => {
    expect(summary('Health authorities are reporting a sixth death. State media reported only a handful of deaths.')).toEqual(['anonymous anon:Health authorities', 'anonymous anon:State media']);
    expect(summary('Anna Weber reported the story first. The theft was reported a day later.', [{ name: 'Anna Weber' }])).toEqual([]);
  });

  it('finds the subject of a coordinated verb past an age or a party tag, and of a characterisation past a relative clause', () => {
    const actors: Actor[] = [{ name: 'David McKinley' }, { name: 'Bob Alverson' }];
    expect(summary('David McKinley, R-W.Va., visited the border and argued that the country needs more agents.', actors)).toEqual(['reported David McKinley']);
    expect(summary('David McKinley, 62, visited the border and said that the country needs more agents.', actors)).toEqual(['reported David McKinley']);
    expect(summary('Bob Alverson, who has managed the catch since 1924, described the fishery as a stable resource.', actors)).toEqual(['reported Bob Alverson']);
  });

  it('gives a claim to the person an appositive describes, not to the last of the employers it lists', () => {
    const text = 'Lucas Paganini, a scientist at Goddard in Greenbelt, Maryland, and American University in Washington, D.C., said the water was there.';
    expect(summary(text, [{ name: 'Lucas Paganini' }, { name: 'Goddard', type: 'organization' }, { name: 'American University', type: 'organization' }])).toEqual(['reported Lucas Paganini']);
  });

  it('finds no claim in the writer’s or reader’s words, an editor’s correction, "10-year notes", "is charged with", "wrote the programs that…"', () => {
    const actors: Actor[] = [{ name: 'Ellen Gille' }, { name: 'Michael Thomas' }];
    const text = [
      'We’ll start by noting that the data concerns drugs seized on the border.',
      'Is there something you think we should know about the app?',
      'Correction added Nov. 18, 2019: The caption originally misstated his title.',
      'Benchmark 10-year notes last rose 7/32 in price.',
      'Michael Thomas, 41, is charged with three counts.',
      'Ellen Gille wrote the programs that revealed the signatures of chaos.',
    ].join(' ');
    expect(summary(text, actors)).toEqual([]);
    expect(summary('We’re told there is footage of the theft. Ellen Gille wrote that the programs revealed chaos.', actors)).toEqual(['anonymous anon:unnamed source', 'reported Ellen Gille']);
  });

  it('gives "An official said…, the AP reported" to the official, the outlet vouching, but keeps the outlet’s own report', () => {
    const ap = [{ name: 'AP', type: 'organization' as const }];
    const { claims } = claimsOf('An official said the strike was intended for Deif, the AP reported.', ap);
    expect(claims.map((c) => [c.kind, c.speaker?.name])).toEqual([['anonymous', 'An official']]);
    expect((claims[0]!.cues ?? []).map((c) => 'An official said the strike was intended for Deif, the AP reported.'.slice(c.start, c.end))).toEqual(['said', 'reported']);
    // The outlet reports more than the words: the whole sentence is its report.
    expect(summary('The firm will announce the deal on Friday, but investors have been told the price is final, the AP reported.', ap)).toEqual(['reported AP']);
  });

  it('reads "per X" and "as reported by X" as according-to, and a speaker quoted "as reported by" an outlet keeps the words', () => {
    const actors: Actor[] = [{ name: 'Financial Times', type: 'organization' }, { name: 'Independent', type: 'organization' }];
    expect(summary('The deal is worth $2 billion, per a person familiar with the matter.')).toEqual(['anonymous anon:a person familiar with the matter']);
    expect(summary('As reported by the Financial Times, the bank will cut 500 jobs.', actors)).toEqual(['according-to Financial Times']);
    expect(summary('The bank will cut 500 jobs, as first reported by the Financial Times.', actors)).toEqual(['according-to Financial Times']);
    expect(summary('Shares rose 5 per cent to $3 per share.')).toEqual([]);
    expect(summary('As per the Financial Times, the bank will cut 500 jobs.', actors)).toEqual(['according-to Financial Times']);
    expect(summary('The fee is charged as per the rules of the club.')).toEqual([]);
    expect(summary('“He has no immunity,” said one legal expert, as reported by the Independent.', actors)).toEqual(['anonymous anon:one legal expert']);
  });

  it('gives "The ministry, in a statement, said the strike killed 12 people" to the ministry, not to "the strike…"', () => {
    expect(summary('The ministry, in a statement, said the strike killed 12 people.', [{ name: 'ministry', type: 'organization' }])).toEqual(['reported ministry']);
  });

  it('gives a quoted question to whoever "asked" it, before or after the verb, and the answer to the one who replied', () => {
    const actors: Actor[] = [{ name: 'Jane Smith', aliases: ['Smith'] }];
    expect(summary('“Is the plan dead?” a reporter asked. “Yes,” Smith replied.', actors)).toEqual(['anonymous anon:a reporter', 'quote Jane Smith']);
    expect(summary('“Is the plan dead?” asked one reporter. “Yes,” Smith replied.', actors)).toEqual(['anonymous anon:one reporter', 'quote Jane Smith']);
  });

  it('reads "called the plan dead", "called the ruling deeply flawed", "made it clear…" as claims, not "called the police"', () => {
    const actors: Actor[] = [{ name: 'Jane Smith', aliases: ['Smith'] }];
    expect(summary('Smith called the plan dead. Smith called the ruling deeply flawed. Smith made it clear the deal was off.', actors)).toEqual(['reported Jane Smith', 'reported Jane Smith', 'reported Jane Smith']);
    expect(summary('Smith called the police. Smith called a special session. Smith called the meeting to order.', actors)).toEqual([]);
  });

  it('resolves a contracted pronoun ("She’s said…", "She’d told…") like the pronoun', () => {
    const actors: Actor[] = [{ name: 'Jane Smith', aliases: ['Smith'] }];
    expect(summary('Jane Smith spoke on Tuesday. She’s said the plan is dead. She’d told reporters that the plan was dead.', actors)).toEqual(['reported Jane Smith', 'reported Jane Smith']);
  });

  it('reads "The lawsuit claims the company knowingly sold…", "Residents described hearing…", "Scientists have long suspected that…"', () => {
    expect(summary('The lawsuit claims the company knowingly sold defective products.')).toEqual(['reported The lawsuit']);
    expect(summary('Residents described hearing a loud bang before the building collapsed.')).toEqual(['anonymous anon:Residents']);
    expect(summary('Scientists have long suspected that the virus jumped from bats. The suspected gunman fled.')).toEqual(['anonymous anon:Scientists']);
  });

  it('reads "The deal, Smith told reporters, is near" around the attribution, and no claim in "who asked not to be named"', () => {
    const actors: Actor[] = [{ name: 'Jane Smith', aliases: ['Smith'] }];
    const text = 'The deal, Smith told reporters, is near.';
    const { claims } = claimsOf(text, actors);
    expect(claims.map((c) => text.slice(c.start, c.end))).toEqual(['The deal, Smith told reporters, is near']);
    expect(summary('The deal is near, according to people familiar with the talks, who asked not to be named because the talks are private.')).toEqual(['anonymous anon:people familiar with the talks']);
  });

  it('reads "There are reports that…" as an unnamed source, not a source called "There"', () => {
    expect(summary('There are reports that the ceasefire has collapsed. There were also unconfirmed claims that the minister resigned.')).toEqual(['anonymous anon:reports', 'anonymous anon:claims']);
    expect(summary('There are many reasons that the plan failed.')).toEqual([]);
  });

  it('gives "X was accused by critics of lying" to the critics, with the charge in the claim', () => {
    const text = 'Anna Weber was accused by critics of lying to voters.';
    const { claims } = claimsOf(text, [{ name: 'Anna Weber' }]);
    expect(claims.map((c) => c.speaker?.name)).toEqual(['critics']);
    expect(text.slice(claims[0]!.start, claims[0]!.end)).toContain('of lying to voters');
  });

  it('gives "was criticised by the judge for not…" and "was criticised by X as reckless" to the agent, from the passive on', () => {
    const people = [{ name: 'Peter Grieves-Smith' }, { name: 'Kristina Montgomery' }];
    const text = 'Peter Grieves-Smith said he took responsibility but was criticised by trial judge Kristina Montgomery for not making sure reports had been prepared in time.';
    const { claims } = claimsOf(text, people);
    expect(claims.map((c) => c.speaker?.name)).toEqual(['Peter Grieves-Smith', 'Kristina Montgomery']);
    expect(claims[1]!.text).toMatch(/^was criticised by trial judge Kristina Montgomery for not making sure/);
    expect(summary('The plan was criticised by Kristina Montgomery as reckless.', people)).toEqual(['reported Kristina Montgomery']);
  });

  it('marks "was widely reported to…" as hedged and "described X as Y" as the speaker\'s', () => {
    expect(summary('The minister was widely reported to be planning a resignation.')).toEqual(['hedged none']);
    // A participle after a noun that cannot speak, before the sentence's own verb, reports nothing.
    expect(summary('The majority of cases reported so far this year were linked to international travel.')).toEqual([]);
    expect(summary('The hospitals reported that cases were rising.')).toEqual(['reported The hospitals']);
    // Reported to someone is a count, not a hedge.
    expect(summary('As of March 14, 58 cases in 17 states have been reported to the agency this year.')).toEqual([]);
    expect(summary('Anna Weber described the memo as a forgery.', [{ name: 'Anna Weber' }])).toEqual(['reported Anna Weber']);
  });
});

describe('who "he", "she" and descriptions point to', () => {
  it('gives a pronoun the subject of the sentence before, not its last-named object', () => {
    const text = 'Sonya Zoghlin, the defendant’s lawyer, told reporters her client did not intend harm to Ilhan Omar. “He is passionate about his beliefs,” she said in an email.';
    expect(summary(text, [{ name: 'Sonya Zoghlin' }, { name: 'Ilhan Omar' }])).toEqual(['reported Sonya Zoghlin', 'quote Sonya Zoghlin']);
  });

  it('gives "they" in a relative clause on the object ("emails they said…", "the protesters, who they said…") to the sentence’s subject, not to the noun before', () => {
    const text = 'House Democrats pressed their probe into the firm’s dealings with Mexican officials, releasing emails they said suggested the company lied.';
    expect(summary(text, [{ name: 'Democrats', type: 'group' }])).toEqual(['reported Democrats']);
    expect(summary('Doctors treated the protesters, who they said had inhaled tear gas.')).toEqual(['anonymous anon:Doctors']);
    // Not a dateline's name before the subject.
    const dateline = 'YOLA – Nigerian community leaders demanded the prosecution of the air force for attacks on their villages, which they say killed 78 people.';
    expect(summary(dateline, [{ name: 'YOLA', type: 'organization' }])).toEqual(['anonymous anon:Nigerian community leaders', 'anonymous anon:leaders']);
  });

  it('gives "he said" to the unnamed spokesman who spoke in the sentence before, not to the last person named', () => {
    const people = [{ name: 'Keir Starmer' }];
    const text = 'Keir Starmer is facing a rebellion.\nThe prime minister’s spokesman insisted on Monday that the vote would go ahead. “The system is broken,” he told reporters.';
    expect(summary(text, people)).toEqual(['anonymous anon:The prime minister’s spokesman', 'anonymous anon:The prime minister’s spokesman']);
    // Not a "she" for a spokesman, nor across a person named in between.
    expect(summary(text.replace('he told', 'she told'), [{ name: 'Keir Starmer' }]).pop()).not.toBe('anonymous anon:The prime minister’s spokesman');
    const named = 'Keir Starmer is facing a rebellion.\nThe prime minister’s spokesman insisted on Monday that the vote would go ahead. Starmer was at home. “The system is broken,” he told reporters.';
    expect(summary(named, people).pop()).toBe('quote Keir Starmer');
  });

  it('takes no antecedent for "he" from the headline', () => {
    const text = 'Dana Whitlow: The Outsider Who Would Not Stop Talking\n\nA candidate just won the nomination by saying what he truly believed, however many times people told him he could not say it.';
    expect(summary(text, [{ name: 'Dana Whitlow' }]).some((s) => s.endsWith('Dana Whitlow'))).toBe(false);
  });

  it('gives a participle after an aside between dashes to the sentence’s subject, not to the object before the aside', () => {
    const text = 'Jeb Bush is running. He struggles with a basic task in politics — bragging — conceding that he feels the looming presence of his mother.';
    expect(summary(text, [{ name: 'Jeb Bush' }])).toEqual(['reported Jeb Bush']);
  });

  it('looks past the middle sentences of a quotation for the antecedent of its "she said"', () => {
    const text = 'Juanita Broaddrick recounted the incident on the radio. She said Bill Clinton called her again weeks later.\n\n“This just caught me so off guard. I had not expected anything like this at all. I was stunned. I told him I would not be coming back again. I told him I would never see him. And I hung up,” she said.';
    expect(summary(text, [{ name: 'Juanita Broaddrick' }, { name: 'Bill Clinton' }])).toEqual(['reported Juanita Broaddrick', 'quote Juanita Broaddrick']);
  });

  it('takes the name of an inverted attribution closing the sentence before as its subject ("…” for Clinton, said Kunin.")', () => {
    const text = 'Madeleine Kunin, the former governor, spoke on Tuesday.\n\n"This will be a challenge" for Hillary Clinton, said Kunin. "She can never be as far left as Bernie," she said.';
    expect(summary(text, [{ name: 'Madeleine Kunin', aliases: ['Kunin'] }, { name: 'Hillary Clinton' }]).slice(-2)).toEqual(['quote Madeleine Kunin', 'quote Madeleine Kunin']);
  });

  it('follows a chain of pronoun subjects back to the named one', () => {
    const text = 'Omar asked for compassion in a letter, saying she did not want a severe sentence. She added, “We must teach the defendant love.” “The answer to hate is not more hate,” she wrote.';
    const speakers = summary(text, [{ name: 'Omar' }]);
    expect(speakers.length).toBeGreaterThanOrEqual(3);
    for (const s of speakers) expect(s).toMatch(/Omar$/);
  });

  it('reads a relative clause, a passive agent and a named person in an appositive chain', () => {
    const text =
      'Julian Assange, who denies the accusation, has avoided extradition. A photo of the meeting was denied by Andrew. Omar Lamrani, a senior analyst at Stratfor, the Texas-based firm, told reporters that the group was secular.';
    expect(summary(text, [{ name: 'Julian Assange' }, { name: 'Andrew' }, { name: 'Omar Lamrani' }, { name: 'Stratfor', type: 'organization' }])).toEqual([
      'reported Julian Assange',
      'reported Andrew',
      'reported Omar Lamrani',
    ]);
  });

  it('reads "the singer and guitarist", a quoted title before "actor" and "the governor" of an abbreviated title as the person named before', () => {
    const text =
      'Pat Simmons played the hit twice. After the song, the singer and guitarist told the audience, “That was really good.” Kim Rowe starred in the show. “We never take it for granted,” the "Pose" actor said. Gov. Eric Holcomb left for Florida. The governor said he was waiting for a commission. "It could mix with water," JPL scientist and study co-author Michael Malaska said.';
    expect(summary(text, [{ name: 'Pat Simmons' }, { name: 'Kim Rowe' }, { name: 'Eric Holcomb', role: 'Governor' }, { name: 'JPL', type: 'organization' }, { name: 'Michael Malaska' }])).toEqual([
      'quote Pat Simmons',
      'quote Kim Rowe',
      'reported Eric Holcomb',
      'quote Michael Malaska',
    ]);
  });

  it('reads an appositive that ends in a place to the person it describes, and a verb right after a quote', () => {
    const text =
      '“More came out than we put in,” Dylan Nelson, a fellow at the Max Planck Institute in Munich, Germany, and co-author of the study, said. “We are excited about the tour,” comments Tom Johnston in a statement.';
    const actors: Actor[] = [{ name: 'Dylan Nelson' }, { name: 'Max Planck Institute', type: 'organization' }, { name: 'Munich, Germany', type: 'place' }, { name: 'Tom Johnston' }];
    expect(summary(text, actors)).toEqual(['quote Dylan Nelson', 'quote Tom Johnston']);
  });

  it('gives a participle the person a team name modifies, not a dateline place', () => {
    const text = 'BUFFALO, N.Y. — Hours before the game, Wild coach Bruce Boudreau expressed confidence in the winger, saying he always finds a way to score.';
    expect(summary(text, [{ name: 'N.Y.', type: 'place' }, { name: 'Wild', type: 'organization' }, { name: 'Bruce Boudreau' }])).toEqual(['reported Bruce Boudreau']);
  });

  it('gives "she" the woman named before, past a man named later, and an unnamed one when no woman is named', () => {
    const text =
      'Ellen Fetter ran the programs for her group. Mr. Lorenz later praised the work. In the 1970s, she took classes. “They went with young, techy guys,” she said. A reporter spoke to one mother, who knew her son was online. “I am literally facepalming,” she said.';
    expect(summary(text, [{ name: 'Ellen Fetter', aliases: ['Fetter'] }, { name: 'Lorenz' }])).toEqual(['quote Ellen Fetter', 'anonymous anon:one mother']);
  });

  it('does not take "wrote the code" for a statement, but "“…,” she wrote" and "wrote: “…”"', () => {
    const text = 'Margaret Hamilton wrote code for the machine. “It was fun,” Hamilton wrote later. Hamilton wrote: “We worked at night.”';
    expect(summary(text, [{ name: 'Margaret Hamilton', aliases: ['Hamilton'] }])).toEqual(['quote Margaret Hamilton', 'quote Margaret Hamilton']);
  });

  it('takes a pull quote’s caption and an embedded post’s signature as the speaker of the lines above', () => {
    const text =
      'The merger is final.\nSince 2008, there has not been a single year of revenue gain in the industry.\nIndustry analyst Ken Doctor\nWe must apply compassion to criminal justice.\n— Rep. Ilhan Omar (@Ilhan) November 19, 2019';
    expect(summary(text, [{ name: 'Ken Doctor' }, { name: 'Ilhan Omar' }])).toEqual(['quote Ken Doctor', 'quote Ilhan Omar']);
    // Not the article's line that introduces the post.
    const post = 'A man was arrested after he threw an alligator through a window, police said.\nTwitter users were quick to react.\nThis is the most Florida thing I have ever read.\n— Jane Smith (@janesmith) March 3, 2019';
    expect(claimsOf(post, [{ name: 'Jane Smith' }]).claims.map((c) => c.text)).toEqual(['A man was arrested after he threw an alligator through a window, police said', 'This is the most Florida thing I have ever read.']);
  });

  it('resolves "he" to a topic set before it ("As for Trump, he said…"), never to a person named after it in its own clause ("“…,” he told Hannity"), and keeps looking past a subject so excluded', () => {
    const actors = [{ name: 'Donald Trump', aliases: ['Trump'] }, { name: 'Ted Cruz', aliases: ['Cruz'] }, { name: 'Sean Hannity', aliases: ['Hannity'] }];
    const text =
      'Donald Trump and Ted Cruz debated. Cruz warned against a brokered convention.\n\nAs for Trump, he said he’s not worried. “First of all, I think I’m going to have the delegates. I think. Let’s see what happens,” he said.\n\nHannity asked Trump how high the wall would be.\n\n“I think the height could be 35 to 45 feet. That’s a good height. That’s a good height. Anywhere in that neighborhood. Could be higher,” he told Hannity.';
    expect(summary(text, actors)).toEqual(['warning Ted Cruz', 'reported Donald Trump', 'quote Donald Trump', 'quote Donald Trump']);
  });

  it('looks past a person inside a fronted participle clause ("Asked about … that Clinton faces Trump, she replied:") and past an unnamed person who is only a verb’s object ("wanted a candidate who…")', () => {
    const actors = [{ name: 'Susan Sarandon', aliases: ['Sarandon'] }, { name: 'Hillary Clinton', aliases: ['Clinton'] }, { name: 'Trump' }];
    const text =
      'Susan Sarandon is not sure she can vote for Hillary Clinton.\n\nAsked about her own vote in the event that Clinton faces Trump, who has insulted women, she replied: “I don’t know.”\n\n“Really,” she added.\n\nThe actress said she was tired of the status quo and wanted a candidate who had not accepted money from Wall Street.\n\n“Some people feel Trump will bring revolution,” she said.';
    expect(summary(text, actors)).toEqual(['quote Susan Sarandon', 'quote Susan Sarandon', 'reported Susan Sarandon', 'quote Susan Sarandon']);
  });

  it('gives "they" after a group led by a named person to that person ("The aides, led by campaign manager Terry Sullivan, told… They said…")', () => {
    const actors = [{ name: 'Marco Rubio' }, { name: 'House', type: 'organization' as const }, { name: 'Terry Sullivan' }];
    const text = 'Marco Rubio’s top advisers huddled with supportive House members.\n\nThe aides, led by campaign manager Terry Sullivan, told the group that they were not expecting to win Iowa. They said they were hopeful that things would turn their way.';
    expect(summary(text, actors)).toEqual(['reported Terry Sullivan', 'reported Terry Sullivan']);
  });

  it('resolves "according to him" and the "who" of "who’s argued"', () => {
    const actors = [{ name: 'Jorge Ramos' }, { name: 'Curly Haugland' }];
    const text = 'Jorge Ramos is a journalist. He crossed the border after, according to him, a network censured his first report. The effort was championed by Curly Haugland, who’s argued for years that delegates can’t be bound.';
    expect(summary(text, actors)).toEqual(['according-to Jorge Ramos', 'reported Curly Haugland']);
  });
});

describe('what is not a claim', () => {
  it('ignores scare quotes, titles in quotes, headings and a trailing chatbot line', () => {
    const text =
      'Rebels used the hostages as “leverage” in the talks.\nFans queued for “The Last Voyage Home” all night.\nTalks Collapse Over Border Dispute\nWould you like me to explain what “leverage” means in this context?';
    expect(findClaims(segment(text), [])).toEqual([]);
  });

  it('ignores "states" the noun, a survey count and "noted if", but reads "commented:" before a quote', () => {
    const text =
      'Rates have risen in U.S. states where the drug is legal, according to a study. It is legal in 11 states and the capital. The number who said they had used it rose by 23 percent. The team noted if respondents used it. Silvia Martins commented: "Use in adolescence is associated with harm."';
    expect(summary(text, [{ name: 'Silvia Martins' }])).toEqual(['according-to anon:a study', 'quote Silvia Martins']);
  });

  it('ignores reporting-verb words used as nouns or names', () => {
    const text =
      'The United States imposed a tariff. The claim was rejected in court. He wants to say more. No group claimed responsibility for the blast. The vote raised fears that the coalition would split. The Nasdaq added 20.72 points. He pleaded guilty to fraud.';
    expect(findClaims(segment(text), [])).toEqual([]);
  });
});

describe('robustness', () => {
  it('keeps the other claims of an article with a sentence that opens on a cue participle ("Warning of disaster, …")', () => {
    // Such a sentence once threw inside the claims stage, and the page then showed no claim at all.
    const text = 'Warning of disaster, Ann Lee left the room.\nInsisting the vote was rigged, Ann Lee walked out.\n“It is over,” Ann Lee said.';
    const claims = findClaimsOrThrow(segment(text), entitiesFor(text, [{ name: 'Ann Lee' }]));
    expect(claims.map((c) => `${c.kind} ${c.text}`)).toEqual(['quote “It is over,” Ann Lee said']);
  });

  it('never throws and returns well-formed, ordered, disjoint claims for any text', () => {
    const pieces = ['said', 'claims', 'Says', 'Warning', 'Insisting', 'reported', '“', '”', '"', ',', '.', ' ', '\n', 'according to', 'It is alleged that', 'he', 'Ann Lee', 'sources', 'adding that', ':', 'who', 'with', 'asked', 'to'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        const claims = findClaimsOrThrow(segment(text), entitiesFor(text, [{ name: 'Ann Lee' }]));
        let last = -1;
        for (const c of claims) {
          expect(c.start).toBeGreaterThanOrEqual(last);
          expect(c.end).toBeGreaterThan(c.start);
          expect(c.text).toBe(text.slice(c.start, c.end));
          last = c.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  // Speed is measured by `npm run bench`, not here: this checks that a 50k-word article is read whole.
  it('reads a 50k-word article to its end', () => {
    const para =
      '“We will keep working on this,” said Hana Sato, the agency chief. Officials said the budget was cut, adding that staff would be moved. It is alleged that the files were lost. The report reportedly arrived late, according to the ministry.\n';
    const text = para.repeat(Math.ceil(50_000 / para.split(/\s+/).length));
    const doc = segment(text);
    const entities = entitiesFor(text, [{ name: 'Hana Sato' }, { name: 'ministry', type: 'organization' }]);
    const claims = findClaims(doc, entities);
    expect(claims.length).toBeGreaterThan(1000);
    expect(claims[claims.length - 1]!.end).toBeGreaterThan(text.length - para.length);
  });
});

describe('round 10 shapes', () => {
  it('resolves "the Swedish payments company said" to the company named before', () => {
    expect(summary('Klarna’s shares fell. Klarna filed for a listing, the Swedish payments company said.', [{ name: 'Klarna', type: 'organization' }])).toEqual(['reported Klarna']);
  });

  it('reads "The family’s lawyer, Ben Crump, called the verdict a travesty" and "are calling for" as claims', () => {
    expect(summary('The family’s lawyer, Ben Crump, called the verdict a travesty. Protesters are calling for the resignation of the mayor.', [{ name: 'Ben Crump' }])).toEqual([
      'reported Ben Crump',
      'anonymous anon:Protesters',
    ]);
  });

  it('gives "declined to comment but said" and "met the press and said" the subject of the first verb', () => {
    expect(summary('The Pentagon declined to comment but said the review was ongoing. The Pentagon met the press and said that it would wait.', [{ name: 'Pentagon', type: 'organization' }])).toEqual([
      'reported Pentagon',
      'reported Pentagon',
    ]);
    // Past a comparison set off by commas.
    const text = 'Hillary Clinton, like Obama, has encouraged European nations to spend more but has said she will hold firm.';
    expect(summary(text, [{ name: 'Hillary Clinton' }, { name: 'Obama' }])).toEqual(['reported Hillary Clinton']);
  });

  it('keeps a hedge outside a bracketed claim as a claim of its own, and ends the bracketed one at its bracket', () => {
    const text = 'GateHouse reportedly laid off 60 employees (the company would not give the number but called it “immaterial”), and Gannett reportedly laid off hundreds.';
    const { claims } = claimsOf(text, [{ name: 'GateHouse', type: 'organization' }, { name: 'Gannett', type: 'organization' }]);
    expect(claims.map((c) => `${c.kind} ${text.slice(c.start, c.end)}`)).toEqual([
      'hedged GateHouse reportedly laid off 60 employees',
      'quote called it “immaterial”',
      'hedged Gannett reportedly laid off hundreds',
    ]);
  });

  it('reads paragraphs after "Askar wrote:" as his block quotation, while they speak in the first person', () => {
    const text = 'The flaw was found by Ammar Askar. In a blog post, Askar wrote:\nThe bug lets anyone crash a server with one packet.\nI reported this to the developers two years ago.\nMojang has not fixed it.';
    expect(summary(text, [{ name: 'Ammar Askar', aliases: ['Askar'] }, { name: 'Mojang', type: 'organization' }])).toEqual(['quote Ammar Askar', 'quote Ammar Askar']);
  });

  it('reads first-person paragraphs right after a named source as a block quotation with no colon, not the author’s own "I"', () => {
    const actors = [{ name: 'Mark Zuckerberg', aliases: ['Zuckerberg'] }, { name: 'Facebook', type: 'organization' as const }];
    const block =
      'A key approach is patience, Mark Zuckerberg said at the trial.\nI have been building relationships with founders for years.\nHe also said Facebook paid less than the asking price.\nIf this deal is going to happen, it is not because we offer a lot of money.';
    expect(summary(block, actors)).toEqual(['reported Mark Zuckerberg', 'quote Mark Zuckerberg', 'reported Mark Zuckerberg', 'quote Mark Zuckerberg']);
    // The author writes "I" before quoting anyone, or later in the article: the first person is theirs.
    const essay = 'I met the founders in March.\nA key approach is patience, Mark Zuckerberg said at the trial.\nI have been building relationships with founders for years.';
    expect(summary(essay, actors)).toEqual(['reported Mark Zuckerberg']);
    const feature =
      'A key approach is patience, Mark Zuckerberg said at the trial.\nI have been building relationships with founders for years.\nThe trial lasted three weeks.\nZuckerberg flew home afterwards.\nA week after I visited the lab, the results arrived.';
    expect(summary(feature, actors)).toEqual(['reported Mark Zuckerberg']);
    // The "I" of a state's abbreviation is nobody's first person.
    const senators = 'A key approach is patience, Mark Zuckerberg said at the trial.\nThe testimony prompted Sen. Jack Reed, D-R.I., to order an inquiry.';
    expect(summary(senators, actors)).toEqual(['reported Mark Zuckerberg']);
  });

  it('gives "X, the leader of the party, urged Yoon to step down" to X and "Lee, the party leader, said Yoon’s “…” had…" to Lee', () => {
    const actors = [{ name: 'Han Dong-hoon' }, { name: 'Yoon Suk Yeol', aliases: ['Yoon'] }, { name: 'Lee Jae-myung', aliases: ['Lee'] }];
    const text = 'Han Dong-hoon, the leader of the party, urged Yoon to step down. Lee, the Democratic Party leader, said Yoon’s “unconstitutional declaration” had caused chaos and fear in the country of 50 million people.';
    expect(summary(text, actors)).toEqual(['reported Han Dong-hoon', 'reported Lee Jae-myung']);
    // An appositive with no article before a verb that characterises.
    expect(summary('Lee Jae-myung, leader of the opposition and Yoon’s rival in the 2022 election, described the address as “very disappointing.”', actors)).toEqual(['quote Lee Jae-myung']);
  });

  it('gives "The company denied" to the company the sentence before names, over one that spoke earlier, and skips "further" before the verb', () => {
    const actors = [
      { name: 'Dick Clark Productions', type: 'organization' as const },
      { name: 'Taylor Swift' },
      { name: 'Big Machine Records', type: 'organization' as const },
      { name: 'Netflix', type: 'organization' as const },
      { name: 'Ahmed Lamrani', aliases: ['Lamrani'] },
    ];
    const text =
      'On Monday, Dick Clark Productions said it had no deal with the label. On Thursday, Taylor Swift accused Big Machine Records of blocking a Netflix documentary. The company flat-out denied the allegations. Lamrani further said the talks were over.';
    expect(summary(text, actors)).toEqual(['reported Dick Clark Productions', 'reported Taylor Swift', 'reported Big Machine Records', 'reported Ahmed Lamrani']);
  });

  it('reads a stance stated as an adjective with a that-clause ("are adamant that", "was confident that") as a position', () => {
    const text = 'Opposition lawmakers, by contrast, are adamant that Yoon be removed from office. Kim Min was confident that the bill would pass. The road is sure to close.';
    expect(summary(text, [{ name: 'Kim Min' }])).toEqual(['anonymous anon:Opposition lawmakers', 'position Kim Min']);
  });

  it('reads no source in "All told," or "the story is usually told like this:", and none named in "were repeatedly told that"', () => {
    const text = 'The story is usually told like this: Lorenz ran the numbers again. All told, it is a neat narrative. Investors were repeatedly told that the fund was safe.';
    expect(summary(text, [{ name: 'Lorenz' }])).toEqual(['anonymous anon:unnamed source']);
  });

  it('gives "“…,” the statement said" to whoever issued the statement', () => {
    const text = 'On Monday, Big Machine Records issued a statement that appeared to end the dispute. “We are pleased,” the statement said.';
    expect(summary(text, [{ name: 'Big Machine Records', type: 'organization' }])).toEqual(['quote Big Machine Records']);
  });

  it('reads no request in an experiment’s instructions ("asked five people to perform a task"), but one in "asked residents to stay home"', () => {
    const text = 'In the study, the scientists asked five people to perform a task. The team asked participants to rate the images. Officials asked residents to stay home.';
    expect(summary(text)).toEqual(['anonymous anon:Officials']);
  });

  it('reads what witnesses "reported hearing" or "seeing" as their claim, and what police "reported" of a count', () => {
    expect(summary('Journalists reported hearing gunfire near the plant. Witnesses reported seeing smoke over the city. Police reported two deaths.')).toEqual([
      'anonymous anon:Journalists',
      'anonymous anon:Witnesses',
      'reported Police', // as "Police said…": the police as a body
    ]);
  });

  it('reads advice: "recommends that…", "recommends calling…" after a subordinate clause, "advised residents to…"', () => {
    const actors = [{ name: 'Michael Jones', aliases: ['Jones'] }, { name: 'CDC', type: 'organization' as const }];
    const text = 'If no one is visible, Jones recommends calling the front desk. The CDC recommends that everyone get a flu vaccine. Officials advised residents to stay indoors. He recommended a good book.';
    const { claims } = claimsOf(text, actors);
    expect(claims.map((c) => c.text)).toEqual(['Jones recommends calling the front desk.', 'The CDC recommends that everyone get a flu vaccine.', 'Officials advised residents to stay indoors.']);
  });

  it('gives "Herbert’s team found that…" to Herbert', () => {
    expect(summary('De’Broski Herbert studies the lungs. Herbert’s team found that the cells react to worms.', [{ name: 'De’Broski Herbert', aliases: ['Herbert'] }])).toEqual(['reported De’Broski Herbert']);
  });

  it('reads research findings ("showed in a paper… that", "demonstrated that", "speculates that") by a named finder, not by "this case" or with a relative "that"', () => {
    const actors = [{ name: 'Maria Lopez', aliases: ['Lopez'] }, { name: 'John Brammer', aliases: ['Brammer'] }];
    const text = 'In 2005, the biologist John Brammer showed in a paper published in Nature that worms live in mines. Lopez demonstrated in 2013 that the worms eat rock. Brammer speculates that it might be an adaptation. This case demonstrates that rules matter. Lopez discovered a group of cells that glow.';
    expect(summary(text, actors)).toEqual(['reported John Brammer', 'reported Maria Lopez', 'reported John Brammer']);
  });

  it('gives a lab’s or a group’s findings to the person who leads it, and "they" after it too', () => {
    const actors = [{ name: 'Stephen Liggett', aliases: ['Liggett'] }, { name: 'Noam Cohen', aliases: ['Cohen'] }, { name: 'Jennifer Pluznick', aliases: ['Pluznick'] }, { name: 'University of Pennsylvania', type: 'organization' as const }];
    const text = 'In 2010, the laboratory of Stephen Liggett reported that airway muscle expresses taste receptors. Moreover, they showed that the receptors widen the airways. A group led by Liggett’s colleague Noam Cohen at the University of Pennsylvania found that the nose has them too. Meanwhile, Pluznick and her colleagues had continued their work. They demonstrated that the kidney responds.';
    expect(summary(text, actors)).toEqual(['reported Stephen Liggett', 'reported Stephen Liggett', 'reported Noam Cohen', 'reported Jennifer Pluznick']);
  });

  it('reads past a party-and-state tag ("Robert Aderholt (R-AL) said…") and an acronym in brackets', () => {
    const actors = [{ name: 'Robert Aderholt', aliases: ['Aderholt'] }, { name: 'European Space Agency', type: 'organization' as const, aliases: ['ESA'] }];
    expect(summary('Robert Aderholt (R-AL) said the rocket works. The European Space Agency (ESA) said it would fly.', actors)).toEqual(['reported Robert Aderholt', 'reported European Space Agency']);
  });

  it('reads calls ("pushed for greater use of…", also after a fronted clause), forecasts ("expects to produce"), "was skeptical it would…" and "“…,” he continued."', () => {
    const actors = [{ name: 'Robert Aderholt', aliases: ['Aderholt'] }, { name: 'Jim Bridenstine', aliases: ['Bridenstine'] }, { name: 'José Serrano', aliases: ['Serrano'] }];
    const text = 'At a hearing of the panel that funds NASA, Robert Aderholt pushed for greater use of the rocket. Bridenstine expects to produce three rockets by 2024. Serrano was skeptical it would be ready. “Switching horses midstream is not wise,” he continued. The crew pressed for time.';
    const { claims } = claimsOf(text, actors);
    expect(claims.map((c) => `${c.speaker?.name}: ${text.slice(c.start, c.end)}`)).toEqual([
      'Robert Aderholt: Robert Aderholt pushed for greater use of the rocket.',
      'Jim Bridenstine: Bridenstine expects to produce three rockets by 2024.',
      'José Serrano: Serrano was skeptical it would be ready.',
      'José Serrano: “Switching horses midstream is not wise,” he continued',
    ]);
  });

  it('gives "she said" to the subject past a long fronted clause, and to the person the sentence names when its subject does not fit', () => {
    const actors = [{ name: 'Mary Steenburgen', aliases: ['Steenburgen'] }, { name: 'Rose Harlan', aliases: ['Harlan'] }];
    const text = 'Mary Steenburgen had spent years in Nashville, where she wrote songs. And despite the many advantages that her fame might have afforded her, she was more nervous than Rose Harlan has ever been. “It was terrifying,” she said.';
    expect(summary(text, actors)).toEqual(['quote Mary Steenburgen']);
    const actors2 = [{ name: 'Ellen Fetter', aliases: ['Fetter'] }, { name: 'Edward Lorenz', aliases: ['Lorenz'] }, { name: 'Margaret Hamilton', aliases: ['Hamilton'] }];
    const text2 = 'Margaret Hamilton hired her replacement, and she left in 1961. Once Fetter arrived, Edward Lorenz gave her a manual, and he set her problems. “He carried a lot in his head,” she said.';
    expect(summary(text2, actors2)).toEqual(['quote Ellen Fetter']);
  });

  it('reads "Many in Hong Kong fear that…" as an unnamed source, and "Shortly after, some of Trump’s defenders…, claiming…" as theirs', () => {
    expect(summary('The protests go on. Many in Hong Kong fear that to pause is to surrender. Some in Beijing believe the city is lost.')).toEqual(['anonymous anon:Many in Hong Kong', 'anonymous anon:Some in Beijing']);
    const text = 'Marie Smith testified on Friday. Shortly after, some of Trump’s defenders took to social media, claiming that her wealth exceeded her salary.';
    expect(summary(text, [{ name: 'Marie Smith' }, { name: 'Trump' }])).toEqual(['anonymous anon:some of Trump’s defenders']);
  });

  it('does not give words quoted inside the reporter’s sentence to the speaker of a later sentence', () => {
    const text = 'The crackdown followed directives from Xi to “show absolutely no mercy” in the “fight against crime, corruption and disorder”. Many in Hong Kong fear that to pause is to surrender.';
    expect(claimsOf(text, [{ name: 'Xi' }]).claims.map((c) => c.kind)).toEqual(['anonymous']);
  });

  it('reads "confessed to…", "admitted to threatening…", and a participle after a fronted phrase as the subject’s, not the FBI’s', () => {
    const actors = [{ name: 'Michael Webb', aliases: ['Webb'] }, { name: 'FBI', type: 'organization' as const }];
    const text = 'In a recorded interview with the FBI, Webb confessed to the kidnapping, admitting that he drove to a church. Shortly before their arrival, Webb admitted to threatening the girl.';
    const { claims } = claimsOf(text, actors);
    expect(claims.map((c) => `${c.speaker?.name}: ${text.slice(c.start, c.end)}`)).toEqual([
      'Michael Webb: Webb confessed to the kidnapping',
      'Michael Webb: admitting that he drove to a church.',
      'Michael Webb: Webb admitted to threatening the girl.',
    ]);
  });

  it('gives a quote to the named person whose appositive holds an organisation’s name with commas', () => {
    const actors = [{ name: 'Kurinji Selvaraj', aliases: ['Selvaraj'] }, { name: 'CBS News', type: 'organization' as const }, { name: 'Lucas Paganini' }];
    const text = 'Lucas Paganini spoke first. “This is mainly due to the wind,” Kurinji Selvaraj, a research analyst at the Delhi-based Council on Energy, Environment and Water think tank told CBS News.';
    expect(summary(text, actors)).toEqual(['quote Kurinji Selvaraj']);
  });

  it('reads no claim when the words before a reporting verb are no noun phrase ("raised spending by $300 billion will add…", "police are investigating claims")', () => {
    const text = 'A spending plan passed in May that raised outlays by $30 billion over two years will add to the pressure. South Korean police and prosecutors are investigating claims of treason. The certification comes with costs, the group said.';
    expect(summary(text)).toEqual(['reported the group']);
  });

  it('reads "apparently" and "seemingly" as hedges of a clause, not of an adjective', () => {
    const text = 'A man was set on fire last week, apparently by a protester. The cards were drawn seemingly from his notes. These seemingly misplaced receptors matter.';
    expect(summary(text)).toEqual(['hedged none', 'hedged none']);
  });

  it('reads an unsigned forecast ("isn’t likely to", "it is likely") as hedged, not as an allegation', () => {
    const text = 'The studio isn’t likely to release new cuts soon. It is likely the Capitals won’t have Hathaway on Wednesday. The team likes to win.';
    expect(summary(text)).toEqual(['hedged none', 'hedged none']);
  });

  it('reads "By most accounts, …" as an unnamed source when nobody else is the sentence’s source', () => {
    const text = 'By most accounts, the law worked. By all accounts, Ann Lee said she was fine.';
    expect(summary(text, [{ name: 'Ann Lee' }])).toEqual(['anonymous anon:most accounts', 'reported Ann Lee']);
  });

  it('reads blame with "for" ("pilloried the administration for…"), "presented itself as…" and "linked X to Y", past a time phrase after the name', () => {
    const actors = [{ name: 'Alexandria Ocasio-Cortez', aliases: ['Ocasio-Cortez'] }, { name: 'Uber', type: 'organization' as const }, { name: 'CNBC', type: 'organization' as const }];
    const text = 'Republicans pilloried the administration for proposing a stimulus. Uber has presented itself as an alternative to regulation. Rep. Alexandria Ocasio-Cortez (D-N.Y.) shortly after the arrest linked the incident to a host’s comments. Accounts linked to Russia posted it. Stocks fell Tuesday after CNBC reported that talks had stalled.';
    expect(summary(text, actors)).toEqual(['anonymous anon:Republicans', 'reported Uber', 'reported Alexandria Ocasio-Cortez', 'reported CNBC']);
  });

  it('reads "cited X as a reason" across a long object', () => {
    const text = 'Traders cited the lingering uncertainty over whether the United States and China could agree to end a long and costly trade war as a reason for stocks to drift.';
    expect(summary(text)).toEqual(['anonymous anon:Traders']);
  });

  it('reads "The Democrats say…" with a capitalised plural subject after "the"', () => {
    expect(summary('The Democrats say the bill failed.', [{ name: 'Democrats', type: 'group' as const }])).toEqual(['reported Democrats']);
  });

  it('reads a position set off by commas ("That, Herbert believes, is why…") and no inverted speaker in "smiled, noted the time,"', () => {
    const actors = [{ name: 'De’Broski Herbert', aliases: ['Herbert'] }, { name: 'Ann Lee' }];
    expect(summary('That, Herbert believes, is why the cells exist. The plan, critics argue, would fail.', actors)).toEqual(['position De’Broski Herbert', 'anonymous anon:critics']);
    expect(claimsOf('Ann Lee stood up, smiled, noted the time, and left.', actors).claims.map((c) => c.speaker?.name)).not.toContain('the time');
  });

  it('reads "X put it bluntly: …" and "put it this way: …" as X’s, not "put it in the box"', () => {
    const text = 'Anita Kumar, a senior fellow at a think tank, put it bluntly: the policy has failed. Kumar put it this way: the war is lost. He put it in the box.';
    expect(summary(text, [{ name: 'Anita Kumar', aliases: ['Kumar'] }])).toEqual(['reported Anita Kumar', 'reported Anita Kumar']);
  });

  it('leaves a dateline out of the source: "WASHINGTON – Two federal prison officers said"', () => {
    expect(summary('WASHINGTON – Two federal prison officers said they were tired.')).toEqual(['anonymous anon:Two federal prison officers']);
    const charged = claimsOf('WASHINGTON – Two federal prison officers were charged Tuesday with falsifying records, stating they had checked on the inmate.').claims;
    expect(charged.map((c) => c.speaker?.name)).toEqual(['Two federal prison officers']);
  });

  it('reads a subject noun ending in -ly ("The family said", "A person close to the family said") and "Anyone who… will tell you that…" as a source', () => {
    expect(summary('The family said the deal was off. A person close to the family said he was ill. Anyone who has closed a deal will tell you that you need a well thought out plan.')).toEqual([
      'reported The family',
      'anonymous anon:A person close to the family',
      'anonymous anon:Anyone',
    ]);
  });

  it('gives "The board unanimously voted and said…" to the board, without the adverb', () => {
    expect(summary('The board unanimously voted and said the CEO would stay.')).toEqual(['reported The board']);
  });

  it('names "They" after "Union leaders met" with its qualifier', () => {
    expect(summary('Union leaders met on Monday. They said a strike was likely.')).toEqual(['anonymous anon:Union leaders']);
  });

  it('carries a block quotation through a paragraph with no pronoun when the first person comes back', () => {
    const text =
      'In a blog post, Ammar Askar wrote that the flaw was simple. The server trusts the client.\nIn my case, I chose to nest lists five levels deep.\nThe root object contains 300 lists.\nAnd this is not even the maximum for our attack.\nMojang did not reply to requests for comment.';
    expect(summary(text, [{ name: 'Ammar Askar', aliases: ['Askar'] }, { name: 'Mojang', type: 'organization' }])).toEqual([
      'reported Ammar Askar',
      'quote Ammar Askar',
      'quote Ammar Askar',
      'quote Ammar Askar',
    ]);
  });

  it('keeps the speaker of "he said, according to a transcript", the leader of "the team, led by X," and "as one user put it"', () => {
    const actors = [{ name: 'Mark Zuckerberg', aliases: ['Zuckerberg'] }, { name: 'Michael Shadlen' }, { name: 'Business Insider', type: 'organization' as const }];
    expect(summary('Zuckerberg testified. “We were worried,” he said, according to a transcript reviewed by Business Insider. The team, led by Michael Shadlen, found that awareness comes late. As one user put it, “This saved my life.”', actors)).toEqual([
      'quote Mark Zuckerberg',
      'reported Michael Shadlen',
      'anonymous anon:one user',
    ]);
  });

  it('resolves "The Toronto-based company said" to the company just named', () => {
    expect(summary('Vidyard introduced new features. The Toronto-based company said customers asked for them.', [{ name: 'Vidyard', type: 'organization' }])).toEqual(['reported Vidyard']);
  });

  it('gives "One seller, who goes by the name PlutoPete, says" to PlutoPete', () => {
    expect(summary('One seller, who goes by the name PlutoPete, says he tests every batch.', [{ name: 'PlutoPete' }])).toEqual(['reported PlutoPete']);
  });

  it('gives "the French president" to the one president of no known side, and to no one when two could be', () => {
    expect(summary('Keir Starmer met President Emmanuel Macron. “Nothing is agreed,” the French president said.', [{ name: 'Keir Starmer' }, { name: 'Emmanuel Macron', role: 'President' }])).toEqual(['quote Emmanuel Macron']);
    expect(summary('President Joe Biden met President Emmanuel Macron. The French president said no.', [{ name: 'Joe Biden', role: 'President' }, { name: 'Emmanuel Macron', role: 'President' }])).toEqual(['reported The French president']);
  });

  it('reads features’ present tense ("Lopez jokes", "researchers suspect") and a clause with a present-tense verb ("believes the city owes them money")', () => {
    const text = 'Sarah Lopez runs the shelter. “I was terrified,” Lopez jokes. Her husband, Tom, believes the city owes them money. Researchers suspect the numbers are low. She took suspected diet pills.';
    expect(summary(text, [{ name: 'Sarah Lopez', aliases: ['Lopez'] }, { name: 'Tom' }])).toEqual(['quote Sarah Lopez', 'position Tom', 'anonymous anon:Researchers']);
  });

  it('gives a quotation opening a sentence to the person its paragraph opens on', () => {
    expect(summary('Maria Gomez said the city had ignored residents.\nThe mayor did not respond.\nGomez was unconvinced. “I’ll believe it when I see it.”', [{ name: 'Maria Gomez', aliases: ['Gomez'] }])).toEqual([
      'reported Maria Gomez',
      'quote Maria Gomez',
    ]);
  });

  it('reads "signaled that", "hinted that", "questioned whether", "made the case that" and "voiced support for", not "questioned the suspect"', () => {
    const text = 'Ana Ruiz signaled that rates might rise. She hinted that she might resign. Ruiz questioned whether the bank had waited. She made the case that taxes should rise. She voiced support for the plan. The police questioned the suspect. A red light signaled danger.';
    expect(summary(text, [{ name: 'Ana Ruiz', aliases: ['Ruiz'] }])).toEqual(['reported Ana Ruiz', 'reported Ana Ruiz', 'reported Ana Ruiz', 'reported Ana Ruiz', 'position Ana Ruiz']);
  });

  it('resolves "It said" to a company the gazetteer knows as a town, "The 45-year-old" to the man just named, and "They" to the union, not the workers it represents', () => {
    expect(summary('Toyota recalled a million cars. It said a sensor could fail.', [{ name: 'Toyota', type: 'place' }])).toEqual(['reported Toyota']);
    expect(summary('Police arrested Mark Dunn, 45, on Friday. The 45-year-old told officers he was innocent.', [{ name: 'Mark Dunn' }])).toEqual(['reported Mark Dunn']);
    expect(summary('The union representing the workers said they would strike. They said talks had failed.')).toEqual([
      'reported The union representing the workers',
      'reported The union representing the workers',
    ]);
  });

  it('gives a quotation left open over paragraphs to the speaker named where it ends', () => {
    const text = 'Maria Gomez has run the lab for a decade.\n“When we started, nobody believed in harm reduction.\n“We lost friends to bad pills in those years.\n“Now the police send us samples,” she said.';
    expect(summary(text, [{ name: 'Maria Gomez' }])).toEqual(['quote Maria Gomez', 'quote Maria Gomez', 'quote Maria Gomez']);
  });

  it('gives a quotation paragraph to the subject of the paragraph before when it ends "She put it this way:"', () => {
    expect(summary('Maria Gomez runs the lab. She put it this way:\n“We test everything that comes in, no matter who sends it.”', [{ name: 'Maria Gomez' }])).toEqual(['quote Maria Gomez']);
  });

  it('reads "claimed the government had…" as a claim, not "claimed the lives of" or "claimed the title"', () => {
    expect(summary('Ana Ruiz claimed the government had ignored the warnings. The fire claimed the lives of 20 people. Ruiz claimed the title in May.', [{ name: 'Ana Ruiz', aliases: ['Ruiz'] }])).toEqual(['reported Ana Ruiz']);
  });

  it('reads "the seekers found in the water may have…" as a participle inside a belief, not a finding', () => {
    expect(summary('Ana Ruiz believes the migrants found in the water may have jumped on purpose.', [{ name: 'Ana Ruiz' }])).toEqual(['position Ana Ruiz']);
    expect(summary('Researchers found in a study of 500 patients that the drug worked.')).toEqual(['anonymous anon:Researchers']);
  });

  it('gives an opening "according to" to the claim its sentence goes on to make, with that claim’s own speaker', () => {
    const text = 'According to the BBC, Ana Ruiz believes the talks will fail.';
    const { claims, entities } = claimsOf(text, [{ name: 'Ana Ruiz' }, { name: 'BBC', type: 'organization' }]);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.kind).toBe('according-to');
    expect(entities.find((e) => e.id === claims[0]!.speaker?.entity)?.name).toBe('Ana Ruiz');
    expect(text.slice(claims[0]!.start, claims[0]!.end)).toContain('the talks will fail');
    expect(summary('According to the BBC, 3,000 people have fled.', [{ name: 'BBC', type: 'organization' }])).toEqual(['according-to BBC']);
  });

  it('gives "what she called" to the spokeswoman just introduced (the company she speaks for), and a plural subject’s present verb past an appositive to its leader', () => {
    expect(summary('A Volvex spokeswoman declined to comment on what she called "market speculation".')).toEqual(['quote A Volvex spokeswoman']);
    expect(summary('Volvex cut jobs. A Volvex spokeswoman was asked about the plant. She said it would stay open.', [{ name: 'Volvex', type: 'organization' }])).toEqual(['reported Volvex']);
    expect(summary('The authors, led by Sarah Okafor of Leeds University, say that sea levels could rise.', [{ name: 'Sarah Okafor' }, { name: 'Leeds University', type: 'organization' }])).toEqual(['reported Sarah Okafor']);
  });

  it('gives "… and say the benefits were overstated" to the plural subject of a present-tense verb, not "say prayers"', () => {
    expect(summary('Not everyone is convinced. Critics point to high fees and say the benefits have been overstated.')).toEqual(['anonymous anon:Critics']);
    expect(summary('Residents gather at dawn and say prayers for the dead.')).toEqual([]);
  });

  it('resolves "the Socialist leader" to the only person with a leader’s role, not "the Taliban leader"', () => {
    const people = [{ name: 'Rui Matos', role: 'opposition leader' }];
    expect(summary('Opposition leader Rui Matos disagreed. “This budget punishes families,” the Socialist leader told parliament.', people)).toEqual(['quote Rui Matos']);
    expect(summary('Opposition leader Rui Matos spoke. The Taliban leader said the talks had failed.', [...people, { name: 'Taliban', type: 'organization' }])).toEqual(['reported The Taliban leader']);
  });

  it('resolves "the Congress leader" to the chief of the Congress named before, and "he said" after it to him', () => {
    const actors = [{ name: 'Kamal Nath', aliases: ['Nath'], role: 'chief', affiliation: 'e2' }, { name: 'Madhya Pradesh Congress', type: 'organization' as const, aliases: ['Congress'] }, { name: 'Shivraj Singh Chouhan', aliases: ['Chouhan'] }];
    const text = 'Madhya Pradesh Congress chief Kamal Nath spoke on Friday. Responding to a question, the Congress leader called Chouhan an artist who has been "acting". "He will go to Mumbai for acting," he said.';
    expect(summary(text, actors)).toEqual(['reported Kamal Nath', 'quote Kamal Nath']);
  });

  it('resolves "the news reporter", "the tech reviewer" to the writer just named with an outlet, unless someone here holds that trade', () => {
    const actors = [{ name: 'BuzzFeed', type: 'organization' as const }, { name: 'Nicole Nguyen', aliases: ['Nguyen'], affiliation: 'e1' }];
    const text = 'BuzzFeed’s Nicole Nguyen gives credit to Google. The news reporter even calls the look of the phone “uninspired.”';
    expect(summary(text, actors)).toEqual(['reported Nicole Nguyen']);
    const withReporter = [...actors, { name: 'Ann Bell', role: 'reporter' }];
    // (The claim is still found; its speaker is then the unnamed reporter, not Nguyen.)
    expect(summary(`Ann Bell covered the launch. ${text}`, withReporter)).toEqual(['anonymous anon:The news reporter']);
    // A person with no outlet is no writer described.
    expect(summary('Nicole Nguyen gives credit to Google. The tech reviewer says that the phones are expensive.', [{ name: 'Nicole Nguyen' }])).toEqual(['reported The tech reviewer']);
  });

  it('resolves "the lawmakers", people not mentioned before, to the group that spoke just before, and keeps them unnamed otherwise', () => {
    const actors = [{ name: 'Democrats', type: 'group' as const }];
    const text = 'House Democrats said the company lied. Its shares fell on Monday, but the lawmakers say they have emails showing otherwise.';
    expect(summary(text, actors)).toEqual(['reported Democrats', 'reported Democrats']);
    expect(summary('Its shares fell on Monday, but the lawmakers say they have emails showing otherwise.')).toEqual(['anonymous anon:the lawmakers']);
  });

  it('resolves a speaker named with letters after the name ("Peter Grieves-Smith KC", "John Smith MP") to that person', () => {
    expect(summary('Senior prosecuting barrister Peter Grieves-Smith KC said he took full responsibility.', [{ name: 'Peter Grieves-Smith', role: 'barrister' }])).toEqual(['reported Peter Grieves-Smith']);
    expect(summary('Labour backbencher John Smith MP said the vote was lost.', [{ name: 'John Smith' }])).toEqual(['reported John Smith']);
  });

  it('resolves "the agency" to an agency known by its acronym ("NASA … the agency said"), not to a newspaper', () => {
    expect(summary('NASA delayed the launch again. The agency said the rocket would fly in March.', [{ name: 'NASA', type: 'organization' }])).toEqual(['reported NASA']);
    expect(summary('The Guardian reported the delay. The agency said the rocket would fly in March.', [{ name: 'The Guardian', type: 'organization' }])).toEqual(['reported The agency']);
  });

  it('resolves "the fund" and "the bureau" to the organisation whose name they head, and to no other organisation', () => {
    const imf = [{ name: 'International Monetary Fund', type: 'organization' as const }];
    expect(summary('The International Monetary Fund cut its forecast. The fund said growth would slow.', imf)).toEqual(['reported International Monetary Fund']);
    const fbi = [{ name: 'Federal Bureau of Investigation', type: 'organization' as const }];
    expect(summary('The Federal Bureau of Investigation opened a case. The bureau said it had no suspects.', fbi)).toEqual(['reported Federal Bureau of Investigation']);
    // A head word that no organisation here carries does not fall back on the organisation named last.
    expect(summary('The Federal Bureau of Investigation opened a case. The fund said growth would slow.', fbi)).toEqual(['reported The fund']);
  });

  it('reads "according to court documents" as an unnamed document’s account, kind according-to, not an anonymous person’s; "according to residents" is anonymous', () => {
    expect(summary('According to court documents, the man fired three shots.')).toEqual(['according-to anon:court documents']);
    expect(summary('According to residents, the man fired three shots.')).toEqual(['anonymous anon:residents']);
  });

  it('gives "issued a joint statement calling for a ceasefire" and "spoke on Monday, calling for…" to the subject, as a position', () => {
    expect(summary('The charity issued a joint statement calling for a ceasefire.')).toEqual(['position The charity']);
    expect(summary('The charity spoke on Monday, calling for a ceasefire.')).toEqual(['position The charity']);
  });

  it('reads "The statement read: “…”" as the issuer’s quote, not "he read the report" or "read more"', () => {
    const text = 'The Red Cross issued a statement on Monday. The statement read: “Our teams are working around the clock.” He read the report twice. Read more.';
    expect(summary(text, [{ name: 'Red Cross', type: 'organization' }])).toEqual(['quote Red Cross']);
    expect(summary('The Red Cross issued a statement. “We are working,” the statement read.', [{ name: 'Red Cross', type: 'organization' }])).toEqual(['quote Red Cross']);
  });

  it('reads "A statement from the company read: “…”" and "The tweet from Vulture magazine reads, “…”" as the author’s quote', () => {
    const acme = [{ name: 'Acme Corp.', type: 'organization' as const }, { name: 'John Doe' }];
    expect(summary('Acme Corp. fired its chief executive, John Doe, on Sunday. A statement from the company read: “We wish him well.”', acme)).toEqual(['quote Acme Corp.']);
    expect(summary('The tweet from Vulture magazine reads, “Show interrupted by angry fan.”', [{ name: 'Vulture', type: 'organization' }])).toEqual(['quote Vulture']);
    // A paragraph that ends on "reads" without its full stop.
    expect(summary('“It is our view,” an email from lawyer Darrell Kloeze reads\nThe inquiry resumes on Monday.', [{ name: 'Darrell Kloeze' }])).toEqual(['quote Darrell Kloeze']);
    // A verb between the document and "read" makes another sentence shape: no quotation of the document.
    expect(summary('The letter he wrote to the board read like a confession.')).toEqual([]);
    // "the office release": the organisation the class noun modifying the document refers back to.
    const office = [{ name: 'U.S. Attorney’s Office', type: 'organization' as const }];
    expect(summary('The U.S. Attorney’s Office charged him in May. His sentencing is set for Feb. 14, according to the office release.', office)).toEqual(['according-to U.S. Attorney’s Office']);
  });

  it('gives "issued a statement saying…" to the issuer, not a fronted "In a letter calling for…" to the letter', () => {
    expect(summary('The ministry released a statement on Tuesday saying the talks had failed.')).toEqual(['reported The ministry']);
    expect(summary('Volvex later posted a message on its website warning that deliveries would be late.', [{ name: 'Volvex', type: 'organization' }])).toEqual(['warning Volvex']);
    expect(summary('In a letter calling for the meeting, regulator Ana Ruiz said that outages endanger lives.', [{ name: 'Ana Ruiz' }])).toEqual(['reported Ana Ruiz']);
  });

  it('keeps an "and" inside a subject’s prepositional phrase in the subject, not an "and" that joins two clauses', () => {
    expect(summary('The Global Commission on pollution and health found that smog kills millions.', [{ name: 'Global Commission', type: 'organization' }])).toEqual(['reported Global Commission']);
    expect(summary('Researchers at Harvard and MIT say the drug works.', [{ name: 'Harvard', type: 'organization' }, { name: 'MIT', type: 'organization' }])).toEqual(['anonymous anon:Researchers at Harvard and MIT']);
    expect(summary('Ana Ruiz warned of floods and officials said the dams would hold.', [{ name: 'Ana Ruiz' }])).toEqual(['warning Ana Ruiz', 'anonymous anon:officials']);
    // The second object may be a long name.
    const gfz = [{ name: 'Imperial College London', type: 'organization' as const }, { name: 'GFZ German Research Centre for Geosciences', type: 'organization' as const }];
    expect(summary('Researchers from Imperial College London and the GFZ German Research Centre for Geosciences said the fault had ruptured.', gfz)).toEqual(['anonymous anon:Researchers from Imperial College London and the GFZ German Research Centre for Geosciences']);
  });

  it('gives "“…,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday." to McConnell, never to the day', () => {
    expect(summary('“The veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.', [{ name: 'Mitch McConnell', aliases: ['McConnell'] }])).toEqual(['quote Mitch McConnell']);
  });

  it('gives "…, who in 2010 said…" to the person the relative clause is about, past an appositive role', () => {
    const actors = [{ name: 'Mitch McConnell', aliases: ['McConnell'] }, { name: 'Ann Lee' }];
    expect(summary('Obama met McConnell, now the Senate majority leader, who in 2010 said the goal was to beat him.', actors)).toEqual(['reported Mitch McConnell']);
    expect(summary('Obama met Ann Lee, who last week said the plan had failed.', actors)).toEqual(['reported Ann Lee']);
  });

  it('gives "After saying her foot was “so swollen…,” she was whisked off" to the main clause’s subject', () => {
    const text = 'Ann Lee spoke.\nAfter saying her foot was “so swollen I could barely walk,” she was whisked off to the hospital.';
    expect(summary(text, [{ name: 'Ann Lee' }])).toEqual(['quote Ann Lee']);
    expect(summary('Ann Lee spoke.\nBefore saying the deal was dead, Ann Lee thanked the staff.', [{ name: 'Ann Lee' }])).toEqual(['reported Ann Lee']);
  });

  it('gives "Ed Rendell, who served … during the 2000 election, agreed that…" to Rendell, not to the role inside the relative clause', () => {
    const text = 'Former Gov. Ed Rendell, who served as general chairman of the DNC during the 2000 election, agreed that the rules should be modernized.';
    expect(summary(text, [{ name: 'Ed Rendell' }, { name: 'DNC', type: 'organization' }])).toEqual(['reported Ed Rendell']);
  });

  it('reads "Ann Lee and Bob Cole say…" and "Schiff called on Obama to retaliate" as claims of the named people', () => {
    const actors = [{ name: 'Ann Lee' }, { name: 'Bob Cole' }, { name: 'Adam Schiff', aliases: ['Schiff'] }, { name: 'Barack Obama', aliases: ['Obama'] }];
    // Both of them: the first, with the other (see 'joint speakers').
    expect(summary('Ann Lee and Bob Cole say the plan failed.', actors)).toEqual(['reported Ann Lee']);
    expect(claimsOf('Ann Lee and Bob Cole say the plan failed.', actors).claims[0]?.speaker?.with).toEqual(['e2']);
    expect(summary('Rep. Adam Schiff called on President Obama to retaliate against Russia.', actors)).toEqual(['reported Adam Schiff']);
    expect(summary('The mayor called on residents yesterday.', actors)).toEqual([]);
  });

  it('reads "is telling a veterans group that…" as a claim, not "was telling the truth that day"', () => {
    const actors = [{ name: 'Donald Trump' }];
    expect(summary('Donald Trump is telling a veterans group that the military is depleted.', actors)).toEqual(['reported Donald Trump']);
    expect(summary('Donald Trump was telling the truth that day.', actors)).toEqual([]);
  });

  it('gives "A lawyer for the news outlets, David Schulz, said" to Schulz, not to a lawyer named later', () => {
    const text = 'A lawyer for the news outlets, David Schulz, said no decision had been made.\n"We are pleased," Trump lawyer Marc Kasowitz said.';
    expect(summary(text, [{ name: 'David Schulz' }, { name: 'Marc Kasowitz', role: 'lawyer' }])).toEqual(['reported David Schulz', 'quote Marc Kasowitz']);
  });

  it('follows a chain of appositives past "developer and spokeswoman for…, which…" to the named person', () => {
    const text = 'Angelique Brunner, a Washington-based developer and spokeswoman for the EB-5 Investment Coalition, which is made up of investors, said many examples failed.';
    expect(summary(text, [{ name: 'Angelique Brunner' }, { name: 'EB-5 Investment Coalition', type: 'organization' }])).toEqual(['reported Angelique Brunner']);
  });

  it('reads "his early-morning tweets" and "his latest remarks" as nouns, not claims, and keeps "His aide says"', () => {
    expect(summary('Donald Trump is defending his early-morning tweets, saying they show he is awake.', [{ name: 'Donald Trump' }])).toEqual(['reported Donald Trump']);
    expect(summary('It is unclear whether his latest remarks will end the affair.', [{ name: 'Donald Trump' }])).toEqual([]);
    expect(summary('His aide says the plan failed.')).toEqual(['anonymous anon:His aide']);
  });

  it('reads "Tulsa police’s earlier claim that…" as the maker’s claim, not a relative clause "Acme’s claim that was filed"', () => {
    const actors = [{ name: 'Department of Justice', type: 'organization' as const }, { name: 'Acme', type: 'organization' as const }];
    expect(summary('Video contradicts Tulsa police’s earlier claim that Crutcher had refused to keep his hands up.', actors)).toEqual(['reported Tulsa police']);
    expect(summary('The Department of Justice’s statement that no charges would be filed angered protesters.', actors)).toEqual(['reported Department of Justice']);
    expect(summary('Acme’s claim that was filed in May failed.', actors)).toEqual([]);
  });

  it('reads "Ahmed said…", "Mohammed said…", "Husted said…": a name ending in -ed is no past-tense verb', () => {
    const actors = [{ name: 'Ahmed' }, { name: 'Mohammed' }, { name: 'Husted' }];
    for (const name of ['Ahmed', 'Mohammed', 'Husted']) expect(summary(`${name} said the talks had failed.`, actors)).toEqual([`reported ${name}`]);
    expect(summary('Said the talks had failed, the envoy left.', actors)).toEqual([]);
  });

  it('reads "many Democrats say…", "Most Republicans say…" and a poll\'s "63 percent said…" as claims', () => {
    expect(summary('But many Democrats say the advantage hides concerns about turnout.')).toEqual(['anonymous anon:many Democrats']);
    expect(summary('Most Republicans say the party is divided.')).toEqual(['anonymous anon:Most Republicans']);
    expect(summary('However, 63 percent said Clinton was justified in keeping it private.')).toEqual(['anonymous anon:63 percent']);
  });

  it('gives "The campaign says…" to the candidate whose campaign was named, not to the last organisation', () => {
    const text = 'Hillary Clinton’s campaign released an ad on Friday.\nThe ad also mentions the Islamic State group.\nThe campaign says the ad will air nationally.';
    expect(summary(text, [{ name: 'Hillary Clinton' }, { name: 'Islamic State', type: 'organization' }])).toEqual(['reported Hillary Clinton']);
  });

  it('reads a subject past "just this month" or "last week", and stops at a dash, not inside "14th-ranked"', () => {
    const actors = [{ name: 'Wells Fargo', type: 'organization' as const }, { name: 'Donald J. Trump' }, { name: 'Schwartzman' }];
    expect(summary('Wells Fargo just this month announced it would end the incentives.', actors)).toEqual(['reported Wells Fargo']);
    expect(summary('The debate is also predictable - Donald J. Trump has vowed to bring back mining jobs.', actors)).toEqual(['reported Donald J. Trump']);
    expect(summary('“I played well,” the 14th-ranked Schwartzman said.', actors)).toEqual(['quote Schwartzman']);
  });

  it('reads "The experts I interviewed said…" (a relative clause without "that") and "But in recent days, advisers to Mr. Obama say, the president…"', () => {
    expect(summary('The experts I interviewed said the plan was good.')).toEqual(['anonymous anon:The experts']);
    const { claims } = claimsOf('But in recent days, advisers to Mr. Obama say, the president has grown exasperated.', [{ name: 'Barack Obama', aliases: ['Obama'] }]);
    expect(claims.map((c) => c.text)).toEqual(['advisers to Mr. Obama say, the president has grown exasperated']);
    // Past an initial's full stop too.
    expect(summary('Advisers to John F. Kennedy say the plan failed.', [{ name: 'John F. Kennedy' }])).toEqual(['anonymous anon:Advisers to John F. Kennedy']);
  });

  it('gives "Economist Aparna Mathur, who studies…, said Ivanka Trump\'s statement didn\'t clarify it" to Mathur: a clause after "said" is no inverted subject, "said Will Tjernlund" is', () => {
    const actors = [{ name: 'Aparna Mathur' }, { name: 'Ivanka Trump' }, { name: 'Will Tjernlund' }];
    expect(summary('Conservative economist Aparna Mathur, who studies tax policy, said Ivanka Trump\'s statement didn\'t clarify the matter.', actors)).toEqual(['reported Aparna Mathur']);
    expect(summary('“Five swiped away,” said Will Tjernlund, a consultant who has a business account.', actors)).toEqual(['quote Will Tjernlund']);
  });

  it('gives "…, and Hillary Clinton is promising to help…" to Clinton, not to the speaker of the clause before', () => {
    const text = 'Donald J. Trump has vowed to bring back mining jobs, and Hillary Clinton is promising to help mining towns.';
    expect(summary(text, [{ name: 'Donald J. Trump' }, { name: 'Hillary Clinton' }])).toEqual(['reported Donald J. Trump', 'reported Hillary Clinton']);
  });

  it('reads "Those close to him say…", "Political observers in Virginia … say…" and "victims, many of whom say…" as unnamed sources, not "The protests degrade the party\'s claim"', () => {
    expect(summary('Those close to him say that he would have to consider Rep. Don Beyer.')).toEqual(['anonymous anon:Those close to him']);
    expect(summary('Political observers in Virginia and around the country say Scott deserves the seat.')).toEqual(['anonymous anon:Political observers in Virginia and around the country']);
    expect(summary('It angered family members of 9/11 victims, many of whom say the claims are unfounded.')).toEqual(['anonymous anon:family members of 9/11 victims']);
    expect(summary('The protests degrade the party\'s claim to a divine right of power.')).toEqual([]);
  });

  it('reads "the former secretary of state and current Democratic presidential nominee said…" as one speaker', () => {
    expect(summary('On the show, the former secretary of state and current Democratic presidential nominee said she wanted to speak.')).toHaveLength(1);
  });

  it('reads "Rep. Alexandria Ocasio-Cortez, D-N.Y., called it “a disgrace”" as her claim', () => {
    expect(summary('Rep. Alexandria Ocasio-Cortez, D-N.Y., called it “a disgrace.”', [{ name: 'Alexandria Ocasio-Cortez' }])).toEqual(['quote Alexandria Ocasio-Cortez']);
  });

  it('reads a quantity of documents and a document about a place as unnamed sources ("A large body of studies suggests…")', () => {
    expect(summary('A large body of neuroscientific studies suggests that the brain works in its spare time.')).toEqual(['anonymous anon:A large body of neuroscientific studies']);
    const text = 'An analysis of official U.S. labor statistics shows that women held 27 percent of the jobs.';
    expect(summary(text, [{ name: 'U.S.', type: 'place' }])).toEqual(['anonymous anon:An analysis of official U.S. labor statistics']);
  });

  it('gives "A preliminary study in rats suggests…" to an unnamed source, keeps "according to court records" an according-to claim and "The report by the agency found…" the agency\'s', () => {
    expect(summary('A preliminary study in rats suggests the receptors evolved first.')).toEqual(['anonymous anon:A preliminary study in rats']);
    expect(summary('Other studies found the remote is the dirtiest thing in the room.')).toEqual(['anonymous anon:Other studies']);
    expect(summary('The guards signed false records, according to court records.')).toEqual(['according-to anon:court records']);
    expect(summary('The prison was understaffed, according to sources close to the report.')).toEqual(['anonymous anon:sources close to the report']);
    expect(summary('A report by the Energy Agency found that prices rose.', [{ name: 'Energy Agency', type: 'organization' }])).toEqual(['reported Energy Agency']);
  });

  it('gives a pull quote signed after a dash ("“…” - Matthew Ingram") to the signer, not to the speaker before it', () => {
    const text = 'Other sites such as Gawker.com have stated that they will keep hosting the video.\n"So far, it is the Internet: 1, Scientology: 0." - Matthew Ingram\nThe site was down.';
    expect(summary(text, [{ name: 'Gawker.com', type: 'organization' }, { name: 'Matthew Ingram' }])).toEqual(['reported Gawker.com', 'quote Matthew Ingram']);
  });

  it('reads "X commented, “…”" as X\'s quote and never takes "said “All those who…”" for an inverted subject', () => {
    expect(summary('The Times noted the growth. Professor Marc Hill commented, "Hoping that this becomes a national conversation."', [{ name: 'Times', type: 'organization' }, { name: 'Marc Hill' }])).toEqual([
      'reported Times',
      'quote Marc Hill',
    ]);
    expect(summary('Director Suleiman al-Amr, in remarks to the television, said "All those who were wounded have been taken to hospital."', [{ name: 'Suleiman al-Amr' }])).toEqual(['quote Suleiman al-Amr']);
  });

  it('reads "One poster wrote…", "the post by an unknown author" as unnamed sources and "PC World\'s recent analysis concluded" as PC World\'s', () => {
    expect(summary('One poster admitted to being a part of the effort.')).toEqual(['anonymous anon:One poster']);
    expect(summary('An unknown author wrote that the group had been using a tool for weeks.')).toEqual(['anonymous anon:An unknown author']);
    expect(summary('PC World\'s recent analysis of its own traffic concluded, "Internet Explorer is the second browser."')).toEqual(['quote PC World']);
  });

  it('reads "Residents claimed the warnings came too late" (an irregular past after the object) but not "claimed the titles won last year"', () => {
    expect(summary('Residents claimed the warnings came too late.')).toEqual(['anonymous anon:Residents']);
    expect(summary('The team claimed the titles won last year.')).toEqual([]);
  });

  it('gives "Howard Dean, a medical doctor, then appeared on television and said…" to Dean, past the appositive', () => {
    expect(summary('Howard Dean, a medical doctor, then appeared on television and said he would never diagnose anyone.', [{ name: 'Howard Dean' }])).toEqual(['reported Howard Dean']);
  });

  it('reads no claim in "As the name might suggest, …" or "One could argue that…", and gives "Wired Italy reports" to Wired', () => {
    expect(summary('As the name might suggest, QGIS is a Qt application. One could argue that disputes of this sort are proof of it.')).toEqual([]);
    expect(summary('Wired Italy reports that Martino resisted the plans.', [{ name: 'Wired', type: 'organization' }, { name: 'Italy', type: 'place' }, { name: 'Martino' }])).toEqual(['reported Wired']);
  });

  it('gives "Hackaday\'s March story explains" to Hackaday and "A Politico article said" to Politico', () => {
    expect(summary('Hackaday\'s March story explains that the new IDE reports fake boards.')).toEqual(['reported Hackaday']);
    expect(summary('A Politico article said the deal was close.', [{ name: 'Politico', type: 'organization' }])).toEqual(['reported Politico']);
  });

  it('reads "Acme today announced the launch of…" as Acme\'s claim, not "will announce" or "another announced by MOTIE"', () => {
    const acme = [{ name: 'Acme Corp.', type: 'organization' as const, aliases: ['Acme'] }];
    expect(summary('Acme Corp. today announced the launch of Acme Cloud, a platform for small businesses.', acme)).toEqual(['reported Acme Corp.']);
    expect(summary('The administration will announce a new strategy. The plan matches another announced by the ministry in March.')).toEqual([]);
  });

  it('gives "The company expects…" to the company the release is about, not to a quoted customer\'s employer', () => {
    const text = 'Acme Corp. today released Acme Cloud. "It changed how we work," said John Doe, IT director at Beta Inc. The company expects the platform to be available in June.';
    expect(summary(text, [{ name: 'Acme Corp.', type: 'organization' }, { name: 'John Doe' }, { name: 'Beta Inc.', type: 'organization' }])).toEqual(['quote John Doe', 'reported Acme Corp.']);
  });

  it('gives "The actress told reporters…" to no man named before, and "The actor said" to the man of two people named', () => {
    expect(summary('Jeffrey Epstein was arrested in July. The actress told reporters she would sue.', [{ name: 'Jeffrey Epstein' }])).toEqual(['anonymous anon:The actress']);
    expect(summary('Tom Hanks and Jane Fonda arrived on Monday. The actor said he was thrilled.', [{ name: 'Tom Hanks' }, { name: 'Jane Fonda' }])).toEqual(['reported Tom Hanks']);
  });

  it('gives a transcript\'s paragraphs to the person their label names ("PENCE: Well, look…")', () => {
    const text = 'Gov. Mike Pence spoke on Sunday.\nPENCE: Well, look, this is serious business.\nQ: Why?';
    const pence = [{ name: 'Mike Pence', aliases: ['PENCE'] }];
    expect(summary(text, pence)).toEqual(['quote Mike Pence']);
  });

  it('gives "was quoted by Der Spiegel as saying…" to the person quoted, not to the paper or the party before the name', () => {
    const people = [{ name: 'Greens', type: 'group' as const }, { name: 'Ricarda Lang' }, { name: 'Der Spiegel', type: 'organization' as const }];
    const { claims, entities } = claimsOf('The Greens’ co-leader, Ricarda Lang, was quoted by Der Spiegel as saying her party was ready to talk.', people);
    expect(claims.map((c) => [c.text, entities.find((e) => e.id === c.speaker?.entity)?.name])).toEqual([
      ['The Greens’ co-leader, Ricarda Lang, was quoted by Der Spiegel as saying her party was ready to talk.', 'Ricarda Lang'],
    ]);
    expect(summary('Ricarda Lang was cited by Reuters as saying the party was ready.', people.slice(1))).toEqual(['reported Ricarda Lang']);
  });

  it('reads who says what in a headline in title case, the speaker before or after the words, and nothing in other headings', () => {
    const body = '\n\nThe senator spoke to reporters in Washington on Thursday about the race and the economy.';
    const graham = [{ name: 'Lindsey Graham', aliases: ['Graham'] }, { name: 'Trump' }];
    const { claims } = claimsOf(`Lindsey Graham Says Trump Could Address Clean Energy${body}`, graham);
    expect(claims.map((c) => [c.text, c.kind])).toEqual([['Lindsey Graham Says Trump Could Address Clean Energy', 'reported']]);
    expect(claimsOf(`Trump Could Address Clean Energy, Lindsey Graham Warns.${body}`, graham).claims.map((c) => [c.text, c.kind])).toEqual([['Trump Could Address Clean Energy, Lindsey Graham Warns', 'warning']]);
    expect(summary(`Sen. Lindsey Graham Says Trump Could Address Clean Energy${body}`, graham)).toEqual(['reported Lindsey Graham']);
    // Not a name before the verb, nor a heading without one.
    expect(summary(`A Poll Of Voters Who Like Trump Says Clean Energy Matters${body}`, graham)).toEqual([]);
    expect(summary(`Trump And Clean Energy In The Race${body}`, graham)).toEqual([]);
  });

  it('reads a headline that quotes its speaker across a colon ("‘…’: Doug Ford dodges…", and "Johnson: ‘…’" as a fronted source), not a quoted title', () => {
    const body = '\nOntario Premier Doug Ford dodged questions about the inquiry on Wednesday in the legislature.';
    const ford = [{ name: 'Doug Ford', aliases: ['Ford'] }, { name: 'Disney', type: 'organization' as const }];
    const quoted = (text: string): string[][] => claimsOf(text, ford).claims.filter((c) => c.kind === 'quote').map((c) => [c.text, c.speaker?.entity ?? '']);
    expect(quoted(`‘This is a federal inquiry’: Doug Ford dodges questions${body}`)).toEqual([['This is a federal inquiry', 'e1']]);
    expect(quoted(`'This is a federal inquiry': Premier Doug Ford dodges questions${body}`)).toEqual([['This is a federal inquiry', 'e1']]);
    expect(summary('Johnson: ‘We will fight on in the courts’\nBoris Johnson spoke to reporters outside the court on Monday morning.', [{ name: 'Boris Johnson', aliases: ['Johnson'] }])).toEqual(['quote Boris Johnson']);
    // A film's title, and a one-word reaction, quote no one.
    expect(quoted(`‘Frozen Two Returns’: Disney releases its trailer${body}`)).toEqual([]);
    expect(quoted(`‘Brutal’: Doug Ford dodges questions${body}`)).toEqual([]);
  });

  it('reads a headline’s source tag ("… –sources", "…: health ministry", "…, says MEA"), not a credit line or an outlet closing a page title', () => {
    const body = '\nThe fighting went on through the night in the city, residents and officials in the area told reporters on Sunday.';
    expect(summary(`Four militia fighters killed in Baghdad drone strike –sources${body}`)[0]).toBe('anonymous anon:sources');
    expect(summary(`Israel army kills five Palestinians in West Bank raid: health ministry${body}`)[0]).toBe('reported health ministry');
    expect(summary(`Pakistan violated ceasefire along LoC 27 times in twelve days, says MEA${body}`, [{ name: 'MEA', type: 'organization' }])[0]).toBe('reported MEA');
    expect(claimsOf(`Four militia fighters killed in Baghdad drone strike –sources${body}`).claims[0]!.text).toBe('Four militia fighters killed in Baghdad drone strike –sources');
    // Not a credit, nor an outlet's name after a page title's dash.
    expect(summary(`Contributing reporter today: Kristine Phillips${body}`, [{ name: 'Kristine Phillips' }]).length).toBe(1);
    expect(summary(`Four militia fighters killed in Baghdad drone strike - Reuters${body}`, [{ name: 'Reuters', type: 'organization' }]).length).toBe(1);
  });

  it('reads "…, Bloomberg reported on Sunday, citing people familiar with the matter." as the outlet\'s report', () => {
    const actors = [{ name: 'Apple', type: 'organization' as const }, { name: 'Bloomberg', type: 'organization' as const }];
    const { claims, entities } = claimsOf('Apple has pushed back the launch of its hub to 2026, Bloomberg reported on Sunday, citing people familiar with the matter.', actors);
    expect(claims.map((c) => [c.kind, entities.find((e) => e.id === c.speaker?.entity)?.name, c.text.startsWith('Apple has pushed back')])).toEqual([['reported', 'Bloomberg', true]]);
  });

  it('keeps a two-word sentence quoted after the speaker\'s attribution as the speaker\'s words ("“That’s next.”")', () => {
    const text = 'Asked about the complaint, Reba Honaker laughed. “He’s not wrong,” she said. “That’s next.”';
    expect(summary(text, [{ name: 'Reba Honaker' }])).toEqual(['quote Reba Honaker', 'quote Reba Honaker']);
  });

  it('reads "The United States and Britain warned…" as both countries\' words, and keeps "Both" in "Both companies said…"', () => {
    const countries = [{ name: 'United States', type: 'place' as const }, { name: 'Britain', type: 'place' as const }];
    const { claims, entities } = claimsOf('The United States and Britain warned that the ceasefire was fragile.', countries);
    expect(claims.map((c) => [c.text, entities.find((e) => e.id === c.speaker?.entity)?.name, c.speaker?.with?.map((id) => entities.find((e) => e.id === id)?.name)])).toEqual([
      ['The United States and Britain warned that the ceasefire was fragile.', 'United States', ['Britain']],
    ]);
    expect(claimsOf('Both companies said the deal would close in March.').claims.map((c) => [c.text, c.speaker?.name])).toEqual([['Both companies said the deal would close in March.', 'Both companies']]);
  });

  it('gives the second verb of a subordinate clause its own subject when the sentence\'s names no source ("Temperatures soared as authorities closed… and warned…")', () => {
    expect(summary('Temperatures soared as authorities closed ancient sites and warned people to stay indoors.')).toEqual(['anonymous anon:authorities']);
    // The sentence's subject, when it can speak.
    expect(summary('Ann Smith left after Jones arrived and said the deal was dead.', [{ name: 'Ann Smith' }, { name: 'Jones' }])).toEqual(['reported Ann Smith']);
    expect(summary('Smith left after the meeting ended and said the deal was dead.').map((x) => x.includes('meeting'))).toEqual([false]);
  });

  it('reads "projected that…", "recounted that…" and "assured reporters that…" as reported speech, and "projected revenue" as none', () => {
    for (const verb of ['projected', 'recounted', 'assured reporters']) expect(summary(`Ann Lee ${verb} that the plan would fail within a year.`, [{ name: 'Ann Lee' }]), verb).toEqual(['reported Ann Lee']);
    expect(summary('The company projected revenue of $5 billion. A recount was ordered.')).toEqual([]);
  });

  it('reads past a platform\'s former name between commas ("wrote on X, formerly Twitter, that…")', () => {
    for (const aside of ['formerly Twitter', 'formerly known as Twitter']) expect(summary(`Ann Lee wrote on X, ${aside}, that the plan would fail.`, [{ name: 'Ann Lee' }]), aside).toEqual(['reported Ann Lee']);
  });

  it('gives a document\'s finding to the body named in the participle set off after it ("The survey, conducted by Gallup, found…")', () => {
    const bodies = [{ name: 'Gallup', type: 'organization' as const }, { name: 'World Bank', type: 'organization' as const }];
    expect(summary('The survey, conducted by Gallup, found that trust in the media had hit a record low.', bodies)).toEqual(['reported Gallup']);
    expect(summary('The report, which was commissioned by the World Bank, warned that debt levels were rising.', bodies)).toEqual(['warning World Bank']);
  });

  it('leaves a dateline out of the claim that follows it ("HOUSTON, March 3, 2025 /PRNewswire/ -- Northwind … announced that…")', () => {
    const text = 'HOUSTON, March 3, 2025 /PRNewswire/ -- Northwind Energy Inc. today announced that it has agreed to buy SolarPeak.';
    const { claims } = claimsOf(text, [{ name: 'Northwind Energy Inc.', type: 'organization' }]);
    expect(claims.map((c) => c.text)).toEqual(['Northwind Energy Inc. today announced that it has agreed to buy SolarPeak.']);
    const colon = 'THIRUVANANTHAPURAM: At least 30 people have died as heavy rains lashed Kerala, officials said on Sunday.';
    expect(claimsOf(colon, [{ name: 'Thiruvananthapuram', aliases: ['THIRUVANANTHAPURAM'], type: 'place' }]).claims.map((c) => c.text)).toEqual(['At least 30 people have died as heavy rains lashed Kerala, officials said']);
  });

  it('gives an interview\'s answers to the person interviewed: labelled by name in title case, "A:" or not labelled at all', () => {
    const intro = 'Ayesha Rahman has measured glaciers for two decades. Rahman wrote a book with Ana Ruiz.\n';
    const qa = (label: string): string => `${intro}Q: What surprised you?\n${label}The speed of the retreat.\nQ: Do governments understand?\n${label}Some do.\nThe interview has been edited for length and clarity.`;
    const people = [{ name: 'Ayesha Rahman', aliases: ['Rahman'] }, { name: 'Ana Ruiz' }];
    const dotted = (label: string): string => qa(label).replace(/^Q: /gm, 'Q. ');
    for (const text of [qa('Rahman: '), qa('A: '), qa(''), dotted('A. ')]) {
      const { claims, entities } = claimsOf(text, people);
      expect(claims.map((c) => [c.text, entities.find((e) => e.id === c.speaker?.entity)?.name])).toEqual([
        ['The speed of the retreat', 'Ayesha Rahman'],
        ['Some do', 'Ayesha Rahman'],
      ]);
    }
    // One "Q:" line is no interview, nor are two when no one person is named most; a title-case label that names
    // no person is no speaker.
    expect(summary(qa('').replace('Rahman wrote', 'She wrote'), people)).toEqual([]);
    expect(summary(`${intro}Q: What surprised you?\nThe speed of the retreat.`, people)).toEqual([]);
    expect(summary('Update: The council voted on Monday.\nWarning: Roads are closed.')).toEqual([]);
  });

  it('reads "Attendees wrote notes to the boxer" and "used markers to write notes" as no claim: "notes" is the object', () => {
    expect(summary('Attendees wrote notes to the boxer on a paper banner. They used markers to write notes on a banner.')).toEqual([]);
    expect(summary('Ali notes that the plan failed.', [{ name: 'Ali' }])).toEqual(['reported Ali']);
  });

  it('gives "Ali rebuked Trump when the businessman turned politician called for…" to Trump, and reads no "rebuked … for" across the clause', () => {
    const text = 'Ali rebuked Trump in December when the businessman turned politician called for barring all Muslims.';
    expect(summary(text, [{ name: 'Ali' }, { name: 'Trump' }])).toEqual(['position Trump']);
  });

  it('gives "The Florida senator" to the senator named with Florida before, and "Stacy Baker, of Columbia, South Carolina says" to Baker', () => {
    const rubio = [{ name: 'Marco Rubio', role: 'Senator' }];
    expect(summary('Florida Sen. Marco Rubio spoke on Monday. The Florida senator said he would win.', rubio)).toEqual(['reported Marco Rubio']);
    // Or with the state after the name.
    const two = [{ name: 'Ted Cruz', role: 'Senator' }, { name: 'Ann Kerr', role: 'Senator' }];
    expect(summary('Sen. Ted Cruz of Texas and Sen. Ann Kerr (D-Ohio) spoke on Monday. The Texas senator said he would win. The Ohio senator said she would not.', two)).toEqual(['reported Ted Cruz', 'reported Ann Kerr']);
    expect(summary('Stacy Baker, of Columbia, South Carolina says she thinks Cruz can win.', [{ name: 'Stacy Baker' }, { name: 'Columbia, South Carolina', type: 'place' }])).toEqual(['reported Stacy Baker']);
  });

  it('finds the subject past an aside between dashes, past a name with no comma after a fronted phrase, and in a description of two roles', () => {
    const people = [{ name: 'Bernie Sanders', aliases: ['Sanders'] }, { name: 'Wyoming', type: 'place' as const }, { name: 'Donald Trump', aliases: ['Trump'] }, { name: 'Washington Post', type: 'organization' as const }, { name: 'Marco Rubio', role: 'Senator' }];
    expect(summary('In a victory speech from Wyoming -- which holds a caucus on Saturday -- Sanders claimed momentum.', people)).toEqual(['reported Bernie Sanders']);
    expect(summary('In a meeting with the editorial board of the Washington Post Trump said that NATO was obsolete.', people)).toEqual(['reported Donald Trump']);
    // A name closing a run of title words, complement and all.
    expect(summary('Palm Beach County Supervisor of Elections Susan Bucher said that voters were turned away.', [{ name: 'Susan Bucher', role: 'Supervisor of Elections' }, { name: 'Palm Beach County', type: 'place' as const }])).toEqual(['reported Susan Bucher']);
    // The person seen or heard right before a participle.
    expect(summary('The ad then cuts to footage of Trump saying, “You have to give them a path.”', people)).toEqual(['quote Donald Trump']);
    // A name closing the phrase after a word that opens a clause.
    expect(summary('The statement conflicted with what Melania Trump told NBC News on Monday.', [{ name: 'Melania Trump' }, { name: 'NBC News', type: 'organization' }])).toEqual(['reported Melania Trump']);
    expect(summary('Leaders used blunt language to denounce what Australian Prime Minister Malcolm Turnbull said was a provocation.', [{ name: 'Malcolm Turnbull', role: 'Prime Minister' }])).toEqual(['reported Malcolm Turnbull']);
    expect(summary('Florida Sen. Marco Rubio spoke. "We must act now," the Florida senator and Republican presidential candidate said in a statement.', people)).toEqual(['quote Marco Rubio']);
  });

  it('gives "Trump thanked Ann Lee, who said…" and "no mention of Jeb Bush, who announced…" to the person before "who"', () => {
    const people = [{ name: 'Donald Trump', aliases: ['Trump'] }, { name: 'Ann Lee' }, { name: 'Jeb Bush' }];
    expect(summary('Trump thanked Ann Lee, who said she was proud. Trump made no mention of Jeb Bush, who announced he is quitting.', people)).toEqual(['reported Ann Lee', 'reported Jeb Bush']);
  });

  it('resolves "he" past "Asked on Fox News…, he said Ryan." and after "…, Cole said.", and "it" to the organisation the sentence before is about', () => {
    const people = [{ name: 'Donald Trump', aliases: ['Trump'] }, { name: 'Paul Ryan', aliases: ['Paul', 'Ryan'] }, { name: 'Tom Cole', aliases: ['Cole'] }];
    expect(summary('Trump eased his tone. Asked on Fox News who leads the party, he said Ryan. “I would say Paul for now,” he said.', people)).toEqual(['reported Donald Trump', 'quote Donald Trump']);
    expect(summary('Yet Trump is also a “change agent,” Cole said. “It seems to me they have every incentive,” he said.', people)).toEqual(['reported Tom Cole', 'quote Tom Cole']);
    const firms = [{ name: 'Emirates', type: 'organization' as const }, { name: 'Boeing', type: 'organization' as const }, { name: 'Tim Clark' }];
    expect(summary('Tim Clark said the airline would grow. Emirates had a fleet of 270 aircraft. In addition to its order of 30 Boeing jets, it announced an order of 50 Airbus jets.', firms)).toEqual(['reported Tim Clark', 'reported Emirates']);
  });

  it('reads "the most state contests" and "758 pledged delegates" as nouns and adjectives, and keeps "The rules state that…"', () => {
    expect(summary('Trump so far has won the most state contests. He has won 758 pledged delegates.')).toEqual([]);
    expect(summary('The rules state that delegates are free.')).toEqual(['reported The rules']);
  });

  it('keeps "X said that while polling showed…, the numbers rose" one claim of X, and "…, while officials warned…" a claim of its own', () => {
    const text = 'Christopher Shelton said that while polling of his members showed Mr. Trump lagging, the numbers were rising. The school would close while officials warned of a storm.';
    expect(summary(text, [{ name: 'Christopher Shelton' }, { name: 'Mr. Trump' }])).toEqual(['reported Christopher Shelton', 'anonymous anon:officials']);
  });

  it('ends a claim inside a fronted subordinate clause at its comma, and gives the main clause its own speaker', () => {
    const actors = [{ name: 'Mr. Trump' }, { name: 'Kathleen Hawk Sawyer' }];
    expect(summary('While business leaders push for free trade, Mr. Trump has rallied thousands by promising to impose tariffs.', actors)).toEqual(['anonymous anon:business leaders', 'reported Mr. Trump']);
    expect(summary('Although officials said the plan would work, critics disagreed.')).toEqual(['anonymous anon:officials']);
    const text = 'Although representatives of the family suggested he may have been murdered, Hawk Sawyer told lawmakers no evidence supports anything other than suicide.';
    const { claims } = claimsOf(text, actors);
    expect(claims.map((c) => text.slice(c.start, c.end))).toEqual(['representatives of the family suggested he may have been murdered', 'Hawk Sawyer told lawmakers no evidence supports anything other than suicide.']);
    // An attribution that interrupts the conditional it reports keeps it whole.
    expect(claimsOf('If the vote passes, the governor said, the plan will start.', []).claims.map((c) => c.kind)).toEqual(['anonymous']);
  });

  it('reads a poll’s shares of respondents and a plural subject before "also" as sources of "say"', () => {
    const text = 'One in five say that will not be true. Nearly nine out of 10 say they will need new skills. Just shy of half, 49%, say the economy improved. Those surveyed say jobs come first. Outside experts also say the plans fall short.';
    expect(summary(text)).toEqual(['anonymous anon:One in five', 'anonymous anon:Nearly nine out of 10', 'anonymous anon:Just shy of half', 'anonymous anon:Those surveyed', 'anonymous anon:Outside experts']);
    expect(summary('The surveyed say.')).toEqual([]);
  });

  it('reads a company’s reported results as its claim, and no claim in "well below what analysts expected"', () => {
    const firms = [{ name: 'Exxon Mobil', type: 'organization' as const }, { name: 'Amazon', type: 'organization' as const }];
    const text = 'Exxon Mobil fell. The company reported its smallest quarterly profit in 17 years, well below what analysts expected. Amazon reported it sold $30.4 billion in goods. Amazon reported earnings of $1.78 a share.';
    expect(summary(text, firms)).toEqual(['reported Exxon Mobil', 'reported Amazon', 'reported Amazon']);
    expect(summary('The profit was well below what analysts expected.')).toEqual([]);
  });

  it('finds the named person after "said his best friend at Lehigh," and past a quoted name inside an appositive', () => {
    const text = '“It was his first attempt,” said his best friend at Lehigh, Bruce Turry, who spoke fondly of him. “We have had better conventions,” Texas delegate Bill Eastland, wearing “Ted Cruz” pins, said matter-of-factly.';
    expect(summary(text, [{ name: 'Bruce Turry' }, { name: 'Bill Eastland' }, { name: 'Ted Cruz' }])).toEqual(['quote Bruce Turry', 'quote Bill Eastland']);
    // A possessive after a comma opens what was said: "…, said his survey showed…".
    expect(summary('Another pollster, David Woodard of Clemson University, said his survey showed a shift.', [{ name: 'David Woodard' }])).toEqual(['reported David Woodard']);
  });

  it('reads "“…,” agrees Michelle Stevens, 30," as her quotation', () => {
    const text = 'Diana Ruocco said the dream lives. "Our ideas of success are different," agrees Michelle Stevens, 30, of Gainesville, Fla.';
    expect(summary(text, [{ name: 'Diana Ruocco' }, { name: 'Michelle Stevens' }])).toEqual(['reported Diana Ruocco', 'quote Michelle Stevens']);
  });

  it('reads "Labor leaders point out that…", "Leading Democrats say…" and "said a strategist for one of these candidates"', () => {
    expect(summary('Labor leaders point out that Mr. Trump could draw union voters.')).toEqual(['anonymous anon:Labor leaders']);
    expect(summary('Leading Democrats say that this time is different.', [{ name: 'Democrats', type: 'group' }])).toEqual(['reported Democrats']);
    expect(summary('“I think it’s coming,” said a strategist for one of these candidates, speaking on the condition of anonymity.')).toEqual(['anonymous anon:a strategist for one of these candidates']);
    expect(summary('“It is over,” said one of the aides.')).toEqual(['anonymous anon:one of the aides']);
  });

  it('reads a short clause before "he said," as what was said, and a pronoun after "says" as the start of what was said', () => {
    const actors = [{ name: 'Amadou Magassa' }, { name: 'Trump' }];
    const text = 'Amadou Magassa sold water. Sales were great, he said, wiping sweat off his face. In an interview aired on Tuesday night, Trump says he is a counterpuncher who hits back.';
    const { claims } = claimsOf(text, actors);
    expect(claims.map((c) => text.slice(c.start, c.end))).toEqual(['Sales were great, he said', 'Trump says he is a counterpuncher who hits back.']);
    // Not a fronted adverbial: "Too often, Mr. Clarke said, the debate…" reports what follows.
    const adverbial = 'Too often, Mr. Clarke said, the debate over coal is infected with tribalism.';
    expect(claimsOf(adverbial, [{ name: 'Mr. Clarke' }]).claims.map((c) => adverbial.slice(c.start, c.end))).toEqual(['Mr. Clarke said, the debate over coal is infected with tribalism.']);
  });

  it('resolves "he"/"she" to the subject named past a title’s place, an owner’s role or a contraction', () => {
    const people = [{ name: 'Bernie Sanders' }, { name: 'Jeff Weaver' }, { name: 'Ed Rendell' }, { name: 'Mattie Thomas' }, { name: 'Pennsylvania', type: 'place' as const }];
    const text =
      'Bernie Sanders spoke. After the results were in, Sanders’s campaign manager, Jeff Weaver, appeared on MSNBC. He also said that if Sanders gets close, he will flip superdelegates. ' +
      'Former Pennsylvania governor Ed Rendell, a Clinton supporter, praised Sanders for what he has done, but he said the time is coming. ' +
      '"It is about age," said Mattie Thomas, 66. She’s a Sanders supporter but concedes that her peers love the Clintons.';
    expect(summary(text, people)).toEqual(['reported Jeff Weaver', 'reported Ed Rendell', 'reported Ed Rendell', 'quote Mattie Thomas', 'reported Mattie Thomas']);
  });

  it('finds the subject after a long fronted clause ("Although it was far from the last word to be said about…, Attorney General Loretta Lynch…")', () => {
    const text = 'Although it was far from the last word to be said about Democratic presidential candidate Hillary Clinton’s email scandal, Attorney General Loretta Lynch took the last step. “Late this afternoon, I met with the director,” she said.';
    expect(summary(text, [{ name: 'Hillary Clinton' }, { name: 'Loretta Lynch' }])).toEqual(['quote Loretta Lynch']);
  });

  it('reads no claim in "could not be said for", a handle after "tweets", "denied Carter a photograph", "more incendiary remarks" or "a lead in pledged delegates"', () => {
    const actors = [{ name: 'Peter Morici' }, { name: 'Edward Kennedy' }, { name: 'Jimmy Carter' }, { name: 'Donald Trump' }];
    const text = 'Peter Morici is an economist. He tweets @pmorici1. The same could not be said for Rakeem Jones. Much has been said about the deal. Edward Kennedy denied Carter a final-night photograph of unity. Mr. Trump’s more incendiary remarks have left many Republicans uneasy. Clinton has a lead in pledged delegates.';
    expect(summary(text, actors)).toEqual([]);
    expect(summary('Edward Kennedy denied the report.', actors)).toEqual(['reported Edward Kennedy']);
  });

  it('gives "his campaign manager, Jeff Weaver, says" to the name in apposition, not to a later deputy campaign manager', () => {
    const text = 'Sanders won again. Earlier Tuesday, his campaign manager, Jeff Weaver, says his streak is proof. "The numbers don’t add up," said Steve Elmendorf, deputy campaign manager for John Kerry.';
    expect(summary(text, [{ name: 'Jeff Weaver' }, { name: 'Steve Elmendorf', role: 'deputy campaign manager' }, { name: 'John Kerry' }])).toEqual(['reported Jeff Weaver', 'quote Steve Elmendorf']);
  });

  it('gives a participle the sentence’s subject, not a place qualifying its role ("The Vermont senator emailed supporters saying: “…”", "A New York judge …, saying…")', () => {
    const actors = [{ name: 'Bernie Sanders' }, { name: 'Vermont', type: 'place' as const }, { name: 'New York', type: 'place' as const }, { name: 'Donald Trump' }];
    const text = 'Bernie Sanders met Obama. It was unclear whether Sanders would follow. The Vermont senator emailed supporters saying: “The struggle continues.”';
    expect(summary(text, actors)).toEqual(['quote Bernie Sanders']);
    const judge = 'Donald Trump’s divorce file stays sealed. A New York judge has rejected a media request, saying the courts have no business deciding it.';
    expect(summary(judge, actors)).toEqual(['anonymous anon:A New York judge']);
  });

  it('reads "criticized Mr. Trump for…" past the title’s full stop, and "X, the speaker, on Tuesday said" as X’s', () => {
    const actors = [{ name: 'Paul Ryan' }, { name: 'Mr. Trump' }];
    expect(summary('Rival Republican candidates have long criticized Mr. Trump for once holding liberal views.', actors)).toEqual(['anonymous anon:Rival Republican candidates']);
    expect(summary('Paul Ryan, the speaker, on Tuesday said the comments were racist.', actors)).toEqual(['reported Paul Ryan']);
  });

  it('reads "said a source close to the campaign", "remarking that…" and "blamed George W. Bush for…"', () => {
    const actors = [{ name: 'Bill Clinton' }, { name: 'Donald Trump' }, { name: 'China', type: 'place' as const }, { name: 'Keith Hutto' }, { name: 'George W. Bush' }];
    const text = 'Bill Clinton — often the easiest person to provoke — has been “very worked up about it,” said a source close to the campaign. Donald Trump pointed to China as the regional enforcer, remarking that the U.S. should be tougher. Keith Hutto, a plumbing contractor, blamed George W. Bush for the housing bust.';
    expect(summary(text, actors)).toEqual(['anonymous anon:a source close to the campaign', 'reported Donald Trump', 'reported Keith Hutto']);
  });

  it('reads "revealed its polling shows…" as one claim of the revealer', () => {
    expect(summary('The committee recently revealed its polling shows Trump crushing Rubio.', [{ name: 'Trump' }, { name: 'Rubio' }])).toEqual(['reported The committee']);
  });

  it('reads a name and its appositive after "said" as the start of what was said, not a post-posed tail', () => {
    const text = 'Wednesday at the CNN Democratic presidential debate, candidate Hillary Clinton said Patricia Smith, the mother of Sean Smith, who died in the 2012 attack is “absolutely wrong”.';
    const { claims } = claimsOf(text, [{ name: 'Hillary Clinton' }, { name: 'Patricia Smith' }, { name: 'Sean Smith' }]);
    expect(claims.map((c) => text.slice(c.start, c.end))).toEqual(['candidate Hillary Clinton said Patricia Smith, the mother of Sean Smith, who died in the 2012 attack is “absolutely wrong”.']);
  });

  it('reads "so many Republican claims" as a noun after a plural quantifier, and keeps "Many Republicans claim that…"', () => {
    const actors = [{ name: 'Aaron Sharockman' }];
    expect(summary('Aaron Sharockman responded that the website cites so many Republican claims as inaccurate because they lack context.', actors)).toEqual(['reported Aaron Sharockman']);
    expect(summary('Several warns went unheeded.')).toEqual([]);
    expect(summary('Many Republicans claim that the vote was rigged.')).toEqual(['anonymous anon:Many Republicans']);
  });

  it('gives "The influential delegate and conservative activist, who backs Cruz, warned…" to the person quoted before, never to Cruz', () => {
    const text = '“They want to change the rules,” Morton Blackwell, the committeeman from Virginia, told AFP. The influential delegate and conservative activist, who backs Cruz, warned of a battle.';
    expect(summary(text, [{ name: 'Morton Blackwell' }, { name: 'Cruz' }])).toEqual(['quote Morton Blackwell', 'warning Morton Blackwell']);
  });

  it('reads "The New York Post reports that…" (a name, not the verb "post" before a noun), starts "Johnnie Wilson, of Springfield, Va., said" at the name, and reads no claim in "a curfew was announced"', () => {
    expect(summary('The New York Post reports that her team avoided the hospital.', [{ name: 'New York Post', type: 'organization' }])).toEqual(['reported New York Post']);
    const text = 'Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam.';
    const { claims } = claimsOf(text, [{ name: 'Johnnie Wilson' }, { name: 'Springfield, Va.', type: 'place' }]);
    expect(claims.map((c) => text.slice(c.start, c.start + 14))).toEqual(['Johnnie Wilson']);
    expect(summary('Although a curfew was announced from midnight, authorities did not enforce it.')).toEqual([]);
    expect(summary('The game was first announced in 2012, with a glitzy teaser trailer released in 2013.')).toEqual([]);
  });

  it('gives "went on to say", "continue to warn", "was quick to point out" the subject of the verb group, and keeps "declined to say" no claim', () => {
    const text = 'Rush Limbaugh spoke on Friday. He went on to say that some Democrats are mad. Republicans continue to warn that the deal was a mistake. Limbaugh was quick to point out that the debate would happen. Officials declined to say how many were hurt.';
    expect(summary(text, [{ name: 'Rush Limbaugh', aliases: ['Limbaugh'] }])).toEqual(['reported Rush Limbaugh', 'anonymous anon:Republicans', 'reported Rush Limbaugh']);
  });

  it('reads a press release’s "is pleased to announce…" as the company’s claim, but not "will announce"', () => {
    const acme = [{ name: 'Acme Corp', type: 'organization' as const }];
    expect(summary('Acme Corp is pleased to announce that it has completed the acquisition of Beta Inc.', acme)).toEqual(['reported Acme Corp']);
    expect(summary('Acme Corp is proud to announce the completion of the patent transfer.', acme)).toEqual(['reported Acme Corp']);
    expect(summary('Acme Corp will announce its results on Monday.', acme)).toEqual([]);
  });

  it('reads an attribution post-posed after a short clause, or before a long setting or a comment on the clause', () => {
    const actors = [{ name: 'Congressional Budget Office', type: 'organization' as const }, { name: 'Isaac Boltansky' }, { name: 'Compass Point', type: 'organization' as const }];
    const text = 'Deficits will rise, the Congressional Budget Office reported on Tuesday -- a development that injects new questions into the race. “We believe the bashing will lead to policies,” Isaac Boltansky, an analyst at Compass Point, wrote in a note to investors.';
    const { claims } = claimsOf(text, actors);
    expect(claims.map((c) => `${c.speaker?.name} | ${text.slice(c.start, c.end)}`)).toEqual([
      'Congressional Budget Office | Deficits will rise, the Congressional Budget Office reported',
      'Isaac Boltansky | “We believe the bashing will lead to policies,” Isaac Boltansky, an analyst at Compass Point, wrote',
    ]);
    expect(summary('In March 2015, the agency reported to Congress.')).toEqual([]);
    expect(summary('Cruz said he would win, hinting at his playbook for locking down the nomination.', [{ name: 'Cruz' }])).toEqual(['reported Cruz']);
  });

  it('reads a poll’s share in per cent or as a hyphenated fraction, and "people I’ve spoken with", as unnamed sources', () => {
    const text = 'In the survey, 42% say they are liberal. Millennials see a problem, and three-fourths say the police should wear cameras. Several people I’ve spoken with said the host had advised him. Several people I’ve spoken with over the last couple of weeks said the host had advised him.';
    expect(summary(text)).toEqual(['anonymous anon:42%', 'anonymous anon:three-fourths', 'anonymous anon:Several people', 'anonymous anon:Several people']);
  });

  it('ends a claim inside a fronted "While…," clause past a title’s full stop and an aside of examples', () => {
    const text = 'While many Republicans, like Mr. Ryan, continued to affirm their support for Mr. Trump, others appeared ready to abandon him.';
    const { claims } = claimsOf(text, [{ name: 'Mr. Ryan' }, { name: 'Mr. Trump' }]);
    expect(claims.map((c) => text.slice(c.start, c.end))).toEqual(['many Republicans, like Mr. Ryan, continued to affirm their support for Mr. Trump']);
  });

  it('finds the name before an age and a relative clause, "added his campaign manager X" after a quotation, and a subject before "a month later"', () => {
    const actors = [{ name: 'Woodrow Benford' }, { name: 'Sanders' }, { name: 'Jeff Weaver' }, { name: 'Carly Fiorina', aliases: ['Fiorina'] }];
    const text = 'Woodrow Benford, 58, who lives outside Minneapolis, says he didn’t know much about Sanders before he announced his bid. “We are going to start chipping away at the lead,” added his campaign manager Jeff Weaver, speaking to CNN. When Fiorina a month later announced that 6,000 jobs would go, workers felt betrayed.';
    expect(summary(text, actors)).toEqual(['reported Woodrow Benford', 'quote Jeff Weaver', 'reported Carly Fiorina']);
    expect(summary('Marchand added his seventh goal.')).toEqual([]);
  });

  it('gives a participle after "One month after" the main clause’s subject, without its adverb', () => {
    const text = 'One month after announcing his support for Donald Trump, Marco Rubio still believes that the nominee is unfit.';
    expect(summary(text, [{ name: 'Donald Trump' }, { name: 'Marco Rubio' }])).toEqual(['reported Marco Rubio', 'position Marco Rubio']);
  });

  it('reads "as X reported" as X vouching for the clause it sets off, before or after it', () => {
    const actors = [{ name: 'The Times', type: 'organization' as const }, { name: 'Breitbart', type: 'organization' as const }, { name: 'Hedrick Smith' }, { name: 'Mr. Ailes' }];
    const text = 'Questions remain, given that, as The Times reported on Saturday, he has already emerged as an adviser. Mr. Hannity backed Mr. Ailes, as Breitbart reported a few days later. In the Soviet Union, as Hedrick Smith reported in his book, the big shots had country houses.';
    const { claims, entities } = claimsOf(text, actors);
    expect(claims.map((c) => `${entities.find((e) => e.id === c.speaker?.entity)?.name} | ${text.slice(c.start, c.end)}`)).toEqual([
      'The Times | as The Times reported on Saturday, he has already emerged as an adviser',
      'Breitbart | Mr. Hannity backed Mr. Ailes, as Breitbart reported',
      'Hedrick Smith | In the Soviet Union, as Hedrick Smith reported in his book, the big shots had country houses',
    ]);
    expect(summary('He uses tools such as Reuters reported.', [{ name: 'Reuters', type: 'organization' }])).toEqual([]);
  });

  it('reads a bare quantifier ("Some accused…", "Others argued…") and a plural subject before an appositive or a participle as unnamed sources', () => {
    const text = 'Some accused Trump of inciting violence. His critics in the United States, many of them conservative Catholics, argue that Francis is a political pope. But Republican activists clamoring to block Trump say they are in the midst of a bump.';
    expect(summary(text, [{ name: 'Trump' }, { name: 'Francis' }])).toEqual(['anonymous anon:Some', 'anonymous anon:His critics in the United States', 'anonymous anon:Republican activists clamoring to block Trump']);
    // A noun after a quantifier, a free relative, a coordination and a past verb are none of these.
    expect(summary('Some advocates for stem cell research said that overlooked the benefits.')).toEqual(['anonymous anon:Some advocates for stem cell research']);
    expect(summary('It came ahead of what many expect to be a soft interview.')).toEqual([]);
    expect(summary('Images of bullet casings left on the ground afterwards, as well as the resulting high death toll, indicate that they used live ammunition.')).toEqual([]);
    expect(summary('In his address, Obama hailed signs of hope.', [{ name: 'Obama' }])).toEqual([]);
  });

  it('reads "wrote the agents knew…" as a clause written, and "wrote the programs that…" as none', () => {
    expect(summary('Byrne also wrote the agents knew to brace for the eruptions.', [{ name: 'Byrne' }])).toEqual(['reported Byrne']);
    expect(summary('Hamilton wrote the specific programs that revealed the signatures of chaos.', [{ name: 'Hamilton' }])).toEqual([]);
  });

  it('looks past sentences of quoted words for the subject "he" refers to', () => {
    const actors = [{ name: 'Paul Ryan', aliases: ['Ryan'] }, { name: 'Donald Trump', aliases: ['Trump'] }, { name: 'Jake Tapper' }];
    const text = '“Well, I’m just not ready to do that at this point,” Ryan told Jake Tapper about extending his support to Trump. “I’m not there right now. And I hope to, though.” It was a partial reversal for the Wisconsin Republican, who had pledged to support the nominee. He said on Thursday that Trump needs to do more work.';
    expect(summary(text, actors).pop()).toBe('reported Paul Ryan');
  });

  it('takes the name after an owner’s role qualified by a place as the subject "he" refers to ("Trump’s Indiana chairman, Rex Early, …")', () => {
    const actors = [{ name: 'Donald Trump', aliases: ['Trump'] }, { name: 'Rex Early' }, { name: 'Indiana', type: 'place' as const }];
    const text = 'Donald Trump won. Trump’s Indiana chairman, Rex Early, a former state party chairman who just signed on to Trump’s team last weekend, said he had not explored the process. He said he intends to pursue a slot.';
    expect(summary(text, actors)).toEqual(['reported Rex Early', 'reported Rex Early']);
  });

  it('follows "he" through a sentence where "he" comes before any person named ("…, he noted, so…whether Trump…")', () => {
    const actors = [{ name: 'Bill Bruch', aliases: ['Bruch'] }, { name: 'Donald Trump', aliases: ['Trump'] }];
    const text = 'Bill Bruch said he called earlier this month. Bruch said he is prepared to challenge any attempt. But during roll call votes, states are called alphabetically, he noted, so it may be clear whether Trump will be the nominee by then. He said states like California will clarify the situation first.';
    expect(summary(text, actors).pop()).toBe('reported Bill Bruch');
  });

  it('keeps a contracted auxiliary out of the subject, and reads no claim in a demonstrative "that" or "on a giddy note"', () => {
    const text = 'The nominee and his aides haven’t said much about how he is preparing.';
    expect(summary(text)).toEqual(['anonymous anon:The nominee and his aides']);
    expect(summary('Trump hasn’t found the way to do that, at least so far.', [{ name: 'Trump' }])).toEqual([]);
    expect(summary('His emotions overtook him by the time he said that.')).toEqual([]);
    expect(summary('Fiorina ended her meeting with the nine directors on a giddy note of conquest.', [{ name: 'Fiorina' }])).toEqual([]);
    // "said that, once you use it, …" still opens a clause; "a third say" is a poll's share.
    expect(summary('Steve Jobs said that, once you use it, “you can’t go back.” In the poll, a third say they don’t know.', [{ name: 'Steve Jobs' }])).toEqual(['quote Steve Jobs', 'anonymous anon:a third']);
  });

  it('reads past a title’s full stop after the verb, and a longer setting after a quotation, as the attribution’s own', () => {
    const actors = [{ name: 'Microsoft', type: 'organization' as const }, { name: 'Mr. Weiner' }, { name: 'Bob Vander Plaats', aliases: ['Mr. Vander Plaats'] }, { name: 'Mr. Cruz' }];
    const text = 'Following the lead of Alphabet, which gave autonomy to the firms it acquired, Microsoft promised Mr. Weiner that he could run LinkedIn as an independent entity. ‘‘We have been praying for unity,’’ Mr. Vander Plaats said in introducing Mr. Cruz on the first day of a bus tour of Iowa last week.';
    const { claims } = claimsOf(text.replace(/‘‘|’’/g, "''"), actors);
    expect(claims.map((c) => `${c.kind} ${c.speaker?.name} | ${c.text.slice(0, 30)}`)).toEqual(['reported Microsoft | Microsoft promised Mr. Weiner ', "quote Bob Vander Plaats | ''We have been praying for uni"]);
  });

  it('reads "the nonpartisan Congressional Budget Office reported" as a post-posed source, not an object relative, and a subject after "There,"', () => {
    const actors = [{ name: 'Congressional Budget Office', type: 'organization' as const }, { name: 'Chuck Williams' }];
    const text = 'Deficits will end this year, sooner than expected, the nonpartisan Congressional Budget Office reported on Tuesday -- a development that raises questions. There, the district Chairman Chuck Williams declined to name the delegates but said one was an avowed supporter.';
    expect(summary(text, actors)).toEqual(['reported Congressional Budget Office', 'reported Chuck Williams']);
  });

  it('reads a statement noun owned by a pronoun, a common noun, or a name with a time setting before "that"', () => {
    const actors = [{ name: 'Marcel Lazar', aliases: ['Lazar'] }, { name: 'Donald Trump', aliases: ['Trump'] }];
    const text = 'Marcel Lazar was extradited. Lazar repeated his claim that he had done so. Clinton attacked Trump’s statement earlier this year that women should be punished. Aides disputed the campaign’s claim that the polls were wrong.';
    const { claims, entities } = claimsOf(text, actors);
    expect(claims.map((c) => `${c.speaker?.entity ? entities.find((e) => e.id === c.speaker!.entity)!.name : `anon:${c.speaker?.name}`} | ${text.slice(c.start, c.end).slice(0, 20)}`)).toEqual([
      'Marcel Lazar | his claim that he ha',
      'Donald Trump | Trump’s statement ea',
      'anon:Aides | Aides disputed the c',
    ]);
    expect(summary('The campaign’s claim that was filed last week failed.')).toEqual([]);
  });

  it('reads "Even before…," as a fronted phrase, not a clause an attribution is post-posed to, and "Francis’ remarks" as a noun', () => {
    const text = "Even before Francis' remarks about him, Mr. Trump had criticized the pope as a political person.";
    const { claims } = claimsOf(text, [{ name: 'Francis' }, { name: 'Mr. Trump' }]);
    expect(claims.map((c) => `${c.speaker?.name} | ${text.slice(c.start, c.end)}`)).toEqual(['Mr. Trump | Mr. Trump had criticized the pope as a political person.']);
  });

  it('reads no block quotation of the source named above a section heading', () => {
    const actors = [{ name: 'Richard Locksley', aliases: ['Locksley'] }];
    const text = 'This system, says Richard Locksley, an immunologist, helps direct a response to dangers.\nNot Merely Taste and Smell Receptors\nOne of life’s fundamental challenges is to find food. Outside of our modern world of prepackaged food, it is a perilous task.';
    expect(summary(text, actors)).toEqual(['reported Richard Locksley']);
  });

  it('reads two names before the institution they are at, past the comma inside its name ("…of the University of California, Berkeley suggest")', () => {
    const actors = [{ name: 'Stephen S. Cohen' }, { name: 'J. Bradford DeLong' }, { name: 'University of California, Berkeley', type: 'organization' as const }];
    const text = 'In their book, Stephen S. Cohen and J. Bradford DeLong of the University of California, Berkeley suggest that it was the fault of policy. Suggest nothing.';
    expect(summary(text, actors)).toEqual(['reported J. Bradford DeLong']);
  });

  it('reads a fronted participle clause as the setting, never as what a post-posed attribution reports, but keeps a gerund subject', () => {
    const actors = [{ name: 'Rex Early', aliases: ['Early'] }, { name: 'Cristina Gil', aliases: ['Gil'] }];
    const text = 'Informed of the local district’s lean, Early described it as “news to me.” Working at the lab is more rewarding than her old job, Gil told me.';
    const { claims } = claimsOf(text, actors);
    expect(claims.map((c) => text.slice(c.start, c.end))).toEqual(['Early described it as “news to me.”', 'Working at the lab is more rewarding than her old job, Gil told']);
  });

  it('reads "revealed plans to…" as a claim of the one who revealed them, and "revealed its plans." as none', () => {
    const actors = [{ name: 'Tim Clark', aliases: ['Clark'] }];
    expect(summary('Clark in October revealed lofty plans to expand the fleet by 30% by the end of 2025.', actors)).toEqual(['reported Tim Clark']);
    expect(summary('Clark revealed his plans.', actors)).toEqual([]);
  });

  it('gives an embedded post to the name or organisation its signature line names, and no more than the post', () => {
    const actors = [{ name: 'Jose Mourinho', aliases: ['Mourinho'] }, { name: 'West Ham', type: 'organization' as const }];
    const text = 'Mourinho was appointed on Wednesday.\nHis first match in charge will be away to West Ham on Saturday.\nI can’t thank this man enough. Good luck my friend. pic.twitter.com/dUO6AJlMxR\n— Dele (@dele_official) November 19, 2019';
    const { claims } = claimsOf(text, actors);
    expect(claims.map((c) => `${c.kind} ${c.speaker?.name} | ${text.slice(c.start, c.end).slice(0, 25)}`)).toEqual(['quote Dele | I can’t thank this man en']);
  });

  it('reads no attribution set off by commas in a temporal clause ("…, after the interview concluded, Maher stated…")', () => {
    const text = 'Later in the show, after the Sanders interview concluded, Maher stated of the scandal that the report “wasn’t good.”';
    expect(summary(text, [{ name: 'Maher' }, { name: 'Sanders' }])).toEqual(['quote Maher']);
  });

  it('gives "by pointing out that…" and "…, pointing out that…" the clause’s subject, not the object before it', () => {
    const actors = [{ name: 'Sanders' }, { name: 'Donald Trump' }];
    const text = 'Sanders dismissed the charges by pointing out that she had not always looked so fondly on the president. Donald Trump went with the odds, pointing out that North Carolina would win.';
    expect(summary(text, actors)).toEqual(['reported Sanders', 'reported Donald Trump']);
  });

  it('reads "said a person familiar with the plan", "says a source involved in its creation" as unnamed sources, named whole', () => {
    const text = 'Robert Mercer is launching a super PAC. “We will win the state,” said a person familiar with the plan. “It is a way to participate,” says a source involved in the super PAC’s creation.';
    const { claims } = claimsOf(text, [{ name: 'Robert Mercer' }]);
    expect(claims.map((c) => `${c.kind} ${c.speaker?.name}`)).toEqual(['anonymous a person familiar with the plan', 'anonymous a source involved in the super PAC’s creation']);
  });

  it('finds the subject before two relative clauses joined by "and" ("a worshipper who prayed there and who didn’t want to be named said")', () => {
    const text = 'A man who prayed at the mosque here and who didn’t want to be named said he heard the gunman talk of immorality.';
    expect(summary(text)).toEqual(['anonymous anon:A man']);
  });
});

describe('nouns that look like verbs of speech', () => {
  it('reads an -s form after a number, a preposition or before an auxiliary as a plural noun ("the 35 states that…", "in hopes turnout…")', () => {
    const text =
      'And he vowed to take the fight to the 35 states that would have not yet voted. In many ways, states have become a front in the battle. The convention rules may be moot if the tide keeps lifting Trump. Some supporters stayed home in hopes turnout would drop.';
    const cues = claimsOf(text, [{ name: 'Trump' }]).claims.flatMap((c) => (c.cues ?? []).map((q) => text.slice(q.start, q.end)));
    expect(cues.filter((c) => /^(?:states|rules|hopes)$/.test(c))).toEqual([]);
  });

  it('reads an -s form after a number word or an -ing adjective, and a participle after an amount, as no verb ("the dozen states that…", "the scathing remarks delivered by…", "75,000 pledged for this year")', () => {
    const text =
      'Strong showings in the dozen states that held primaries Tuesday strengthened the prospect of a fight. Richard Cross wrote that he penned the scathing remarks delivered by Patricia Smith. Coca Cola’s funding dropped from 660,000 dollars four years ago to just 75,000 pledged for this year.';
    const cues = claimsOf(text, [{ name: 'Richard Cross' }, { name: 'Patricia Smith' }]).claims.flatMap((c) => (c.cues ?? []).map((q) => text.slice(q.start, q.end)));
    expect(cues).toEqual(['wrote']);
  });

  it('reads an -s form before a participle and its preposition as a plural noun ("notes written in the margins"), not before a clause ("notes added costs are high")', () => {
    const text = 'The binding of his own copy is falling apart, with passages highlighted and notes written in the margins. John Smith notes added costs are high.';
    expect(summary(text, [{ name: 'John Smith' }])).toEqual(['reported John Smith']);
  });

  it('reads a lawyer’s "argued a number of cases" as no statement', () => {
    const text = 'Cruz, who has argued a number of cases before the Supreme Court, will do an excellent job, Blackwell maintains.';
    expect(summary(text, [{ name: 'Cruz' }, { name: 'Blackwell' }])).toEqual(['position Blackwell']);
  });

  it('keeps a verb after a name that ends in a number ("Article 33 affirms: “…”")', () => {
    const text = 'Article 33 affirms: “No Contracting State shall expel or return a refugee.”';
    expect(claimsOf(text).claims).toHaveLength(1);
  });

  it('reads no statement in "a tabulation of pledged delegates", "fewer pledged delegates", "found themselves targeted", "sends back reports"', () => {
    const actors = [{ name: 'Ana Lee' }, { name: 'Sanders' }];
    const text =
      'The count relies on a tabulation of pledged delegates and superdelegates. Sanders said it would be hard to win if he has fewer pledged delegates when the primaries end. The leading candidates found themselves increasingly targeted Sunday by challengers. Ana Lee sends back reports when they are ready.';
    expect(summary(text, actors)).toEqual(['reported Sanders']);
  });

  it('reads "Having said that," and "That said," as connectives, not as statements', () => {
    const text = 'Taxes are complicated. Having said that, the rules are clear. That said, the rules change every year.';
    expect(claimsOf(text).claims).toEqual([]);
  });

  it('reads "denied insurgent Bernie Sanders the nomination" as withholding, not a denial', () => {
    const actors = [{ name: 'Hillary Clinton' }, { name: 'Bernie Sanders' }];
    const text = 'Hillary Clinton can deny insurgent Bernie Sanders the Democratic nomination. Hillary Clinton denied that she lied.';
    expect(summary(text, actors)).toEqual(['reported Hillary Clinton']);
  });

  it('reads no claim in a race "called for" a winner, "Rust Belt states that have suffered", an outlet’s correction note or a slashed list of nouns', () => {
    const text = 'Texas was called for Ted Cruz moments after polls closed. Rust Belt states that have suffered lost jobs. An earlier version of this story incorrectly indicated that Mark Wynn was chairman. Send tips/quips/quotes/stories to the editor. The rules state that members must vote.';
    expect(summary(text, [{ name: 'Ted Cruz' }, { name: 'Texas', type: 'place' as const }, { name: 'Mark Wynn' }])).toEqual(['reported The rules']);
  });
});

describe('subjects around the verb', () => {
  it('gives "said one Republican involved in the planning" and "a Pakistani said" to one unnamed member, not to the party or the country', () => {
    const actors = [{ name: 'Republican Party', type: 'organization' as const, aliases: ['Republican'] }, { name: 'Pakistan', type: 'place' as const }];
    const text = 'The Republican Party met in Pakistan. “You’re going to see a massive ad spend,” said one Republican involved in the planning, who spoke on the condition of anonymity. “We will lose,” a Pakistani said.';
    const { claims } = claimsOf(text, actors);
    expect(claims.map((c) => `${c.speaker?.anonymous} ${c.speaker?.name} ${c.speaker?.entity}`)).toEqual(['true one Republican involved in the planning null', 'true a Pakistani null']);
  });

  it('takes a sentence-opening pronoun alone as the subject when a verb of its own follows it ("He criticized X’s record said…", "She offers…, urging…")', () => {
    const actors = [{ name: 'Donald Trump' }];
    const text = 'Donald Trump spoke in Louisville. He criticized the senator’s track record said she “isn’t going to straighten it out.” He offers reasonableness instead of resentment, urging voters to see the big picture.';
    expect(summary(text, actors)).toEqual(['quote Donald Trump', 'reported Donald Trump']);
  });

  it('reads a stock adverbial between the auxiliary and the verb, and "close" before a noun as an adjective ("Gore’s close friends and allies have in the past said…")', () => {
    const actors = [{ name: 'Al Gore', aliases: ['Gore'] }];
    const text = 'Al Gore will skip the convention. Gore’s close friends and allies have in the past said he was staying quiet. Gore’s close friends said he was tired.';
    const { claims } = claimsOf(text, actors);
    expect(claims.map((c) => `${c.speaker?.entity} ${c.speaker?.name}`)).toEqual(['null Gore’s close friends and allies', 'null Gore’s close friends']);
  });

  it('reads past an adverbial aside before "that" ("revealed, somewhat stiltedly, that…") and a scare-quoted word in a clause without "that"', () => {
    const actors = [{ name: 'Sanders' }, { name: 'Comey' }];
    const text = 'Sanders even revealed, somewhat stiltedly, that he would vote for Clinton. Comey testified “thousands” of emails in fact had not been turned over. Sanders believes, for example, that the banks are too big.';
    expect(summary(text, actors)).toEqual(['reported Sanders', 'reported Comey', 'position Sanders']);
  });

  it('reads a document’s words after "reading" and after a run of posts ("a message on Twitter reading “…”", "a series of tweets early Friday saying that…")', () => {
    const actors = [{ name: 'Trump' }];
    const text = 'Trump posted a message on Twitter reading “Thank you Georgia” moments after polls closed. Trump unleashed a series of tweets early Friday saying that his rival had shown bad judgment. Trump was reading “The Art of the Deal” on the plane.';
    expect(summary(text, actors)).toEqual(['reported Trump', 'reported Trump']);
  });

  it('gives "who say" to the plural noun before it, and a participle after that clause to the main clause’s subject', () => {
    const actors = [{ name: 'Obama' }];
    const text =
      'Having said that, there are some economists who argue that corporate taxes should be low. Obama cites officials who say the plan failed. Obama rebuked critics who say he should condemn terrorists as "radical Islamists," saying calling the group by another name will do nothing.';
    expect(summary(text, actors)).toEqual(['anonymous anon:some economists', 'anonymous anon:officials', 'anonymous anon:critics', 'reported Obama']);
  });

  it('reads "campaigned on pledges to…" and "ran on a promise to…" as the promise of the subject', () => {
    const actors = [{ name: 'Sanders' }, { name: 'Trump' }];
    const text = 'Sanders campaigned on pledges to be tough on Wall Street. Trump ran on a promise to build a wall. Trump ran on the beach.';
    expect(summary(text, actors)).toEqual(['reported Sanders', 'reported Trump']);
  });

  it('gives a second predicate after ", then" the sentence’s subject, not a role named before the comma', () => {
    const actors = [{ name: 'Madeleine Albright', role: 'Secretary of Defense' }, { name: 'John Kasich', aliases: ['Kasich'] }];
    const text = 'Madeleine Albright spoke. John Kasich met voters. Kasich jokingly offered the man a job as Secretary of Defense, then says he’ll welcome advice from anyone.';
    expect(summary(text, actors)).toEqual(['reported John Kasich']);
  });

  it('gives "Saturday at the party convention Sen. Elizabeth Warren (D-MA) said" to the person after the setting', () => {
    const actors = [{ name: 'Elizabeth Warren' }, { name: 'Donald Trump' }];
    const text = 'Saturday at the Massachusetts Democratic state’s party convention Sen. Elizabeth Warren (D-MA) said Donald Trump was a “proven failure” in business.';
    expect(summary(text, actors)).toEqual(['reported Elizabeth Warren']);
  });

  it('reads "is telling a packed crowd in Windham, New Hampshire, on the final day that…" past the listener and its setting, but not "telling the truth that day"', () => {
    const text = 'Kasich is telling a packed crowd in snowy Windham, New Hampshire, on the primary battle’s final campaign day that he has few memories of 1999. Kasich was telling the truth that day.';
    expect(summary(text, [{ name: 'Kasich' }])).toEqual(['reported Kasich']);
  });

  it('does not give "he" to a person named beside an earlier "he" of the chain ("he was photographed with Epstein. He told…"), but keeps one named in a fronted clause', () => {
    const actors = [{ name: 'Andrew', aliases: [] }, { name: 'Jeffrey Epstein', aliases: ['Epstein'] }];
    const text = 'Andrew claims that he felt honor-bound to visit Jeffrey Epstein. This visit required three days at Epstein’s mansion. During the visit, he was photographed having long chats with Epstein while strolling in the park. He instead told the interviewer: “I had to go and see him.”';
    const { claims, entities } = claimsOf(text, actors);
    expect(entities.find((e) => e.id === claims[claims.length - 1]!.speaker?.entity)?.name).toBe('Andrew');
    const text2 = 'Tim Allen spoke to reporters. When the interview steered Allen toward politics, he offered his thoughts on Donald Trump. “I think it’s funny,” he said.';
    expect(summary(text2, [{ name: 'Tim Allen', aliases: ['Allen'] }, { name: 'Donald Trump' }])).toEqual(['quote Tim Allen']);
  });

  it('reads "79 percent of Democrats say" as a poll’s share, a day after an inverted verb as its setting, and a show’s quoted title as the setting of a post-posed verb', () => {
    const actors = [{ name: 'Bernie Sanders' }, { name: 'Chris Shays' }, { name: 'Clinton' }];
    const text =
      'And a full 79 percent of Democrats say they would be satisfied with Clinton. Bernie Sanders, who on Tuesday endorsed Clinton, said Wednesday he agrees with the remarks. Chris Shays backed Kasich while the Ohio governor was in the running, he said Wednesday morning on MSNBC’s “Morning Joe.”';
    const { claims, entities } = claimsOf(text, actors);
    expect(claims.map((c) => `${c.speaker?.entity ? entities.find((e) => e.id === c.speaker!.entity)!.name : c.speaker?.name} | ${text.slice(c.start, c.end).slice(0, 20)}`)).toEqual([
      'a full 79 percent of Democrats | a full 79 percent of',
      'Bernie Sanders | Bernie Sanders, who ',
      'Chris Shays | Chris Shays backed K',
    ]);
  });

  it('finds the subject before an appositive whose closing comma sits inside a show’s title ("Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested…")', () => {
    const text = 'Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested that Trump could be disqualified from the race.';
    expect(summary(text, [{ name: 'Joe Scarborough' }, { name: 'Trump' }])).toEqual(['reported Joe Scarborough']);
  });

  it('gives a quotation to an attribution cut off from it by a full stop ("“…emails that are missing.” Trump said.")', () => {
    const text = 'The nominee spoke in Florida.\n\n“Russia, if you’re listening, I hope you’re able to find the 30,000 emails that are missing.” Trump said.\n\nClinton says the emails were personal.';
    expect(summary(text, [{ name: 'Trump' }, { name: 'Clinton' }])).toEqual(['quote Trump', 'reported Clinton']);
  });

  it('reads past a connective phrase between commas ("have, in fact, praised X for…"), "state" after a quotation, and emails that reveal', () => {
    const actors = [{ name: 'Saudis', type: 'group' as const }];
    const text =
      'U.S. officials have, in fact, praised the Saudis for their help. "Today, the kingdom is one of the leading nations in combating terrorism," the Saudis state in the white paper. The jams were not known until months later, when emails revealed the woes were intentionally inflicted.';
    expect(summary(text, actors)).toEqual(['anonymous anon:U.S. officials', 'quote Saudis', 'anonymous anon:emails']);
  });

  it('reads a preposition inside an organisation’s name as no post-modifier ("The Council on American-Islamic Relations National Executive Director Nihad Awad says")', () => {
    const actors = [{ name: 'Council on American-Islamic Relations', type: 'organization' as const }, { name: 'Nihad Awad', role: 'National Executive Director' }];
    const text = 'The Council on American-Islamic Relations National Executive Director Nihad Awad says “the rhetoric has crossed the line from spreading hatred to inciting violence.”';
    expect(summary(text, actors)).toEqual(['quote Nihad Awad']);
  });

  it('finds the subject before a comparison or an appositive followed by a relative clause ("CNN, like The Associated Press, which…, declared")', () => {
    const actors = [{ name: 'CNN', type: 'organization' as const }, { name: 'Associated Press', type: 'organization' as const }, { name: 'Bob Smith' }, { name: 'Jones' }];
    const text = 'CNN, like The Associated Press, which was the first organization to do so, declared Clinton had enough delegates. Bob Smith, a friend of Jones, who lives nearby, said he saw it.';
    expect(summary(text, actors)).toEqual(['reported CNN', 'reported Bob Smith']);
  });

  it('does not give a restrictive relative clause on a plural noun to the previous claim’s speaker ("…by using a tabulation of superdelegates who had pledged…")', () => {
    const text = 'CNN declared Clinton had enough delegates by using a tabulation of pledged delegates and superdelegates who had publicly pledged their support to Clinton.';
    expect(summary(text, [{ name: 'CNN', type: 'organization' as const }, { name: 'Clinton' }])).toEqual(['reported CNN']);
  });

  it('gives a quotation after a colon to the person named after a lowercase role ("Republican presidential nominee Donald Trump issued the following statement:")', () => {
    const text = 'Republican presidential nominee Donald Trump issued the following statement: “Our prayers are with all those affected by the horrible attacks in Munich. This cannot continue.”';
    expect(summary(text, [{ name: 'Donald Trump' }])).toEqual(['quote Donald Trump']);
  });

  it('reads "called on X to…" past a title’s full stop and a party tag ("called on Michigan Gov. Rick Snyder (R) to resign")', () => {
    const text = 'Sen. Bernie Sanders (I-Vt.) called on Michigan Gov. Rick Snyder (R) to resign over the lead poisoning crisis in Flint.';
    expect(summary(text, [{ name: 'Bernie Sanders' }, { name: 'Rick Snyder' }])).toEqual(['reported Bernie Sanders']);
  });

  it('gives "put out a statement saying…" to its subject ("His office put out a statement saying…")', () => {
    const text = 'Gov. Pat McCrory was defiant. His office put out a statement saying the state “does not have the capacity to properly vet every incoming refugee.”';
    expect(summary(text, [{ name: 'Pat McCrory' }])).toEqual(['quote His office']);
  });

  it('finds the subject of a coordinated verb past its prepositional post-modifier ("A spokesman for Mayor Frank G. Jackson of Cleveland defended … and said…")', () => {
    const text = 'A spokesman for Mayor Frank G. Jackson of Cleveland defended the prescribed march route and said the police had trained for 18 months to deal with protesters.';
    expect(summary(text, [{ name: 'Frank G. Jackson' }])).toEqual(['reported Frank G. Jackson']);
  });

  it('reads a verb that needs "that" inverted after the clause it reports ("…, predicted Madeleine Kunin, the former governor"), not before a participle ("recalled Mr. Obama talking about…")', () => {
    const actors = [{ name: 'Madeleine Kunin' }, { name: 'Bernie Sanders' }, { name: 'Benjamin J. Rhodes' }, { name: 'Obama', aliases: ['Mr. Obama'] }];
    const text = 'Bernie Sanders will throw his support behind Hillary Clinton before the convention, predicted Madeleine Kunin, the former governor. Benjamin J. Rhodes, one of the president’s closest aides, recalled Mr. Obama talking about the book, which explored collapse.';
    expect(summary(text, actors)).toEqual(['reported Madeleine Kunin']);
  });

  it('reads a fronted clause opened by a measure of time and "after" as no content of a post-posed attribution ("Minutes after the voting began, the chairman announced…")', () => {
    const text = 'Minutes after the voting began, the chairman announced four votes for Trump and two abstentions.';
    const { claims } = claimsOf(text, [{ name: 'Trump' }]);
    expect(claims.map((c) => c.text)).toEqual(['the chairman announced four votes for Trump and two abstentions.']);
  });

  it('keeps two quotations with their own attributions apart ("“…,” she said, but despite…, “…,” said Kunin")', () => {
    const text = 'Madeleine Kunin spoke on Tuesday. "His normal demeanor is grumpy," she said, but despite the increasingly fractious tone, "I think he will do it," said Kunin, who has been critical of Sanders.';
    const { claims } = claimsOf(text, [{ name: 'Madeleine Kunin', aliases: ['Kunin'] }, { name: 'Sanders' }]);
    expect(claims.map((c) => c.text)).toEqual(['"His normal demeanor is grumpy," she said', '"I think he will do it," said']);
  });

  it('reads an inverted subject up to a subordinate clause after it ("…,” said Cruz constituent Dan Golvach when asked about…"), not past "known as"', () => {
    const text = '“Anyone who refuses to follow our laws puts Americans at risk,” said Cruz constituent Dan Golvach when asked about Lindsey Graham. “There never was a stand-down order,” said the base chief known as Bob, speaking publicly.';
    expect(summary(text, [{ name: 'Dan Golvach' }, { name: 'Lindsey Graham' }, { name: 'Bob' }])).toEqual(['quote Dan Golvach', 'quote Bob']);
  });

  it('gives a quotation to the person of the sentence before when it is a name and a verb of speech alone ("Dianne Bystrom agreed. “…”")', () => {
    const text = 'Iowa State University’s Dianne Bystrom agreed. "Mainstream Republicans are running out of time to find an alternative. At this point, that alternative may be Marco Rubio."';
    expect(summary(text, [{ name: 'Iowa State University', type: 'organization' as const }, { name: 'Dianne Bystrom' }, { name: 'Marco Rubio' }])).toEqual(['quote Dianne Bystrom']);
  });

  it('gives a quotation after a colon to the person past a fronted phrase or an owner’s role, and to the owner of a document', () => {
    const actors = [{ name: 'Donald Trump', aliases: ['Trump'] }, { name: 'Mike Rubino' }, { name: 'Rachel Hoff', aliases: ['Hoff'] }];
    const text =
      'In response to the tragic loss of life, Republican presidential nominee Donald Trump issued the following statement:\n\n“Our prayers are with all those affected.”\n\nIn early October, Trump’s Virginia state director, Mike Rubino, reached out to rVotes, writing in an email: “We want to utilize this ASAP.”\n\nHoff’s letter makes a libertarian-style case: “Followers of radical Islam hate everything we stand for.”';
    expect(summary(text, actors)).toEqual(['quote Donald Trump', 'quote Mike Rubino', 'quote Rachel Hoff']);
  });

  it('gives a quotation paragraph after "X said:" to that lead-in’s subject, an organisation or a description too', () => {
    const actors = [{ name: 'The New York Times', type: 'organization' as const }, { name: 'Acme Corp', type: 'organization' as const }];
    const text =
      'The New York Times reports:\n\n"Just 24 percent of the contributors have given $200 or less."\n\nAcme Corp cut 300 jobs on Monday. In a statement, the company said:\n\n“We regret the decision, but it was necessary.”';
    expect(summary(text, actors)).toEqual(['quote The New York Times', 'quote Acme Corp']);
  });

  it('reads "reckon" before a bare clause as "think", and not "reckon with" or "reckon on"', () => {
    const text = 'Goldman’s economists reckon the Fed is done cutting. The songwriters also reckoned with the role that Glasgow plays in her life. Investors reckoned on a rate cut that never came.';
    expect(claimsOf(text, [{ name: 'Goldman', type: 'organization' }]).claims.map((c) => c.text)).toEqual(['Goldman’s economists reckon the Fed is done cutting.']);
  });

  it('reads "X states, “…”" as a quotation, not a plural noun, unless the quotation is a scare-quoted word', () => {
    const text = 'Emery states, “Incredibly, some people think they have to put words in his mouth.” In 12 states, “sanctuary” laws apply.';
    expect(summary(text, [{ name: 'David Emery', aliases: ['Emery'] }])).toEqual(['quote David Emery']);
  });

  it('gives the words after "In X’s words," or "In the words of X," to X, and nothing to "In other words," or a work', () => {
    const text =
      'In Dr. Shadlen’s words, “Could that moment be tied to the person’s awareness of having decided?” In the words of one analyst, “This is a disaster for the company.” In other words, the plan failed. In the words of the song, love is all you need.';
    expect(summary(text, [{ name: 'Michael Shadlen', aliases: ['Dr. Shadlen'] }])).toEqual(['quote Michael Shadlen', 'anonymous anon:one analyst']);
  });

  it('gives a quotation paragraph to the speaker of the paragraph before a photo caption, and not past a sentence of the reporter’s', () => {
    const text =
      '“Man’s greed in the ocean is hurting the whales,” says Parata, an elder of the tribe.\nHori Parata at his farm, the place where he was born and grew up\n“We’re having to put up with a lot of stuff today. We feel that is ridiculous.”\n“Whales are our ancestors,” says Te Kaurinui.\nThe recent spate of strandings has shocked the town.\n“It’s very emotional. We need to listen.”';
    expect(summary(text, [{ name: 'Hori Parata', aliases: ['Parata'] }, { name: 'Te Kaurinui' }])).toEqual(['quote Hori Parata', 'quote Hori Parata', 'quote Te Kaurinui']);
  });

  it('gives a quotation that opens a sentence to the person the sentence before opens on, past an owned description, and to no one named later in it', () => {
    const actors = [{ name: 'Lawrence B. Cummings' }, { name: 'Lenox', type: 'organization' as const }, { name: 'Tom Brown' }, { name: 'Jane Smith' }];
    const text =
      'In the 1990s, he turned one of his companies into a big business. His former business partner at Lenox, Lawrence B. Cummings, called him a master at deals. “He showed again and again an ability to put together deals.”\nOfficials met on Monday. Tom Brown was blunt. “We have no choice but to close the plant.”\nThe council met on Monday. The mayor thanked Jane Smith for her work. “We have no choice but to close the pool.”';
    expect(summary(text, actors)).toEqual(['quote Lawrence B. Cummings', 'quote Tom Brown']);
    // Past a fronted setting: "In an interview on Sunday, Tom Brown was blunt."
    expect(summary('Officials met on Monday.\nIn an interview on Sunday, Tom Brown was blunt. “We have no choice but to close the plant.”', actors)).toEqual(['quote Tom Brown']);
  });

  it('reads the initial "I." inside a name as no first person ("Kenneth I. Chenault said…"), and the writer’s "I" as no source', () => {
    const text = 'Kenneth I. Chenault, chairman and chief executive, said in a statement that the quarter "underscores the strength of the company." Then I said that sales rose.';
    expect(summary(text, [{ name: 'Kenneth I. Chenault' }])).toEqual(['quote Kenneth I. Chenault']);
  });

  it('gives "“…,” said the post on the official page of X." to X, and no quotation to itself as a participle’s subject', () => {
    const actors = [{ name: 'Granite Shoals Police Department', type: 'organization' as const }];
    const text =
      'Police shared a fake picture on Tuesday night.\n“If you have recently purchased meth, please take it to the local police,” said the post on the official page of the Granite Shoals Police Department.\n“Please stay home tonight and keep safe,” said the post in the afternoon, adding that it was cold.';
    // (The second post's quotation takes the last speaker's name, never its own words as a name.)
    expect(summary(text, actors)).toEqual(['quote Granite Shoals Police Department', 'quote Granite Shoals Police Department']);
  });

  it('takes no phrase ending on a preposition for a participle’s subject ("Quick access to Siri by saying “Hey Siri”")', () => {
    const text = 'Automatically on, automatically connected\nQuick access to Siri by saying “Hey Siri”\nThe new Echo Dot with a clock eliminates that by adding a small digital clock to the side.\nRival telcos have criticised this decision, saying it was likely to raise costs.';
    expect(summary(text, [{ name: 'Siri', type: 'organization' }])).toEqual(['reported Rival telcos']);
  });

  it('ends the source of "according to" at a dash typed as two hyphens', () => {
    const text = 'Given that history -- and the fact that he has made 13,000 false claims, according to The Washington Post -- there is every reason to doubt the story.';
    const { claims } = claimsOf(text, [{ name: 'The Washington Post', type: 'organization' }]);
    expect(claims.map((c) => [c.kind, c.speaker?.name])).toEqual([['according-to', 'The Washington Post']]);
  });

  it('reads an adverb inside a passive accusation as no subject that speaks ("have often been accused of…"), and "sometimes" as no part of a subject', () => {
    const text = 'Officials have often been accused of lying. The firm was repeatedly accused of fraud. GiveWell sometimes finds programs that seem highly impactful.';
    expect(summary(text, [{ name: 'GiveWell', type: 'organization' }])).toEqual(['allegation none', 'allegation none', 'reported GiveWell']);
  });

  it('reads a clause that opens on a contracted pronoun and auxiliary after a verb of belief ("researchers believe they’re…")', () => {
    const text = 'Student loans total $1.5 trillion, and researchers believe they’re cutting into millennials’ ability to buy homes. Analysts think we’re in a bubble.';
    expect(summary(text)).toEqual(['anonymous anon:researchers', 'anonymous anon:Analysts']);
  });

  it('gives a verb of speech after a verb of trying, seeming or an occasion taken to the subject of that verb, and not after a refusal or a plan', () => {
    const text =
      'John Smith took to Twitter to say that the plan had failed. He used the speech to argue that taxes were too high. The company was forced to admit that it had lied. Smith sought to reassure investors that the plan was sound. Jane Doe appeared to suggest that the vote was rigged. Doe declined to say whether the plan had failed. Smith plans to announce that he will run.';
    expect(summary(text, [{ name: 'John Smith', aliases: ['Smith'] }, { name: 'Jane Doe', aliases: ['Doe'] }])).toEqual([
      'reported John Smith',
      'reported John Smith',
      'reported The company',
      'reported John Smith',
      'reported Jane Doe',
    ]);
  });

  it('gives a post-posed "X and his team wrote" or "X and Y wrote" to X, and not an organisation’s inner "and"', () => {
    const actors = [{ name: 'Lucas Paganini', aliases: ['Paganini'] }, { name: 'Jane Smith', aliases: ['Smith'] }, { name: 'Bob Jones', aliases: ['Jones'] }, { name: 'Kurinji Selvaraj' }, { name: 'Council on Energy', type: 'organization' as const }];
    const text =
      'Such stripping would occur fairly regularly, Paganini and his team wrote in the new paper. Prices would rise, Smith and Jones wrote. “This is mainly due to the change in wind direction,” Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water think tank told CBS News.';
    expect(summary(text, actors)).toEqual(['reported Lucas Paganini', 'reported Jane Smith', 'quote Kurinji Selvaraj']);
    // Two organisations named in full: "…, Fortune and The Wall Street Journal reported".
    const outlets = [{ name: 'Samsung', type: 'organization' as const }, { name: 'Fortune', type: 'organization' as const }, { name: 'The Wall Street Journal', type: 'organization' as const }];
    expect(summary('Samsung has recalled the phone after reports of fires, Fortune and The Wall Street Journal reported on Friday.', outlets)).toEqual(['reported Fortune']);
    // "…, state officials reported": a verb's bare form modifying the noun that speaks.
    expect(summary('Heavy rain has killed at least 39 people, state officials reported on Thursday.')).toEqual(['anonymous anon:state officials']);
    // "…, John Bolton and others have said."
    expect(summary('Officials held talks to create a new government, John Bolton and others have said.', [{ name: 'John Bolton' }])).toEqual(['reported John Bolton']);
  });

  it('reads research work as a source of evidence ("A flurry of work in recent years shows that…")', () => {
    const text = 'A flurry of work in recent years shows that their paths cross far more often than anyone anticipated. The work began in May.';
    expect(summary(text)).toEqual(['anonymous anon:A flurry of work']);
  });

  it('gives a quotation after a colon to the reviewer named with their outlet ("Polygon’s Ben Kuchera was more positive: “…”")', () => {
    const text = 'Polygon’s Ben Kuchera was more positive: "Stadia is the future, but the future isn’t quite here yet."';
    expect(summary(text, [{ name: 'Polygon', type: 'organization' }, { name: 'Ben Kuchera' }])).toEqual(['quote Ben Kuchera']);
  });

  it('gives a bare quotation to the name that is its heading (a review roundup’s outlet, a manager’s post-match words)', () => {
    const actors = [{ name: 'Engadget', type: 'organization' as const }, { name: 'Manuel Pellegrini' }, { name: 'Pep Guardiola', aliases: ['Guardiola'] }];
    const text =
      'Stadia Reviews: What Critics Are Saying\nEngadget\n"Google has built an impressive platform, but it needs more games to justify the price."\nGuardiola said: "We were strong today and I am happy with the team."\nManuel Pellegrini\n"In the first 45 minutes we played well, but we conceded too easily."';
    expect(summary(text, actors)).toEqual(['quote Engadget', 'quote Pep Guardiola', 'quote Manuel Pellegrini']);
  });

  it('reads "…, comments that drew…" as a noun, and a phrase before a quotation’s own verb as no inverted subject', () => {
    const actors = [{ name: 'Benigno Aquino' }, { name: 'Stephane Dujarric' }, { name: 'Kofi Annan' }];
    const text =
      'Benigno Aquino said local officials had overstated the death toll, saying it was closer to 2,000, comments that drew scepticism from aid workers. In New York, Stephane Dujarric, the spokesman for Kofi Annan, said officials at the U.N. headquarters "have checked with the tribunal, and there is no arrest."';
    expect(summary(text, actors)).toEqual(['reported Benigno Aquino', 'reported Benigno Aquino', 'quote Stephane Dujarric']);
  });

  it('reads a sentence that opens on reports or rumours ("Despite reports they would…", "Amid rumours that…") as unnamed sources or an unsigned allegation, with no preposition for a speaker', () => {
    const text = 'Despite reports they would likely sign on for the show, the model is out. Amid rumours that the CEO would resign, shares fell. With reports of flooding, residents left.';
    const { claims } = claimsOf(text);
    expect(claims.map((c) => [c.kind, c.speaker?.name ?? null, c.text])).toEqual([
      ['anonymous', 'reports', 'reports they would likely sign on for the show'],
      ['allegation', null, 'rumours that the CEO would resign'],
    ]);
  });

  it('reads two names joined by "and" inside a relative clause as no subject ("One neighbor who lives between Lawrence and Cottage said")', () => {
    const text = 'One neighbor who lives on Livingston Street between Lawrence and Cottage said she saw most of the action. Analysts who cover Apple and Google said sales fell.';
    expect(summary(text, [{ name: 'Apple', type: 'organization' }, { name: 'Google', type: 'organization' }])).toEqual(['anonymous anon:One neighbor', 'anonymous anon:Analysts']);
  });

  it('reads "No drugs were found" as no one’s finding, and "the judge, who…, read the verdict" as no document’s words', () => {
    const text = 'No drugs were found and the informant was also gunned down. Color drained from their faces as the judge, who had convicted them in February, read the verdict. The talks will resume next week, read the statement.';
    expect(summary(text)).toEqual(['reported the statement']);
  });

  it('reads "shared" as speech before a quotation or a that-clause, and a passive agent past an adverb ("was first confirmed by a rep")', () => {
    const text = 'Ruby Matthews shared that she was pregnant. Ruby Matthews shared a photo of her dog. News of their split was first confirmed by a rep for Cyrus on Aug. 10.';
    const { claims } = claimsOf(text, [{ name: 'Ruby Matthews' }, { name: 'Miley Cyrus', aliases: ['Cyrus'] }]);
    expect(claims.map((c) => [c.kind, c.speaker?.name ?? null])).toEqual([['reported', 'Ruby Matthews'], ['reported', 'a rep for Cyrus']]);
  });

  it('reads quotations in single marks, straight or curly, with the attribution after them ("\'…,\' said Dr Barrett")', () => {
    const text = "The remains were moved into storage.\n'This discovery demonstrates that new dinosaurs are found in museum collections,' said Dr Paul Barrett, palaeontologist at the museum.\n‘We will keep looking,’ Andrew Farke said.";
    expect(summary(text, [{ name: 'Paul Barrett' }, { name: 'Andrew Farke' }])).toEqual(['quote Paul Barrett', 'quote Andrew Farke']);
  });

  it('gives "She said:" to the woman whose title is "chairman" in the sentence before, not to the last woman quoted', () => {
    const actors = [{ name: 'Vicki Harris', role: 'Councillor' }, { name: 'Rachel Reid', role: 'chairman' }];
    const text = 'Councillor Vicki Harris said: “The inspector has got us over a barrel. I hate it.”\nCommittee chairman Rachel Reid drew discussion to an end before a vote.\nShe said: “There are no material grounds for refusal.”';
    expect(summary(text, actors)).toEqual(['quote Vicki Harris', 'quote Rachel Reid']);
  });

  it('gives "the Facebook-owned firm" to the company it owns, not to Facebook, and "the Hamas-run ministry" to Hamas', () => {
    const actors = [{ name: 'WhatsApp', type: 'organization' as const }, { name: 'Facebook', type: 'organization' as const }, { name: 'Hamas', type: 'organization' as const }];
    const text = 'WhatsApp faced a backlash over its policy. Facebook bought it in 2014. “We will fix it,” the Facebook-owned firm said. Hamas controls Gaza. The Hamas-run health ministry said 12 people were killed.';
    expect(summary(text, actors)).toEqual(['quote WhatsApp', 'reported Hamas']);
  });

  it('gives "the two companies" to the two organisations the article names most, the first named speaking with the other', () => {
    const actors = [{ name: 'GDF Suez', type: 'organization' as const }, { name: 'International Power', type: 'organization' as const }, { name: 'LSE', type: 'organization' as const }];
    const text = 'GDF Suez is in talks with International Power. Shares of International Power rose on the LSE. GDF Suez declined to comment further. The two companies said the talks may fail.';
    const { claims, entities } = claimsOf(text, actors);
    const c = claims.find((x) => x.text.includes('talks may fail'))!;
    expect([entities.find((e) => e.id === c.speaker?.entity)?.name, c.speaker?.with?.map((id) => entities.find((e) => e.id === id)?.name)]).toEqual(['GDF Suez', ['International Power']]);
  });

  it('reads "the instant messaging firm" as a class noun with its modifiers, not "instant" before a participle phrase', () => {
    const text = 'WhatsApp faced a backlash over its privacy policy. “We will fix it,” the instant messaging firm said. The doctors offering to run the clinic said they were ready.';
    expect(summary(text, [{ name: 'WhatsApp', type: 'organization' }])).toEqual(['quote WhatsApp', 'anonymous anon:The doctors offering to run the clinic']);
  });

  it('reads a capitalised "May" before the verb as a name or a month, no auxiliary, and not after a courtesy title as a setting', () => {
    const text = 'Theresa May met the cabinet. The spokesman for Mrs May said the plan was fine. The company in May said sales rose.';
    const { claims } = claimsOf(text, [{ name: 'Theresa May', aliases: ['Mrs May'] }]);
    expect(claims.map((c) => c.speaker?.name)).toEqual(['The spokesman for Mrs May', 'The company']);
  });

  it('gives words the press relays from a named source to that source ("The media house said that spokesperson X added that…"), and keeps a person’s own report of another', () => {
    const actors = [{ name: 'Dakota Lekgoete' }, { name: 'Jane Smith' }, { name: 'Tom Jones' }];
    const text = 'The media house said that ANC acting spokesperson Dakota Lekgoete added that the assertion was just “wishful thinking”. Jane Smith said that Tom Jones said the claim was false.';
    expect(summary(text, actors)).toEqual(['reported Dakota Lekgoete', 'reported Jane Smith']);
  });

  it('reads "as X pointed out," before a quotation and a subject past a relative clause between commas ("Priebus, who…, arrived … and acknowledged…")', () => {
    const actors = [{ name: 'The Hill', type: 'organization' as const }, { name: 'Reince Priebus', aliases: ['Priebus'] }];
    const text = 'But as The Hill pointed out, “Still, Trump has so far declined to release any tax returns.” Priebus, who has been in daily contact with the campaign for months, arrived at a breakfast with reporters and acknowledged that he had only "read the passages real quickly."';
    expect(summary(text, actors)).toEqual(['quote The Hill', 'quote Reince Priebus']);
  });

  it('reads "charges that" as a verb only right after its subject, a quotation as a reporting verb’s object, and a relative clause opened by a dash', () => {
    const actors = [{ name: 'Trump' }, { name: 'Chicago Police Department', type: 'organization' as const }, { name: 'Starr' }];
    const text =
      'Trump charges that countries that stand to benefit from the deal donated millions. Starr has dealt with the handling of sexual assault charges against football players. They turned to the Chicago Police Department, which reported “2,521 shooting incidents” in the city. The study -- which notes that 58 companies would owe $212 billion -- should be a call to voters. Clinton unveiled endorsements from 95 retired generals -- most of whom had announced their support -- who cited her years as secretary of State.';
    expect(summary(text, actors)).toEqual(['reported Trump', 'quote Chicago Police Department', 'reported The study']);
  });

  it('reads a long "as" subject ("as one of Mr. Obama’s climate advisers pointed out,") and a participle opening the sentence before a clause without "that" ("Claiming the criticism is designed…, Trump told Fox…")', () => {
    const text = 'Hawaii, as one of Mr. Obama’s climate advisers pointed out, normally does not get back-to-back hurricanes. Claiming the criticism of Lauer is designed to pressure debate moderators, Trump told Fox that they hit Matt.';
    expect(summary(text, [{ name: 'Obama', aliases: ['Mr. Obama'] }, { name: 'Trump' }, { name: 'Fox', type: 'organization' as const }])).toEqual(['anonymous anon:one of Mr. Obama’s climate advisers', 'reported Trump', 'reported Trump']);
  });

  it('reads a fronted -ing participle before its object as no clause that a post-posed verb reports ("Bemoaning the “phony system,” Trump accused Holt of…"), unlike a gerund subject ("Seeing his brother suffer led him…, he said")', () => {
    const text = 'Bemoaning the “phony system,” Trump accused Holt of being a Democrat. Fred Trump drank. Seeing his brother suffering led him to avoid alcohol, he said.';
    const { claims } = claimsOf(text, [{ name: 'Trump' }, { name: 'Holt' }, { name: 'Fred Trump' }]);
    expect(claims.map((c) => c.text)).toEqual(['Trump accused Holt of being a Democrat.', 'Seeing his brother suffering led him to avoid alcohol, he said']);
  });

  it('gives a participle after a coordinated clause with a subject of its own to that subject ("…, and the ACLU of Ohio has sued the city, saying…")', () => {
    const actors = [{ name: 'American Civil Liberties Union of Ohio', type: 'organization' as const }];
    const text = 'Protest groups say the restrictions are less for safety than to minimize their visibility, and the American Civil Liberties Union of Ohio has already sued the city over the rules, saying they violate free-speech rights.';
    expect(summary(text, actors)).toEqual(['anonymous anon:Protest groups', 'reported American Civil Liberties Union of Ohio']);
  });

  it('reads a participle after a dash, and a coordinated verb’s subject past a dateline’s bracket or a participle phrase between commas', () => {
    const actors = [{ name: 'Marco Rubio' }, { name: 'Barack Obama' }, { name: 'Reuters', type: 'organization' as const }, { name: 'House Democrats', type: 'group' as const }];
    const text =
      'Marco Rubio flipped his choice on the spot – saying he was rooting for Peyton Manning.\n\n(Reuters) - President Barack Obama met survivors on Thursday and said the United States must act.\n\nHouse Democrats, looking for a way to shake up the conversation, seized the floor on Wednesday and said they would refuse to leave.';
    expect(summary(text, actors)).toEqual(['reported Marco Rubio', 'reported Barack Obama', 'reported House Democrats']);
  });

  it('reads a clause whose subject carries a relative clause ("CBS DFW reports the man who kidnapped the child … was sentenced…"), no "should charge" of a rate, no participle of a sentence’s words after a dash, and "During" as a preposition', () => {
    const actors = [{ name: 'CBS DFW', type: 'organization' as const }, { name: 'Michael Webb' }, { name: 'Harris' }];
    const text =
      'CBS DFW reports the man who kidnapped the child, Michael Webb, was sentenced to life in federal prison. The old rule is that for every $1000 invested in a room, the hotel should charge $1 in average daily rate. The author draws a parallel between neon lights and a glass capsule—suggesting they are a message in a bottle. During a search of the garage, investigators located heroin, Harris said.';
    expect(summary(text, actors)).toEqual(['reported CBS DFW', 'reported Harris']);
  });
});


describe('round 23: subordinate clauses, passive listeners, threats and class nouns', () => {
  it('gives a verb after "after" to the people right before it, not to a weekday read as the subject ("resigned on Tuesday after witnesses said…")', () => {
    const text = 'The mayor resigned on Tuesday after witnesses said the city had ignored the warnings. She left Breitbart on March 14 after the news organization raised questions about the story.';
    const { claims } = claimsOf(text, [{ name: 'Breitbart', type: 'organization' }]);
    expect(claims.map((c) => [c.speaker?.name, c.text])).toEqual([
      ['witnesses', 'witnesses said the city had ignored the warnings.'],
      ['Breitbart', 'the news organization raised questions about the story.'],
    ]);
  });

  it('keeps a time phrase between a name and its verb ("Jones days after the election said…")', () => {
    expect(summary('Jones days after the election said he would run again.', [{ name: 'Jones' }])).toEqual(['reported Jones']);
  });

  it('reads "were told by X that…" as X’s clause after the agent, not the listener’s words', () => {
    const { claims } = claimsOf('Reporters were told by a senior official that the summit had been postponed.');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.speaker?.name).toBe('a senior official');
    expect(claims[0]!.text).toContain('the summit had been postponed');
    expect(claims[0]!.text).not.toContain('Reporters');
  });

  it('reads a threat with a weapon as an act, and a threat with a sanction as a warning', () => {
    const actors = [{ name: 'Acme', type: 'organization' as const }];
    const text = 'A man threatened the clerk with a kitchen knife before fleeing. Acme threatened the union with lawsuits.';
    expect(summary(text, actors)).toEqual(['warning Acme']);
  });

  it('finds the organisation behind "the club", "the hospital" and "the planemaker"', () => {
    const actors = [
      { name: 'Chelsea Football Club', type: 'organization' as const },
      { name: 'St Mary’s Hospital', type: 'organization' as const },
      { name: 'Boeing', type: 'organization' as const },
    ];
    const text =
      'Chelsea Football Club fired its manager. The club said it had lost confidence in him. Doctors at St Mary’s Hospital treated 40 people. The hospital said two were in critical condition. Boeing cut its forecast. The planemaker said deliveries would fall.';
    expect(summary(text, actors)).toEqual(['reported Chelsea Football Club', 'reported St Mary’s Hospital', 'reported Boeing']);
  });
});

describe('a dash opening the text', () => {
  it('does not throw on a participle after a dash that opens the text (found by the property test: "- adding that said")', () => {
    expect(() => findClaimsOrThrow(segment('- adding that said'), [])).not.toThrow();
  });
});

describe('a nationality noun for the person named before', () => {
  it('gives “…,” the Dutchman told reporters to the person named before', async () => {
    const { analyze } = await import('../analyze.ts');
    const text = 'Manchester United manager Erik ten Hag insisted his side were on the right track. “We created chances, we just didn’t take them,” the Dutchman told reporters.';
    const a = analyze(text);
    const quote = a.claims.find((c) => c.kind === 'quote');
    expect(a.entities.find((e) => e.id === quote?.speaker?.entity)?.name).toBe('Erik ten Hag');
  });
});

describe('the name of an unnamed source', () => {
  it('leaves a time setting out of the source’s name ("A federal judge in Texas on Friday blocked…, writing"), but not the date of a document', () => {
    const text = 'A federal judge in Texas on Friday blocked the rule, writing that the agency had exceeded its authority. A police spokesman on Tuesday night said the suspect had fled. Most voters back the plan, according to a poll taken last week.';
    expect(claimsOf(text).claims.map((c) => c.speaker?.name)).toEqual(['A federal judge in Texas', 'A police spokesman', 'a poll taken last week']);
  });
});

describe('a setting set off between a name and a characterising verb', () => {
  it('reads "President Trump, in a series of tweets Sunday night, called the report “FAKE NEWS” and said…" as two claims of his', () => {
    const text = 'President Trump, in a series of tweets Sunday night, called the report “FAKE NEWS” and said the reporters should be fired. Sen. Ann Lee, speaking to reporters, called the plan “a joke.”';
    expect(summary(text, [{ name: 'Trump' }, { name: 'Ann Lee' }])).toEqual(['quote Trump', 'reported Trump', 'quote Ann Lee']);
  });
});

describe('a person and their colleagues', () => {
  it('gives "Sabia and her colleagues cautioned that…" to Sabia', () => {
    const text = 'Séverine Sabia led the study. Sabia and her colleagues cautioned that the study was observational.';
    expect(summary(text, [{ name: 'Séverine Sabia', aliases: ['Sabia'] }])).toEqual(['warning Séverine Sabia']);
  });
});

describe('plural nouns of speech and clauses that are no source', () => {
  it('reads "remarks he had made" as a noun and "X is counting on … remarks" as no source, but keeps "says he made"', () => {
    const text = 'Megyn Kelly confronted him with insulting remarks he had made about women. Clinton is counting on his history of racist and sexist remarks to doom him. Jason Sims, a teacher, says he made a last-minute decision.';
    expect(summary(text, [{ name: 'Megyn Kelly' }, { name: 'Clinton' }, { name: 'Jason Sims' }])).toEqual(['reported Jason Sims']);
  });

  it('reads the verb after a relative clause on a plural subject ("People who work on the deal say…")', () => {
    const text = 'People who work on the deal say it is close. Supporters who have heard from the campaign say their goal is clear.';
    expect(summary(text)).toEqual(['anonymous anon:People', 'anonymous anon:Supporters']);
  });
});

describe('a name and its bracket between commas after a fronted phrase', () => {
  it('gives "…, after winning Ohio in the primary, Gov. John Kasich (R-OH), said, “…”" to Kasich, not Ohio', async () => {
    const { analyze } = await import('../analyze.ts');
    const a = analyze('Speaking on Tuesday, after winning Ohio in the Republican presidential primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”');
    expect(a.claims.map((c) => a.entities.find((e) => e.id === c.speaker?.entity)?.name)).toEqual(['John Kasich']);
  });
});

describe('more shapes from the speaker audit', () => {
  it('reads "added to the confusion" as no statement, but "added to his earlier remarks that…" and "“…,” Lee added to reporters" as statements', () => {
    const text = 'The delay only added to the confusion. Ann Lee added to her earlier remarks that the plan was dead. “It is over,” Ann Lee added to reporters.';
    expect(summary(text, [{ name: 'Ann Lee' }])).toEqual(['reported Ann Lee', 'quote Ann Lee']);
  });

  it('reads the subject of "A 2014 study that appeared in the journal found…" past the relative clause', () => {
    const { claims } = claimsOf('A 2014 study that appeared in the British Medical Journal found that half of the advice was wrong.');
    expect(claims.map((c) => c.speaker?.name)).toEqual(['A 2014 study']);
  });

  it('reads a plural after a preposition and an adjective as a noun ("of Democratic claims", "In animated off-the-cuff remarks")', () => {
    const text = 'PolitiFact rated 32% of Republican claims as false, compared to 11% of Democratic claims. In animated off-the-cuff remarks after the meeting, Obama repeated his view.';
    expect(summary(text, [{ name: 'PolitiFact', type: 'organization' }, { name: 'Obama' }])).toEqual([]);
  });

  it('reads "claimed the plan failed." as a clause without "that"', () => {
    expect(summary('Ann Lee claimed the plan failed. She claimed the money raised for charity.', [{ name: 'Ann Lee' }])).toEqual(['reported Ann Lee']);
  });
});

describe('what opens a clause of its own, and amounts before a plural subject', () => {
  it('reads "to cement what polls show is…" as the polls’ claim and "the minimum $20 million experts say it costs" as the experts’', () => {
    const text = 'The former secretary of State wants to cement what polls show is a nearly 30-point lead. It is a small fraction of the minimum $20 million experts say it costs to run statewide.';
    expect(claimsOf(text).claims.map((c) => c.speaker?.name)).toEqual(['polls', 'experts']);
  });

  it('keeps an amount inside a name before a title ("Fight for $15 organizing director Kendall Fells told…")', async () => {
    const { analyze } = await import('../analyze.ts');
    const a = analyze('“They care about two things,” Fight for $15 organizing director Kendall Fells told Fox News 6 in Milwaukee.');
    expect(a.claims.map((c) => `${c.kind} ${a.entities.find((e) => e.id === c.speaker?.entity)?.name}`)).toEqual(['quote Kendall Fells']);
  });
});

describe('replies, manners of speaking, addressees and characterisations after "what"', () => {
  it('reads "shot back, “…”", "fired back that…" and "“…,” Lee shot back" as replies, and "fired back at the gunmen" as none', () => {
    const text = 'Ann Lee shot back, “I chose to fulfil my profession.” The campaign fired back that the report was false. “That is a lie,” Lee shot back. Police fired back at the gunmen.';
    expect(summary(text, [{ name: 'Ann Lee', aliases: ['Lee'] }])).toEqual(['quote Ann Lee', 'reported The campaign', 'quote Ann Lee']);
  });

  it('reads "chanted “…”", "“Out!” the crowd yelled" and "fumed that…", but not "yelled and held up a banner that…" or "the branch snapped"', () => {
    const text = 'The protesters chanted “Bad for New Jersey, bad for you.” “Out!” the crowd yelled. Pat Toomey fumed that the vote was rigged. The protester yelled and held up a banner that was quickly ripped away. The branch snapped.';
    expect(summary(text, [{ name: 'Pat Toomey' }])).toEqual(['anonymous anon:The protesters', 'quote the crowd', 'reported Pat Toomey']);
  });

  it('reads "“…,” Matt Egan of Macworld wrote." with the writer’s outlet between the name and a verb that needs a quotation or "that"', () => {
    const people = [{ name: 'Matt Egan' }, { name: 'Macworld', type: 'organization' as const }, { name: 'Ann Lee' }];
    expect(summary('“Apple has gone all in,” Matt Egan of Macworld wrote. “It works,” Ann Lee at the Verge wrote.', people)).toEqual(['quote Matt Egan', 'quote Ann Lee']);
  });

  it('reads "The blog post also includes a quote from Arrington: “…”" as the words of the one credited before the colon', () => {
    const people = [{ name: 'Michael Arrington', aliases: ['Arrington'] }, { name: 'Jane Doe' }];
    const text = 'Michael Arrington runs the fund.\nThe blog post also includes a quote from Arrington: “Paul has managed to be successful.”\nThe release carried a statement from CEO Jane Doe: “We are thrilled.”';
    expect(summary(text, people)).toEqual(['quote Michael Arrington', 'quote Jane Doe']);
  });

  it('reads a subject named in an aside between dashes ("Her daughters - Harriet and Lily Taylor - said"), not a description there', () => {
    const people = [{ name: 'Harriet Taylor', aliases: ['Harriet'] }, { name: 'Lily Taylor' }, { name: 'Tom Hall' }];
    expect(summary('Her daughters - Harriet and Lily Taylor - said their mother was kind.', people)).toEqual(['reported Harriet Taylor']);
    expect(summary('His brother — Tom Hall — said he was kind.', people)).toEqual(['reported Tom Hall']);
    expect(summary('The minister — a close ally of Tom Hall — said he was kind.', people)).toEqual(['anonymous anon:The minister']);
  });

  it('reads speech perceived in the passive ("Smith was heard telling officers that…") as the subject’s, not "was seen leaving"', () => {
    const people = [{ name: 'Jane Smith', aliases: ['Smith'] }];
    expect(summary('Jane Smith spoke on Monday. Smith was heard telling officers that she was not leaving. Smith was seen leaving the house.', people)).toEqual(['reported Jane Smith']);
  });

  it('gives a verb coordinated after an object to the sentence’s subject, an -ing modifier in it ("The ruling party dismissed the claim and accused…")', () => {
    expect(summary('The ruling party dismissed the claim and accused the opposition of trying to discredit the election.')).toEqual(['reported The ruling party']);
    expect(summary('The leading candidate met voters on Monday and said the vote was rigged.')).toEqual(['anonymous anon:The leading candidate']);
  });

  it('reads "presumed that…" and "assume that…" as a stated belief, not "assumed office" or "is presumed dead"', () => {
    const text = 'Sea-Watch presumed that the lost boat was carrying 85 people. He assumed office in 2019. The captain is presumed dead.';
    expect(summary(text, [{ name: 'Sea-Watch', type: 'organization' }])).toEqual(['position Sea-Watch']);
  });

  it('reads an organisation’s class noun in the plural as a source ("teaching unions, which accused…"), not "the time"', () => {
    const text = 'But the proposals were condemned by teaching unions, which accused the Government of attacking the profession. The plan angered unions, which said it would cost jobs.';
    expect(summary(text)).toEqual(['reported teaching unions', 'reported unions']);
  });

  it('reads a feeling expressed about something ("has expressed regret over…", "expressed his deep sadness over…"), not a song that expresses sadness', () => {
    const people = [{ name: 'Adam Kicinski' }, { name: 'Michael Somare' }];
    const text = 'Adam Kicinski has expressed regret over his poor choice of words. Michael Somare expressed his own "great sadness" over the crash. The song expresses sadness about loss.';
    expect(summary(text, people)).toEqual(['reported Adam Kicinski', 'reported Michael Somare']);
  });

  it('reads a role with a hyphenated prefix after a quotation ("said the vice-mayor of …, Michel Bezuijen", "said the co-founder")', () => {
    const text = '"We cannot say anything about the cause," stated the vice-mayor of the Haarlemmermeer municipality, Michel Bezuijen. Officials spoke. "We cannot say more," said the co-founder.';
    expect(summary(text, [{ name: 'Michel Bezuijen' }])).toEqual(['quote Michel Bezuijen', 'quote the co-founder']);
  });

  it('reads a statement noun with its maker after "by" or "from" ("a complaint by Leighton Craig that…", "a warning from the IMF that…"), a participle after it the main subject’s', () => {
    const actors = [{ name: 'Leighton Craig' }, { name: 'IMF', type: 'organization' as const }, { name: 'John Smith' }, { name: 'Presidency', type: 'organization' as const }];
    const text = 'Police searched the office following a complaint by the Cabinet Secretary Leighton Craig that the documents may have been improperly accessed. The move follows a warning from the IMF that growth will slow. The move follows claims by John Smith about the vote.';
    expect(summary(text, actors)).toEqual(['reported Leighton Craig', 'warning IMF']);
    const presidency = 'The Presidency has dismissed allegations by opposition politicians that the president is undermining democracy, describing the claims as a desperate attempt to find scapegoats.';
    expect(summary(presidency, actors)).toEqual(['anonymous anon:opposition politicians', 'reported Presidency']);
  });

  it('reads "Experts attribute the decline to lower demand" as an explanation given, not "doesn’t attribute the quotes to Garner"', () => {
    expect(summary('Meteorologists attribute the heavy rainfall to the El Niño phenomenon. People doesn’t attribute any of the quotes to Garner.')).toEqual(['anonymous anon:Meteorologists']);
  });

  it('reads "the agency" as the organisation the article named with that word after its name ("the Civil Defence agency")', () => {
    const text = 'According to the Civil Defence agency, more than 10,000 people have been displaced. The agency warned that rivers could rise further.';
    expect(summary(text, [{ name: 'Civil Defence', type: 'organization' }])).toEqual(['according-to Civil Defence', 'warning Civil Defence']);
  });

  it('reads what a court or an inquest heard ("The court heard that…", "…, an inquest has heard"), not "we heard the news"', () => {
    const text = 'A nurse was overwhelmed on the night a patient died, an inquest has heard. The court heard that a second nurse had been moved. We heard the news on Monday. The judge heard the case.';
    expect(summary(text)).toEqual(['reported an inquest', 'reported The court']);
  });

  it('gives "the statement read" to the source of the claim made "in a statement" before', () => {
    const actors = [{ name: 'Big Machine', type: 'organization' as const }];
    const text = 'Big Machine denied the allegations in a statement shared to its website. "We were shocked to see her statements," the statement read.';
    expect(summary(text, actors)).toEqual(['reported Big Machine', 'quote Big Machine']);
  });

  it('reads "the utility" and "the brokerage" as the company named before', () => {
    const text = 'PG&E cut power to 50,000 customers on Sunday. The utility said it will closely monitor the weather.';
    expect(summary(text, [{ name: 'PG&E', type: 'organization' }])).toEqual(['reported PG&E']);
  });

  it('reads no agent in a passive "by" a time or a cause ("were expected by this morning", "are determined by their performance")', () => {
    expect(summary('The results were expected by this morning, but only 42 percent of votes were counted. The teams are determined by their performance in the league.')).toEqual([]);
  });

  it('runs a claim on through a clause joined by "and" after its attribution ("…, the person added, and Microsoft is focused on…"), not after a quotation', () => {
    const text = 'The talks are preliminary, the person added, and Microsoft is focused on preserving the relationship.\n“He really does love us,” Melanie said, and soon the balloons were dropping on the crowd.';
    const { claims } = claimsOf(text, [{ name: 'Melanie' }]);
    expect(claims.map((c) => c.text)).toEqual(['The talks are preliminary, the person added, and Microsoft is focused on preserving the relationship', '“He really does love us,” Melanie said']);
  });

  it('reads a plea, an order, a sigh or a question closing a quotation ("“…,” she pleaded", "an officer ordered"), but not "pleaded guilty" or "ordered that sample"', () => {
    const text = 'Mary Lee spoke on Monday. “Please help us find him,” she pleaded. “It is over,” she sighed. “Why now?” she wondered. “Step out,” an officer ordered. “Stay,” begged Tom Hall.';
    expect(summary(text, [{ name: 'Mary Lee' }, { name: 'Tom Hall' }])).toEqual(['quote Mary Lee', 'quote Mary Lee', 'quote Mary Lee', 'anonymous anon:an officer', 'quote Tom Hall']);
    expect(summary('Tom Hall pleaded guilty. Whoever ordered that sample from the shelves paid in bitcoin. She cried for hours.', [{ name: 'Tom Hall' }])).toEqual([]);
  });

  it('reads "wrote to his 20,000 Twitter followers, “…”" as a quotation of the writer', () => {
    expect(summary('Tim Canova wrote to his 20,000 Twitter followers, “It is time to end her career.”', [{ name: 'Tim Canova' }])).toEqual(['quote Tim Canova']);
  });

  it('reads "what Gingrich called “…”" up to its quotation, as part of a claim around it, and "the technique called “…”" as a name', () => {
    const actors = [{ name: 'Newt Gingrich' }, { name: 'Cecile Richards' }];
    const text =
      'As America prepares for what Newt Gingrich called “the loudest election in history,” he is intrigued. Cecile Richards noted that abortion – what her group calls “reproductive healthcare” – is part of health. They used the technique called “mental chronometry” to test it.';
    const { claims } = claimsOf(text, actors);
    expect(claims.map((c) => c.text)).toEqual(['Newt Gingrich called “the loudest election in history,”', 'Cecile Richards noted that abortion – what her group calls “reproductive healthcare” – is part of health.']);
  });

  it('gives "“…,” Aderholt asked." to the asker after words ending on a comma, but not "“…,” Cuban said when asked about…"', () => {
    const text = '“What is the contingency if those rockets are not available,” Aderholt asked. “He is smart,” Cuban said when asked about the race.';
    expect(summary(text, [{ name: 'Aderholt' }, { name: 'Cuban' }])).toEqual(['quote Aderholt', 'quote Cuban']);
  });

  it('reads "“Welcome home,” the sign reads." as the sign’s words', () => {
    expect(summary('“Welcome home,” the sign reads.')).toEqual(['quote the sign']);
  });
});

describe('remembering, answering, statements issued and subjects after a quotation', () => {
  it('reads "“…,” remembered Roy Verley" and "Sanders answered that…", not "remembered when…", "how he answers that question will…" or "are remembered fondly"', () => {
    const actors = [{ name: 'Roy Verley' }, { name: 'Bernie Sanders', aliases: ['Sanders'] }, { name: 'Debbie Kepler' }];
    const text =
      '“An awful lot of analysts said no,” remembered Roy Verley. Sanders answered that it would be fine. Debbie Kepler remembered when it still had a cross. How he answers that question will matter. The Bush presidencies are remembered fondly.';
    expect(summary(text, actors)).toEqual(['quote Roy Verley', 'reported Bernie Sanders']);
  });

  it('reads "issued a statement, “…”" as the issuer’s quotation', () => {
    expect(summary('After the attacks, Donald Trump issued a statement, “Last night, our nation was attacked.”', [{ name: 'Donald Trump' }])).toEqual(['quote Donald Trump']);
  });

  it('finds a person after a long title between a quotation and its verb ("“…,” former State policy planning director Anne-Marie Slaughter wrote")', async () => {
    const { analyze } = await import('../analyze.ts');
    const a = analyze('The emails were released. “I cannot imagine how exhausted you must be after this week,” former State policy planning director Anne-Marie Slaughter wrote.');
    expect(a.claims.map((c) => a.entities.find((e) => e.id === c.speaker?.entity)?.name)).toEqual(['Anne-Marie Slaughter']);
  });

  it('keeps the quotation as what was said when "and" follows the verb ("“Go back,” Trump barked and a guard escorted him out")', () => {
    const { claims } = claimsOf('“Go back to Univision,” Trump barked and a security guard escorted Ramos out. “I know,” Trump said and laughed.', [{ name: 'Trump' }]);
    expect(claims.map((c) => `${c.kind} ${c.text}`)).toEqual(['quote “Go back to Univision,” Trump barked', 'quote “I know,” Trump said']);
  });
});

describe('a named source, a colon and its quotation', () => {
  it('reads "The Verge: “…”" and "Bernie Sanders: “…”" as quotations of the source, not "Washington: “…”"', () => {
    const actors = [{ name: 'The Verge', type: 'organization' as const }, { name: 'Bernie Sanders' }, { name: 'Washington', type: 'place' as const }];
    const text = 'The Verge: “Stadia works, but it is not ready for prime time.”\n\nWashington: “It is cold today.”\n\nBernie Sanders: “I will fight on.”';
    const { claims, entities } = claimsOf(text, actors);
    expect(claims.filter((c) => c.cues?.length).map((c) => `${entities.find((e) => e.id === c.speaker?.entity)?.name} ${c.text}`)).toEqual(['The Verge The Verge: “Stadia works, but it is not ready for prime time.”', 'Bernie Sanders Bernie Sanders: “I will fight on.”']);
  });
});

describe('names with particles before an appositive, and an organisation inside a class phrase', () => {
  it('gives "Abdul-Malik al-Houthi, the leader of…, warned Riyadh against escalation" to al-Houthi', () => {
    const text = 'Abdul-Malik al-Houthi, the leader of Yemen’s Houthi movement, warned Riyadh against escalation.';
    expect(summary(text, [{ name: 'Abdul-Malik al-Houthi' }, { name: 'Riyadh', type: 'place' }])).toEqual(['warning Abdul-Malik al-Houthi']);
  });

  it('gives "according to the Kyodo news agency" to Kyodo', () => {
    const text = 'Shinzo Abe backed the plan, according to the Kyodo news agency.';
    expect(summary(text, [{ name: 'Shinzo Abe' }, { name: 'Kyodo', type: 'organization' }])).toEqual(['according-to Kyodo']);
    expect(summary('According to Punch newspaper, at least ten people were injured.', [{ name: 'Punch', type: 'organization' }])).toEqual(['according-to Punch']);
  });
});

describe('"accused of" after a noun', () => {
  it('reads "A former nurse accused of killing seven babies told a court that…" as the nurse telling the court, and keeps "whom she has accused of…"', () => {
    const text = 'A former nurse accused of killing seven babies told a court on Monday that she had never harmed a child. Ann Lee attacked Sanders, whom she has accused of impugning her integrity.';
    const { claims } = claimsOf(text, [{ name: 'Ann Lee' }, { name: 'Sanders' }]);
    expect(claims.map((c) => `${c.speaker?.name} | ${c.cues?.map((q) => text.slice(q.start, q.end)).join('/')}`)).toEqual(['A former nurse accused of killing seven babies | told', 'Ann Lee | accused']);
  });
});

describe('South Asian and British reporting verbs', () => {
  it('reads "termed … as “…”", "expressed the hope that", "opined that", "apprised reporters that" and "informed the Senate that"', () => {
    const actors = [{ name: 'Mumtaz Zahra Baloch' }, { name: 'Shehbaz Sharif' }, { name: 'Mohsin Naqvi' }, { name: 'Attaullah Tarar' }, { name: 'Ann Lee' }];
    const text =
      'Spokesperson Mumtaz Zahra Baloch termed the Indian statement as “baseless and misleading”. Shehbaz Sharif expressed the hope that the talks would bear fruit. Mohsin Naqvi opined that the militants had crossed over. Attaullah Tarar apprised reporters that the cabinet had approved the budget. Ann Lee informed the Senate that 1,200 people had been arrested. Voters made informed decisions.';
    expect(summary(text, actors)).toEqual(['quote Mumtaz Zahra Baloch', 'position Shehbaz Sharif', 'reported Mohsin Naqvi', 'reported Attaullah Tarar', 'reported Ann Lee']);
  });
});

describe('more subjects and quotations after verbs', () => {
  it('keeps "Alabama Sen. Jeff Sessions, a prominent Trump supporter, said…" his, and reads "asked “…?”" and "praised his brother’s “deep and genuine faith”"', () => {
    const actors = [{ name: 'Jeff Sessions' }, { name: 'Donald Trump', aliases: ['Trump'] }, { name: 'Bush' }];
    const text =
      'Alabama Sen. Jeff Sessions, a prominent Trump supporter, said the donations were akin to extortion. Mr. Trump asked “What does that mean?” Mr. Bush also praised his younger brother’s “deep and genuine faith.”';
    expect(summary(text, actors)).toEqual(['reported Jeff Sessions', 'quote Donald Trump', 'quote Bush']);
  });

  it('reads "majorities in all five states say…" and "The two leaders said…" whole', () => {
    const text = 'In the poll, majorities in all five states say they want reform. The two leaders said the talks went well.';
    expect(claimsOf(text).claims.map((c) => c.speaker?.name)).toEqual(['majorities in all five states', 'The two leaders']);
  });
});

describe('"continued"', () => {
  it('reports after or before a quotation and in "continued to question whether…", not in "tensions continued to run hot" or "continued a fierce contest"', () => {
    const actors = [{ name: 'John Smith', aliases: ['Smith'] }, { name: 'Bernie Sanders' }, { name: 'Hillary Clinton' }];
    const text =
      'In the immediate aftermath of Tuesday’s elections, tensions between the two sides continued to run hot. Sen. Bernie Sanders continued a fierce contest in California ahead of voting Tuesday, as Hillary Clinton said she would win. “We will win,” Smith continued. Smith continued to question whether the rules were fair.';
    expect(summary(text, actors)).toEqual(['reported Hillary Clinton', 'quote John Smith', 'reported John Smith']);
  });
});

describe('a quantifier and an auxiliary as the source', () => {
  it('reads "Some have suggested that…" and "Many have argued that…" as unnamed sources', () => {
    const text = 'Some have suggested that the central bank acted too late. Many have argued that the reforms came too slowly.';
    expect(summary(text)).toEqual(['anonymous anon:Some', 'anonymous anon:Many']);
  });
});

describe('a participle inside a plural source’s post-modifier', () => {
  it('reads "Sources in the ruling party say…" as an unnamed source', () => {
    expect(summary('Sources in the ruling party say the prime minister could call an early election.')).toEqual(['anonymous anon:Sources in the ruling party']);
  });
});

describe('"the former", "the latter" and "the French leader"', () => {
  it('gives "the former" and "the latter" to the last two people named, in order, and "the French leader" to the French president', () => {
    const actors = [
      { name: 'Olaf Scholz', role: 'Chancellor', aliases: ['Scholz'] },
      { name: 'Emmanuel Macron', role: 'French President', aliases: ['Macron'] },
    ];
    const text =
      'Chancellor Olaf Scholz met French President Emmanuel Macron in Paris. Scholz said Germany would spend more. Macron welcomed the move.\n\n“We cannot rely on others,” the French leader told a news conference.\n\nThe former also announced new aid for Ukraine, while the latter called for a summit in the spring.';
    expect(summary(text, actors)).toEqual(['reported Olaf Scholz', 'quote Emmanuel Macron', 'reported Olaf Scholz', 'position Emmanuel Macron']);
  });
});

describe('two sources joined with their articles', () => {
  it('gives "Clinton and the State Department have said that…" to both', () => {
    const actors = [{ name: 'Hillary Clinton', aliases: ['Clinton'] }, { name: 'State Department', type: 'organization' as const }];
    const { claims, entities } = claimsOf('Clinton and the State Department have said that none of the material was marked classified.', actors);
    const names = (id: string | null | undefined): string | undefined => entities.find((e) => e.id === id)?.name;
    expect(claims.map((c) => [names(c.speaker?.entity), ...(c.speaker?.with ?? []).map(names)])).toEqual([['Hillary Clinton', 'State Department']]);
  });
});

describe('a post and its signature in one paragraph', () => {
  it('gives "“We will rebuild…” — Gov. Phil Murphy (@GovMurphy) September 2, 2021" to Murphy', () => {
    const text = 'The governor responded on Twitter.\n\n“We will rebuild, stronger than ever.” — Gov. Phil Murphy (@GovMurphy) September 2, 2021\n\nThe storm moved east.';
    const { claims } = claimsOf(text, [{ name: 'Phil Murphy' }]);
    expect(claims.map((c) => `${c.kind} ${c.speaker?.name} ${c.text}`)).toEqual(['quote Phil Murphy “We will rebuild, stronger than ever.”']);
  });
});

describe('subjects that name no source', () => {
  it('does not end a claim at a verb whose "subject" is a setting ("…was found in a forest threatened by mining")', () => {
    const text = 'Ana Ruiz said the species was found in a forest threatened by mining.';
    const { claims } = claimsOf(text, [{ name: 'Ana Ruiz' }]);
    expect(claims.map((c) => c.text)).toEqual([text]);
  });

  it('gives no claim to a phrase that opens with a preposition ("in the wake of the defeat in 2012 urged…"), but keeps "at least 21,000 said"', () => {
    const text = 'Republican pollster Whit Ayres -- author of 2016 and Beyond, which in the wake of the party’s defeat in 2012 urged the GOP to focus on appealing to the nation’s increasingly diverse electorate -- is skeptical Trump can overcome his provocative statements.';
    expect(summary(text, [{ name: 'Whit Ayres' }, { name: 'Trump' }, { name: 'GOP', type: 'organization' }]).filter((s) => / in the wake/.test(s))).toEqual([]);
    expect(summary('When asked to run for office, at least 21,000 said they would.')).toEqual(['reported at least 21,000']);
  });
});

describe('participles that characterise', () => {
  it('reads "…, calling him “…”" and "…, describing the deal as…" after a clause as its subject’s claim', () => {
    const text = 'Donald Trump attacked Barack Obama, calling him “the most ignorant president in our history.” Ann Lee criticised the plan, describing the deal as a failure.';
    const { claims } = claimsOf(text, [{ name: 'Donald Trump' }, { name: 'Barack Obama' }, { name: 'Ann Lee' }]);
    expect(claims.map((c) => `${c.speaker?.name} | ${c.text}`)).toEqual(['Donald Trump | calling him “the most ignorant president in our history.”', 'Ann Lee | describing the deal as a failure.']);
  });

  it('reads no claim in a gerund after a verb or a preposition ("began calling Libyan groups", "accused of calling"), and keeps a means inside the claim it serves', () => {
    expect(summary('Bob Smith said he began calling Libyan groups and making an effort to help.', [{ name: 'Bob Smith' }])).toEqual(['reported Bob Smith']);
    const text = 'Donald Trump responded to that tweet by calling Alwaleed “dopey” and accusing him of lying.';
    const { claims } = claimsOf(text, [{ name: 'Donald Trump' }, { name: 'Alwaleed' }]);
    expect(claims.map((c) => c.text)).toEqual([text]);
  });
});

describe('subjects with floated quantifiers and written bases', () => {
  it('leaves a floated "each" or "all" out of the subject ("Microsoft and Google have each pledged", "The ministers all said"), not "Nearly all"', () => {
    const two = [{ name: 'Microsoft', type: 'organization' as const }, { name: 'Google', type: 'organization' as const }];
    expect(summary('Microsoft and Google have each pledged to spend billions on data centres.', two)).toEqual(['reported Microsoft']);
    expect(summary('The ministers all said they would resign.')).toEqual(['anonymous anon:The ministers']);
    expect(summary('Nearly all said they would vote.')).toEqual(['reported Nearly all']);
  });

  it('gives "The Santa Clara, California-based company said" to the company named before', () => {
    const text = 'Nvidia reported a record profit. The Santa Clara, California-based company said revenue rose to $35.1 billion.';
    expect(summary(text, [{ name: 'Nvidia', type: 'organization' }, { name: 'Santa Clara', type: 'place' }])).toEqual(['reported Nvidia', 'reported Nvidia']);
  });
});

describe('documents that read', () => {
  it('gives "“…,” a welcome message on the website reads." to the message, a post-modifier and all', () => {
    const text = 'Rob Calabrese set up a website. “Hi Americans! Donald Trump may become the President of your country!” a welcome message on the website reads.';
    expect(summary(text, [{ name: 'Rob Calabrese' }, { name: 'Donald Trump' }])).toEqual(['quote a welcome message on the website']);
  });
});

describe('modals in subjects', () => {
  it('reads no subject in a verb phrase after a modal ("…would require delegates to challenge existing party rules that purport to…")', () => {
    expect(summary('Another method would require individual delegates to challenge existing party rules that purport to bind them. Readers may not let editorials tell them how to vote.')).toEqual([]);
    expect(summary('Officials said it would help.')).toEqual(['anonymous anon:Officials']);
  });
});

describe('asides between dashes', () => {
  it('keeps a subject of its own after an aside ("…cheeseburger - an old favorite - others say…")', () => {
    expect(summary('While he still enjoys the occasional cheeseburger - an old favorite - others say he has never been healthier.')).toEqual(['anonymous anon:others']);
  });
});

describe('nouns spelled like verbs of speech, and blame that quotes', () => {
  it('reads "wrote in a note to clients that…" and "wrote in a report that…" as the writer’s claims', () => {
    expect(summary('Orphe Divounguy wrote in a note to clients that demand would pick up.', [{ name: 'Orphe Divounguy' }])).toEqual(['reported Orphe Divounguy']);
    expect(summary('Orphe Divounguy wrote in a report that demand would pick up.', [{ name: 'Orphe Divounguy' }])).toEqual(['reported Orphe Divounguy']);
    // A noun in -ing right after its determiner: "in his ruling that…", "in a filing that…".
    expect(summary('Judge Timothy Brooks wrote in his ruling that the law was vague.', [{ name: 'Timothy Brooks' }])).toEqual(['reported Timothy Brooks']);
    expect(summary('The state said in a filing on Monday that the law was clear.', [{ name: 'The state', type: 'place' }]).length).toBe(1);
  });

  it('reads "blamed “persistent affordability challenges”" as a quoted claim', () => {
    expect(summary('Its executive chairman, Stuart Miller, blamed “persistent affordability challenges”.', [{ name: 'Stuart Miller' }])).toEqual(['quote Stuart Miller']);
  });
});

describe('"question whether"', () => {
  it('reads "Some analysts question whether…" and "is questioning whether…" as claims, not "relentless questions about whether"', () => {
    expect(summary('Some analysts question whether lower rates would even help.')).toEqual(['anonymous anon:Some analysts']);
    expect(summary('Donald Trump is questioning whether the president was born here.', [{ name: 'Donald Trump' }])).toEqual(['reported Donald Trump']);
    expect(summary('Ann Lee has endured relentless questions about whether she will quit.', [{ name: 'Ann Lee' }])).toEqual([]);
  });
});

describe('tabloid sources', () => {
  it('reads pals and friends as unnamed sources ("pals have revealed", "the pal claimed")', () => {
    expect(summary('Gemma Collins has split from her fiancé, pals have revealed.', [{ name: 'Gemma Collins' }])).toEqual(['anonymous anon:pals']);
    expect(summary('“Rami has moved out,” the pal claimed.')).toEqual(['anonymous anon:the pal']);
  });
});

describe('plural nouns spelled like verbs in the object', () => {
  it('reads "rules" after a negated verb or a compound adjective as a noun, no claim ("didn’t stick to agreed-upon rules on how…")', () => {
    expect(summary('The company didn’t follow tax rules on how profits are booked.')).toEqual([]);
    expect(summary('The Turkish side didn’t stick to agreed-upon rules on how negotiations would proceed.')).toEqual([]);
    const split = summary('The spokesman says talks broke down because the Turkish side didn’t stick to agreed-upon rules on how negotiations would proceed.');
    expect(split).toEqual(['anonymous anon:The spokesman']);
    // The negation of a relative clause leaves the verb after it.
    expect(summary('The man who didn’t vote says that he regrets it.')).toEqual(['anonymous anon:The man']);
  });
});

describe('declarations that are statuses', () => {
  it('reads a passive "declared" as no claim of its subject ("has been declared a total loss", "Emergency declared over outbreak")', () => {
    expect(summary('A Wallace residence has been declared a total loss after fire ripped through its interior.')).toEqual([]);
    expect(summary('The man was declared dead at the scene.')).toEqual([]);
    expect(summary('Public health emergency declared over measles outbreak')).toEqual([]);
    // The speaker's declarations stay claims.
    expect(summary('John Smith declared in a speech that the war was over.', [{ name: 'John Smith' }])).toEqual(['reported John Smith']);
    expect(summary('“Our nation is in danger,” Essid declared during a news conference.', [{ name: 'Essid' }])).toEqual(['quote Essid']);
  });
});

describe('subjects inside clauses', () => {
  it('gives "…told them the man was threatening to…" to the man, not to the words before him', () => {
    const c = claimsOf('The dispatchers called officers and told them the man was threatening to blow up his RV.').claims;
    expect(c.map((x) => x.speaker?.name)).toEqual(['The dispatchers', 'the man']);
  });

  it('reads a participle after a fronted "Although…" clause as the main subject’s ("…, some analysts have been lukewarm, saying…")', () => {
    expect(summary('Although the phone’s appeal remains to be seen, some analysts have been lukewarm on the device, saying it is too costly.')).toEqual(['anonymous anon:some analysts']);
  });
});

describe('nationalities in roles', () => {
  it('gives "Ukrainian president warns…" to no French president named later', () => {
    const text = 'Ukrainian president warns that the situation will get out of control\n\nFrench president Francois Hollande began talks with Ukraine’s Petro Poroshenko.';
    const c = claimsOf(text, [{ name: 'Francois Hollande', role: 'French president' }, { name: 'Petro Poroshenko' }]).claims;
    expect(c[0]?.speaker?.name).not.toBe('Francois Hollande');
  });

  it('reads "in his brief remarks at…" as a noun, no claim, and "His lawyer notes that…" as one', () => {
    expect(summary('Remarks matter. The president spoke in his brief remarks at the start of the meeting.')).toEqual([]);
    expect(summary('His lawyer notes that the case is weak.')).toEqual(['anonymous anon:His lawyer']);
  });
});

describe('refusals and appeals', () => {
  it('reads "His appeal was denied…" as no claim, "The claim was denied by the company" as the company’s', () => {
    expect(summary('His Supreme Court appeal to overturn the result was denied due to a lack of evidence.')).toEqual([]);
    expect(summary('The claim was denied by the company.', [{ name: 'the company', type: 'organization' }])).toEqual(['reported the company']);
  });

  it('gives ", calling on X to…" to the sentence’s subject, not to the whole clause before the comma', () => {
    const c = claimsOf('Hundreds of protesters clashed with police in Nairobi, calling on the president to resign.').claims;
    expect(c.map((x) => x.speaker?.name)).toEqual(['Hundreds of protesters']);
  });
});

describe('what follows "said" after an appositive', () => {
  it('reads "…, said the redeployment by the RSF in Khartoum posed a danger" as what was said, not an inverted subject', () => {
    const c = claimsOf('The clashes came after the army, led by General Burhan, said the recent redeployment by the RSF in Khartoum posed a danger to security.', [{ name: 'RSF', type: 'organization' }]).claims;
    expect(c.map((x) => x.speaker?.name)).not.toContain('the recent redeployment by the RSF');
    expect(summary('“We are ready,” said the company in a statement issued on Monday.', [{ name: 'the company', type: 'organization' }])).toEqual(['quote the company']);
  });
});

describe('stacked appositives', () => {
  it('gives "Name, a deputy in the X Party, the main opposition party, said…" to the person, not to the party', () => {
    const text = 'Luiz Carlos Hauly, a deputy in the Social Democratic Party, the main opposition party, said Rousseff had to go.';
    const c = claimsOf(text, [{ name: 'Luiz Carlos Hauly' }, { name: 'Social Democratic Party', type: 'organization', aliases: ['the main opposition party'] }]).claims;
    expect(c.map((x) => x.speaker?.name)).toEqual(['Luiz Carlos Hauly']);
  });
});

describe('outlets that report', () => {
  it('does not give "the company" to the outlet whose report the sentence cites ("As Mashable reports, the company announced…")', () => {
    const text = 'Uber raised its fares in Sydney. As Mashable reports, the company announced that it would charge a minimum of $100.';
    const c = claimsOf(text, [{ name: 'Uber', type: 'organization' }, { name: 'Mashable', type: 'organization' }]).claims;
    expect(c.map((x) => x.speaker?.name)).toEqual(['Uber']);
  });
});

describe('press releases', () => {
  it('reads "CITY, State--(BUSINESS WIRE)--Date--Name, Inc. (NYSE: X) today announced…" as the company’s claim, dateline left out', () => {
    const text = 'GROTON, Mass.--(BUSINESS WIRE)--Oct. 10, 2000--New England Business Service, Inc. (NYSE: NEB) today announced results for the quarter.';
    const c = claimsOf(text, [{ name: 'New England Business Service', type: 'organization' }]).claims;
    expect(c.map((x) => [x.speaker?.name, x.text])).toEqual([['New England Business Service', 'New England Business Service, Inc. (NYSE: NEB) today announced results for the quarter.']]);
    // "NATO-led" opens no dateline.
    expect(claimsOf('NATO-led forces said they would stay.').claims[0]?.text).toBe('NATO-led forces said they would stay.');
  });
});

describe('relative clauses after a preposition', () => {
  it('gives "spoke to another insider who confirmed…" to the insider, without the preposition, and "criticism from groups who said…" to the groups', () => {
    expect(summary('The Enquirer spoke to another insider who confirmed the breakup.')).toEqual(['anonymous anon:another insider']);
    // The noun phrase after a preposition is the antecedent, not the clause before it; after a comma, the whole phrase.
    expect(summary('The plan drew criticism from environmental groups who said it would harm wildlife.')).toEqual(['anonymous anon:environmental groups']);
    expect(summary('The change will placate nervous Democrats on Capitol Hill, who have argued that it helps them.', [{ name: 'Democrats', type: 'group' }, { name: 'Capitol Hill', type: 'place' }])).toEqual(['reported Democrats']);
  });
});

describe('passive confirmations and plural sources', () => {
  it('reads "The first collisions were confirmed at Cern" as no claim of its subject, "confirmed by police" as the police’s', () => {
    expect(summary('The first collisions were confirmed at Cern, where the collider is housed.')).toEqual([]);
    expect(summary('Paxton’s death was confirmed hours before the ceremony.')).toEqual([]);
    expect(summary('The deaths were confirmed by police.')).toEqual(['reported police']);
  });

  it('keeps "Several reports from witnesses" whole as the source ("reports" is its noun, not a verb)', () => {
    expect(summary('Several reports from witnesses say Bhutto was shot in the neck.')).toEqual(['anonymous anon:Several reports from witnesses']);
  });
});

describe('asides without their closing comma', () => {
  it('gives "Akpabio, while addressing reporters after the talks stressed that…" to Akpabio', () => {
    const c = claimsOf('Akpabio, while addressing State House Correspondents after closed-door talks with the President stressed that there is unity.', [{ name: 'Akpabio' }]).claims;
    expect(c.map((x) => x.speaker?.name)).toEqual(['Akpabio']);
  });
});

describe('more asides and inversions', () => {
  it('gives "The actor, during a sit-down with the HuffPost explained…" to the actor, not the sit-down', () => {
    const c = claimsOf('The actor, during a sit-down with the HuffPost explained what his final role will look like.', [{ name: 'HuffPost', type: 'organization' }]).claims;
    expect(c.map((x) => x.speaker?.name)).toEqual(['The actor']);
  });

  it('reads "…, explains Anastacia and apologizes to her fans" as Anastacia’s', () => {
    const c = claimsOf('On the advice of doctors, she needs to recover, explains Anastacia and apologizes to her fans.', [{ name: 'Anastacia' }]).claims;
    expect(c.map((x) => x.speaker?.name)).toEqual(['Anastacia']);
  });
});

describe('objects spelled like verbs after a past tense', () => {
  it('reads "have raised Democratic hopes that…" as no claim', () => {
    expect(summary('The probes have raised Democratic hopes that they could retake the House.')).toEqual([]);
  });
});

describe('fronted phrases with plural nouns of speech', () => {
  it('reads "In other tweets, he said…" as his claim, not one of "In other"', () => {
    const c = claimsOf('Elon Musk posted again. In other tweets, he said his girlfriend was mad at him.', [{ name: 'Elon Musk', aliases: ['Musk'] }]).claims;
    expect(c.map((x) => x.speaker?.name)).toEqual(['Elon Musk']);
  });
});

describe('the opening noun phrase as a last resort', () => {
  it('takes no clause with a present tense and its object for the source of a participle ("The Kootenay site contains a wider variety…, revealing…")', () => {
    expect(summary('The Kootenay site contains a wider variety of specimens than Yoho, most of which are better preserved, revealing details that scientists have never seen before.')).toEqual([]);
  });
});

describe('"according to her"', () => {
  it('gives "…, according to her." to the woman named before, as "according to him" to the man', () => {
    const c = claimsOf('Christine Lagarde said rates would rise. It is better to act now, according to her.', [{ name: 'Christine Lagarde' }]).claims;
    expect(c.map((x) => x.speaker?.name)).toEqual(['Christine Lagarde', 'Christine Lagarde']);
  });
});

describe('free relatives with a coordinated question', () => {
  it('reads "see what the data showed and how the situation developed" as no claim of the data', () => {
    expect(summary('They wanted to wait and see what the data showed and how the situation developed.')).toEqual([]);
  });
});

describe('relative clauses after a preposition', () => {
  it('gives "a demonstration during which Diallo alleged…" to Diallo, the relative clause’s own subject', () => {
    const text = 'The march came a week after a banned demonstration during which Cellou Diallo alleged that police had tried to assassinate him.';
    expect(summary(text, [{ name: 'Cellou Diallo' }])).toEqual(['reported Cellou Diallo']);
  });
});

describe('a passive’s agent described, then named', () => {
  it('gives "confirmed by the head of the opposition and former prime minister Cellou Diallo" to Diallo', () => {
    const text = 'The death of the man was confirmed by the head of the opposition and former prime minister Cellou Diallo, adding that 15 other protesters were injured.';
    expect(summary(text, [{ name: 'Cellou Diallo' }])).toEqual(['reported Cellou Diallo', 'reported Cellou Diallo']);
  });

  it('gives "confirmed by the head of the opposition, Cellou Diallo" to Diallo', () => {
    expect(summary('The death was confirmed by the head of the opposition, Cellou Diallo.', [{ name: 'Cellou Diallo' }])).toEqual(['reported Cellou Diallo']);
  });
});

describe('sports descriptions of a player named before', () => {
  it('gives "said the England international" and "said the midfielder" to the player just named', () => {
    const text = 'Phil Jones admitted United deserved to lose. “We started too slow,” said the England international. “We were poor today,” said the midfielder.';
    expect(summary(text, [{ name: 'Phil Jones', aliases: ['Jones'] }])).toEqual(['reported Phil Jones', 'quote Phil Jones', 'quote Phil Jones']);
  });
});

describe('appositives with adjectives joined by a comma', () => {
  it('gives "NeoChord, Inc., a venture-backed, Minneapolis-based medical technology company, announced…" to NeoChord', () => {
    const text = 'NeoChord, Inc., a venture-backed, Minneapolis-based medical technology company, announced today that it has enrolled the first patient in its European clinical trial.';
    expect(summary(text, [{ name: 'NeoChord', type: 'organization' }])).toEqual(['reported NeoChord']);
  });
});

describe('an appositive left open before the verb', () => {
  it('gives "“…,” Mr Jack Gorman, analyst at Davy Stockbrokers said" to Gorman, not to an unnamed analyst', () => {
    const text = '"This superior result is a huge positive," Mr Jack Gorman, analyst at Davy Stockbrokers said in a research note.';
    expect(summary(text, [{ name: 'Jack Gorman' }, { name: 'Davy Stockbrokers', type: 'organization' }])).toEqual(['quote Jack Gorman']);
  });
});

describe('attributions after a quotation with "pointed out" and "wrote the…"', () => {
  it('gives "“…,” wrote the Foreign Ministry of Peru on Twitter" and "“…,” the ministry pointed out on Twitter" to the ministry', () => {
    const text = 'Dina Boluarte leads Peru. “The ministry delivered a note to the Bolivian ambassador,” wrote the Foreign Ministry of Peru this Monday on Twitter. “Their acts of interference are inconsistent with international law,” the Foreign Ministry of Peru pointed out on Twitter.';
    const actors = [{ name: 'Dina Boluarte' }, { name: 'Foreign Ministry of Peru', type: 'organization' as const }];
    expect(summary(text, actors)).toEqual(['quote Foreign Ministry of Peru', 'quote Foreign Ministry of Peru']);
  });
});

describe('indefinite sources', () => {
  it('reads "a funeral service said" as an unnamed source, and keeps "according to an arrest affidavit" a document’s', () => {
    const text = 'A seven-year-old girl was killed in a shooting in Mandalay, a funeral service said. According to an arrest affidavit, Hale got into an argument with the victim.';
    expect(summary(text)).toEqual(['anonymous anon:a funeral service', 'according-to an arrest affidavit']);
  });
});

describe('plural people as sources', () => {
  it('reads "deputies said" as an unnamed group of sources', () => {
    expect(summary('Slaughter did not pay for the second trash can either, deputies said.')).toEqual(['anonymous anon:deputies']);
  });
});

describe('documents whose author follows a participle', () => {
  it('gives "according to data released by MOTIE in August" and "data going back to 1950 from FactSet" to their authors', () => {
    const text = 'According to data released by MOTIE in August, newly installed capacity rose 12%. The index has risen about 1.3% on average, according to data going back to 1950 from FactSet.';
    expect(summary(text, [{ name: 'MOTIE', type: 'organization' }, { name: 'FactSet', type: 'organization' }])).toEqual(['according-to MOTIE', 'according-to FactSet']);
  });
});

describe('plural nouns spelled like verbs of speech after a verb and a noun', () => {
  it('finds no claim in "presented protest notes to the ambassadors", and reads "called such projects “…”" by its verb', () => {
    const text = 'The government presented protest notes to the ambassadors of Bolivia and Colombia. Peru sends protest notes to two embassies. Jim Justice has called such projects "a drop in the bucket."';
    const { claims } = claimsOf(text, [{ name: 'Jim Justice' }]);
    expect(claims.map((c) => text.slice(c.cues![0]!.start, c.cues![0]!.end))).toEqual(['called']);
  });
});

describe('a consensus as a source', () => {
  it('reads "The consensus is that…" and "The overall consensus among reviewers was that…" as unnamed sources', () => {
    expect(summary('The consensus is that Tim Cook will unveil a smartwatch. The overall consensus among reviewers was that the laptop offers long battery life.', [{ name: 'Tim Cook' }])).toEqual(['anonymous anon:the consensus', 'anonymous anon:reviewers']);
  });
});

describe('a roundup’s named reviewer before a colon', () => {
  it('gives the unquoted paragraph after "The Verge’s Nilay Patel … found the dip a worthy tradeoff:" to Patel', () => {
    const text = 'Here’s what the reviewers had to say about the new laptop:\nThe Verge’s Nilay Patel was floored at the battery life and found the dip in processing power a worthy tradeoff:\n13 hours and 29 minutes. That’s all you really need to know about how long the new laptop lasted in our test.';
    expect(summary(text, [{ name: 'The Verge', type: 'organization' }, { name: 'Nilay Patel' }])).toEqual(['quote Nilay Patel']);
  });
});

describe('indefinite things that cannot speak', () => {
  it('does not call "an algorithm" an unnamed source of people', () => {
    expect(summary('An algorithm determined that the loans were too risky.')).toEqual(['reported An algorithm']);
  });
});

describe('a role as the subject before someone named later in the sentence', () => {
  it('gives "“…,” he told…" to the prime minister who warned, not to the rival in the fronted clause with a quoted word', () => {
    const text = 'Prime Minister Adam Hale says he will not underestimate Tom Reed. When asked whether Mr Reed’s leadership is a “blessing” for the government, the prime minister warned against complacency.\n“I never underestimate my opponents,” he told the programme.';
    const { claims, entities } = claimsOf(text, [{ name: 'Adam Hale', role: 'Prime Minister' }, { name: 'Tom Reed', aliases: ['Mr Reed'] }]);
    const quote = claims.find((c) => c.kind === 'quote')!;
    expect(entities.find((e) => e.id === quote.speaker?.entity)?.name).toBe('Adam Hale');
  });
});

describe('a title naming its holder’s superior, then the name in apposition', () => {
  it('gives "Special Adviser to the President…, Mr. Bayo Onanuga, said" and the next "According to him" to Onanuga, not the President', () => {
    const text = 'President Bola Tinubu is undermining democracy, the opposition says. In a statement, Special Adviser to the President on Information and Strategy, Mr. Bayo Onanuga, said the opposition figures were “engaging in subterfuge.”\nAccording to him, “the opposition politicians are amusing lots.”';
    expect(summary(text, [{ name: 'Bola Tinubu', role: 'President', aliases: ['President'] }, { name: 'Bayo Onanuga' }]).filter((s) => !s.includes('opposition'))).toEqual(['reported Bayo Onanuga', 'according-to Bayo Onanuga']);
  });
});

describe('a champion or a ruler described after the name', () => {
  it('gives "said the 23-time Grand Slam champion" and "The Brazilian ruler affirmed" to the person named before', () => {
    const text = 'Serena Williams lost to Naomi Osaka. “I made so many errors,” said the 23-time Grand Slam champion. Luiz Inacio Lula da Silva spoke to a radio station. The Brazilian ruler affirmed that the count must be verified.';
    expect(summary(text, [{ name: 'Serena Williams' }, { name: 'Naomi Osaka' }, { name: 'Luiz Inacio Lula da Silva' }])).toEqual(['quote Serena Williams', 'reported Luiz Inacio Lula da Silva']);
  });
});

describe('a clause that "but" opens after an attribution', () => {
  it('gives "“…,” Oppenheimer said in an interview, but at first glance, investors disagreed" to Oppenheimer alone', () => {
    const text = '"The quarter was a home run," Oppenheimer said in an interview earlier Monday, but at first glance, investors disagreed. Selling is hard, but changing behavior is harder, Hege said.';
    expect(summary(text, [{ name: 'Oppenheimer' }, { name: 'Hege' }])).toEqual(['quote Oppenheimer', 'reported Hege']);
  });
});

describe('an organisation’s report and the company it reports on', () => {
  it('gives "…, said IDC Thursday." to IDC, and the next "Samsung “…,” it said." to IDC too', () => {
    const text = 'Market leader Samsung “had a challenging quarter” with shipments down 13 percent, said IDC Thursday. Samsung “continues to feel pressure from all directions,” especially from Huawei, it said.';
    expect(summary(text, [{ name: 'IDC', type: 'organization' }, { name: 'Samsung', type: 'organization' }, { name: 'Huawei', type: 'organization' }])).toEqual(['reported IDC', 'quote IDC']);
  });
});

describe('a document after the verb it speaks with', () => {
  it('finds the quotation of "“…,” said the post." and gives it to the post', () => {
    expect(summary('“Please take it to the local police,” said the post.')).toEqual(['quote the post']);
  });
});

describe('a connective between an auxiliary and its verb', () => {
  it('reads "She did, however, confirm that…" as her claim', () => {
    expect(summary('Carol Lam refused to discuss the plea. She did, however, confirm that her office has created a procedure.', [{ name: 'Carol Lam' }])).toEqual(['reported Carol Lam']);
  });
});

describe('a company’s reported sums', () => {
  it('reads "the company reported around $1 billion in operating profit" as the company’s claim', () => {
    expect(summary('Nokia sold more phones. The company reported around $1 billion in operating profit.', [{ name: 'Nokia', type: 'organization' }])).toEqual(['reported Nokia']);
  });
});

describe('"saying" after a time that closes the clause', () => {
  it('reads "Qatar pulled back last month saying it felt the talks had failed" as Qatar’s claim', () => {
    expect(summary('Qatar pulled back from the mediation process last month saying it felt the talks had failed.', [{ name: 'Qatar', type: 'place' }])).toEqual(['reported Qatar']);
  });
});

describe('"her" as a possessive after a verb that characterises', () => {
  it('reads "calling her defeat to Naomi Osaka “a big error day”" and "called her vote in favor of the war a mistake" as claims', () => {
    const text = 'Serena Williams cut short her press conference, calling her defeat to Naomi Osaka “a big error day”. At the forum, Hillary Clinton called her vote in favor of the Iraq War a mistake.';
    expect(summary(text, [{ name: 'Serena Williams' }, { name: 'Naomi Osaka' }, { name: 'Hillary Clinton' }])).toEqual(['reported Serena Williams', 'reported Hillary Clinton']);
  });
});

describe('questions put to the subject and relative clauses on "something"', () => {
  it('reads neither "asked what he would say" nor "something he expected to see" as a claim of its own', () => {
    const text = 'Kraigg Brathwaite spoke to reporters. “We are very sorry,” Brathwaite said when asked what he would say to the fans. He said the poor performance was not something he expected to see.';
    const { claims } = claimsOf(text, [{ name: 'Kraigg Brathwaite', aliases: ['Brathwaite'] }]);
    expect(claims.map((c) => c.text)).toEqual(['“We are very sorry,” Brathwaite said', 'He said the poor performance was not something he expected to see.']);
  });
});

describe('an -s form after an intensifier and an adjective', () => {
  it('reads "the very unfortunate comments that were made" as a noun, no source', () => {
    expect(summary('It has to do with the very unfortunate comments that were made over time.')).toEqual([]);
  });
});

describe('a noun in -s after a fronted setting', () => {
  it('finds no source in "In addition to the sexual harassment claims, the suit contains other allegations"', () => {
    expect(summary('In addition to the sexual harassment claims, the suit contains other allegations as well.')).toEqual([]);
  });
});

describe('a role named by another word for it', () => {
  it('gives "The prosecutor noted that…" to the deputy district attorney named before', () => {
    const text = 'Deputy District Attorney Marc Labreche has helped the city recover $3 million. The prosecutor noted that Nguyen had taken advantage of the turnover.';
    expect(summary(text, [{ name: 'Marc Labreche', role: 'Deputy District Attorney' }, { name: 'Nguyen' }])).toEqual(['reported Marc Labreche']);
  });
});

describe('a bulletin as a document', () => {
  it('gives "The latest bulletin from the India Meteorological Department predicted that…" to the department', () => {
    expect(summary('The latest bulletin from the India Meteorological Department predicted that winds would trigger flooding.', [{ name: 'India Meteorological Department', type: 'organization' }, { name: 'India', type: 'place' }])).toEqual(['reported India Meteorological Department']);
  });
});

describe('"analysed" and "reflected" after a quotation', () => {
  it('reads "“Kevin’s made a mistake,” he analysed." as a quote, but not "analysed the data"', () => {
    const text = 'Red Bull boss Christian Horner backed Albon. “Kevin’s made a mistake,” he analysed. Engineers analysed the data overnight.';
    expect(summary(text, [{ name: 'Christian Horner', role: 'boss' }, { name: 'Albon' }])).toEqual(['quote Christian Horner']);
  });
});

describe('athletes described after their names', () => {
  it('gives "said the Northern Irish golfer" to the golfer named before, but "The driver said" after a crash to no one named', () => {
    const text = 'Rory McIlroy finished third. “I played well,” said the Northern Irish golfer. John Smith was hit by a car. The driver said he did not see him.';
    expect(summary(text, [{ name: 'Rory McIlroy' }, { name: 'John Smith' }])).toEqual(['quote Rory McIlroy', 'anonymous anon:The driver']);
  });
});

describe('a person the article never names, referred to by a definite noun', () => {
  it('reads "the policeman said" after "a former Guatemalan police officer" as an unnamed source', () => {
    expect(summary('A former Guatemalan police officer asked for asylum. The policeman said he was told to wait.')).toEqual(['anonymous anon:The policeman']);
  });
});

describe('the speaker of a quoted sentence as the antecedent of the next "he"', () => {
  it('gives "He added that…" after "“…,” the Turkish leader said" to the leader, not to the visitor named first', () => {
    const text = 'Israeli President Isaac Herzog will visit Turkey, Turkish President Recep Tayyip Erdogan announced.\n“This visit could open a new chapter,” the Turkish leader said in an interview. He added that he was “ready to take steps.”';
    expect(summary(text, [{ name: 'Isaac Herzog', role: 'President', affiliation: 'e3' }, { name: 'Recep Tayyip Erdogan', role: 'President', affiliation: 'e4' }, { name: 'Israel', type: 'place', aliases: ['Israeli'] }, { name: 'Turkey', type: 'place', aliases: ['Turkish'] }]).slice(-1)).toEqual(['quote Recep Tayyip Erdogan']);
  });
  it('does not give "the Republican nominee" to the Democratic running mate, whose role is a nominee too', () => {
    const text = 'Democratic vice presidential nominee Tim Kaine spoke on Monday. Donald Trump also campaigned. The Republican nominee also linked cyber vulnerabilities to the email server.';
    expect(summary(text, [{ name: 'Tim Kaine', role: 'nominee' }, { name: 'Donald Trump', role: 'Republican' }])).not.toContain('reported Tim Kaine');
  });
});

describe('"called" naming a thing after a lowercase noun', () => {
  it('reads no claim in "a struggling shop called Whitbie’s Fish & Chips", but "The senator called Obama a liar"', () => {
    const text = 'After Colin Ross, 31, decided to eat at a struggling shop called Whitbie’s Fish & Chips following a long night out, he fell in love with the food. The senator called Obama a liar.';
    expect(summary(text, [{ name: 'Colin Ross' }, { name: 'Obama' }])).toEqual(['anonymous anon:The senator']);
  });
});

describe('a forecast with a negation or an adverb in its passive', () => {
  it('reads "He is not expected to play" and "the bills are not expected to be considered" as hedged, no one’s claim', () => {
    const text = 'Victor Wembanyama has a blood clot. He is not expected to play again this season. The bills are also expected to fail.';
    expect(summary(text, [{ name: 'Victor Wembanyama' }])).toEqual(['hedged none', 'hedged none']);
  });
});

describe('a stance named by its holder’s possessive', () => {
  it('reads "That is the Spurs’ belief, that Wembanyama will recover" as the Spurs’ position', () => {
    const text = "The San Antonio Spurs announced the news. That is the Spurs' belief, that Wembanyama will make a full recovery.";
    expect(summary(text, [{ name: 'San Antonio Spurs', type: 'organization', aliases: ['Spurs'] }, { name: 'Wembanyama' }])).toEqual(['reported San Antonio Spurs', 'position San Antonio Spurs']);
  });
});

describe('"outright" between a subject and its verb', () => {
  it('gives "PML-N president Shahbaz Sharif outright rejected the results and said…" to Sharif', () => {
    const text = 'PML-N president Shahbaz Sharif outright rejected the election results and said his party would launch protests.';
    const { claims, entities } = claimsOf(text, [{ name: 'PML-N', type: 'organization' }, { name: 'Shahbaz Sharif', role: 'president' }]);
    expect(claims.map((c) => entities.find((e) => e.id === c.speaker?.entity)?.name ?? c.speaker?.name)).toContain('Shahbaz Sharif');
    expect(claims.every((c) => c.speaker?.entity)).toBe(true);
  });
});

describe('a connective after the subject of coordinated verbs, and "late on Thursday" after a source', () => {
  it('gives "Mr Prabowo, however, has disputed the counts and continued to claim that…" to Prabowo, and trims "late" off "The elections commission late on Thursday said"', () => {
    const text = 'Prabowo Subianto spoke. Mr Prabowo, however, has disputed the quick counts and continued to claim that his own tabulation shows him winning. The elections commission late on Thursday said it may take 35 days.';
    expect(summary(text, [{ name: 'Prabowo Subianto', aliases: ['Mr Prabowo'] }])).toEqual(['reported Prabowo Subianto', 'reported The elections commission']);
  });
});

describe('"mention" as a verb of speech', () => {
  it('reads "Yonhap News mentioned that…" and "He did mention, however, that…" as claims, and "mentions policies she supported that…" as none', () => {
    const text = 'A month ago Yonhap News mentioned that Samsung may fix the hinge. Joshua Topolsky liked the phone. He did mention, however, that the battery life is short. The report also mentions policies she supported that voters disliked.';
    expect(summary(text, [{ name: 'Yonhap News', type: 'organization' }, { name: 'Samsung', type: 'organization' }, { name: 'Joshua Topolsky' }])).toEqual(['reported Yonhap News', 'reported Joshua Topolsky']);
  });
});

describe('a class noun of the press', () => {
  it('gives "The outlet -- which reported that Samsung would… -- now says…" to the newspaper, not to the company it names', () => {
    const text = "Samsung's phone is late, The Korea Herald reported. The outlet -- which reported in May that Samsung would decide soon -- now says that the launch is off.";
    expect(summary(text, [{ name: 'Korea Herald', type: 'organization' }, { name: 'Samsung', type: 'organization' }])).toEqual(['reported Korea Herald', 'reported Korea Herald']);
  });
});

describe('a quotation carried into a paragraph that does not reopen it', () => {
  it('gives the second paragraph of "He said:¶“I think…¶…[In] a world…, I don’t think…”" to the same speaker', () => {
    const text = 'Andrew Wilson spoke on the call. He said:\n“I think we are in an incredible position. We are soon to be the largest publisher.\n…[In] a world where gaming is becoming more important, I don’t think we could be in a stronger position.”\nThe shares rose.';
    const { claims, entities } = claimsOf(text, [{ name: 'Andrew Wilson' }]);
    const second = claims.find((c) => c.text.includes('stronger position'));
    expect(second && entities.find((e) => e.id === second.speaker?.entity)?.name).toBe('Andrew Wilson');
  });
});

describe('two roles joined by "and" before a name, the first shared', () => {
  it('reads "“…,” Petal co-founder and CEO Jason Gross tells Crunchbase News." as one quote of Gross, with no claim made of the attribution', () => {
    const text = 'Petal raised money. “It would be hard to build the company anywhere else,” Petal co-founder and CEO Jason Gross tells Crunchbase News.';
    const { claims } = claimsOf(text, [{ name: 'Petal', type: 'organization' }, { name: 'Jason Gross' }, { name: 'Crunchbase News', type: 'organization' }]);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text.startsWith('“It would be hard')).toBe(true);
  });
});

describe('an inverted attribution to a bare plural with a post-modifier', () => {
  it('gives "…, said people familiar with the talks." and "…, said individuals familiar with the discussions." to anonymous sources', () => {
    const text = 'The deal is off, said people familiar with the talks. Officials fear there may be no way to end the program soon, said individuals familiar with the discussions.';
    expect(summary(text)).toEqual(['anonymous anon:people familiar with the talks', 'anonymous anon:individuals familiar with the discussions']);
  });
});

describe('a pronoun attributing the clause before it', () => {
  it('gives "Under federal guidelines, James should receive 15 years, she said." to the woman who spoke before, not to James', () => {
    const text = 'Assistant U.S. Attorney Judith Germano said the estimate was too low. Under federal guidelines, James should receive between 15 and 19 years, she said.';
    expect(summary(text, [{ name: 'Judith Germano' }, { name: 'Sharpe James', aliases: ['James'] }])).toEqual(['reported Judith Germano', 'reported Judith Germano']);
  });
});

describe('an appositive after "the" whose closing comma the writer left out', () => {
  it('gives "Justice Ireen Mambilima, the head of the commission said…" to Mambilima, and "…would go to Ann Lee, the spokesman said" to the spokesman', () => {
    const text = 'Hichilema rejected the result. Justice Ireen Mambilima, the head of the commission said during a briefing that the election was credible. The money would go to Ann Lee, the spokesman said.';
    expect(summary(text, [{ name: 'Hichilema' }, { name: 'Ireen Mambilima' }, { name: 'Ann Lee' }])).toEqual(['reported Ireen Mambilima', 'anonymous anon:the spokesman']);
  });
});

describe('an inverted attribution to a bare role whose holder is named after its comma', () => {
  it('gives "“…,” said vice president of the Kingston Pike Sequoyah Hills Association, Sallie Namey." to Namey', () => {
    const text = 'Five people were arrested. "The entire neighborhood was on high alert," said vice president of the Kingston Pike Sequoyah Hills Association, Sallie Namey.';
    expect(summary(text, [{ name: 'Sallie Namey' }, { name: 'Kingston Pike Sequoyah Hills Association', type: 'organization' }])).toEqual(['quote Sallie Namey']);
  });
});

describe('a decision that something is so', () => {
  it('reads "The Board decided that a change in leadership was necessary" as a claim, and "decided to fix" and "was decided when" as none', () => {
    const text = 'The Board decided that a change in leadership was necessary. The design team decided to fix a few things. The tie was already decided when Gonzalez won.';
    expect(summary(text, [{ name: 'Board', type: 'organization' }, { name: 'Gonzalez' }])).toEqual(['reported Board']);
  });
});

describe('"pointed out" after a quantifier, and "commenting that"', () => {
  it('reads "Still, many pointed out that…" as an anonymous claim, and "…, said Cedric Daep, …, commenting that…" as a second claim of Daep', () => {
    const text = 'The reviewers liked the phone. Still, many pointed out that call reception was no better. "We cannot rule out a major explosion," said Cedric Daep, the head of disaster relief, commenting that officials intend to evacuate 50,000 people.';
    expect(summary(text, [{ name: 'Cedric Daep' }])).toEqual(['anonymous anon:many', 'quote Cedric Daep', 'reported Cedric Daep']);
  });
});

describe('participles of manner verbs', () => {
  it('reads "…, joking that…" and "…, boasting that…" as claims of the sentence’s subject', () => {
    const text = 'Barack Obama spoke at the dinner, joking that he had aged. Donald Trump visited the plant, boasting that jobs were back.';
    expect(summary(text, [{ name: 'Barack Obama' }, { name: 'Donald Trump' }])).toEqual(['reported Barack Obama', 'reported Donald Trump']);
  });
});

describe('verbs of saying whose other senses are common', () => {
  it('reads "reckon that", "reminded voters that", "swore that" and "repeated that" as claims, and "reckoned with", "repeated warnings" as none', () => {
    const text = 'Analysts reckon that prices will fall. Joe Biden reminded voters that the law was his. Ann Lee swore that she was innocent. The ministry repeated that talks would go on. The songwriters also reckoned with the role of Glasgow. He ignored repeated warnings from his lawyer.';
    expect(summary(text, [{ name: 'Joe Biden' }, { name: 'Ann Lee' }])).toEqual(['anonymous anon:Analysts', 'reported Joe Biden', 'reported Ann Lee', 'reported The ministry']);
  });
});

describe('"all" and "each" as a sentence’s subject', () => {
  it('reads "To varying degrees, all agreed that…" as an anonymous claim', () => {
    const text = 'Leonard Burman and Ann Lee spoke. To varying degrees, all agreed that the proposal would increase taxes on the rich.';
    expect(summary(text, [{ name: 'Leonard Burman' }, { name: 'Ann Lee' }])).toEqual(['anonymous anon:all']);
  });
});

describe('a clause without "that" whose verb is a verb of report itself', () => {
  it('reads "Martini also signaled he believed the estimate was a stretch" as Martini’s claim', () => {
    const text = 'U.S. District Judge William Martini spoke on Wednesday. Martini also signaled he believed the estimate was a stretch.';
    expect(summary(text, [{ name: 'William Martini', aliases: ['Martini'] }])).toEqual(['reported William Martini']);
  });
});

describe('counsel, as court reports name a lawyer', () => {
  it('gives "…, counsel said." and "…, counsel argued." to the counsel named before, and "the lawyer said" to the attorney named before', () => {
    const text = 'Cian Ferriter, counsel for Mr White, spoke on Monday. The disputed rule was rooted in a Victorian mindset, counsel said. That was not the case, counsel argued. Mark MacDougall, an attorney for Pagliano, spoke too. The vote was a stunt, the lawyer said.';
    expect(summary(text, [{ name: 'Cian Ferriter', role: 'counsel' }, { name: 'White' }, { name: 'Mark MacDougall', role: 'attorney' }, { name: 'Pagliano' }])).toEqual(['reported Cian Ferriter', 'reported Cian Ferriter', 'reported Mark MacDougall']);
  });
});

describe('two roles joined by "and" in an appositive whose closing comma the writer left out', () => {
  it('gives "“…,” Ray Curry, secretary-treasurer of the UAW and director of the Heavy Truck Department said" to Curry', () => {
    const text = '“UAW members get up every day and put in long hours,” Ray Curry, secretary-treasurer of the UAW and director of the Heavy Truck Department said in a statement.';
    expect(summary(text, [{ name: 'Ray Curry' }, { name: 'UAW', type: 'organization' }, { name: 'Heavy Truck Department', type: 'organization' }])).toEqual(['quote Ray Curry']);
  });
});

describe('a time phrase between the auxiliary and the verb', () => {
  it('gives "An official had on Monday said that…" to the official, not to "An official had"', () => {
    const { claims } = claimsOf('Trains were halted. An official had on Monday night said that at least 70 people were injured.');
    expect(claims.map((c) => `${c.kind} ${c.speaker?.name}`)).toEqual(['anonymous An official']);
  });
});

describe('a role held in a named body, then its holder’s name in apposition', () => {
  it('gives "Vice President of Developer Relations at RIM, Alec Saunders, said:" to Saunders, not to the president named before', () => {
    const text = 'Thorsten Heins, President and Chief Executive of RIM, said it was a new day. Prior to Heins’ presentation, Vice President of Developer Relations at RIM, Alec Saunders, said: “The journey has been phenomenal.”';
    expect(summary(text, [{ name: 'Thorsten Heins', aliases: ['Heins'], role: 'President and Chief Executive' }, { name: 'RIM', type: 'organization' }, { name: 'Alec Saunders' }])).toEqual(['reported Thorsten Heins', 'quote Alec Saunders']);
  });
});

describe('an office no one here holds, describing the person the narration is about', () => {
  it('gives "“…,” the former president said" to Bill Clinton, who just spoke and has no role here, but not "the judge said" to a defendant', () => {
    const text = 'Bill Clinton said on Monday that jobs mattered. “We need jobs,” the former president said. John Doe, 34, was sentenced on Tuesday. “This was cruel,” the judge said.';
    expect(summary(text, [{ name: 'Bill Clinton' }, { name: 'John Doe' }])).toEqual(['reported Bill Clinton', 'quote Bill Clinton', 'anonymous anon:the judge']);
  });

  it('gives "“…,” the top diplomat said" to the minister who just spoke, and "the top official" to the unnamed official introduced before', () => {
    const text = 'In a tweet, Hossein Amir-Abdollahian said the Saudi side was willing to talk. “My counterpart assured me,” the top diplomat said. A top official said no. “Never,” the top official said.';
    expect(summary(text, [{ name: 'Hossein Amir-Abdollahian' }])).toEqual(['reported Hossein Amir-Abdollahian', 'quote Hossein Amir-Abdollahian', 'anonymous anon:A top official', 'anonymous anon:A top official']);
  });
});

describe('"flagged" and "cited" before a that-clause, and a participle of speech whose comma was left out', () => {
  it('reads "Minister Andrew Constance flagged on Tuesday that…" and "The company cited that…" as claims, not "The report cited a rise in prices"', () => {
    const text = 'Transport Minister Andrew Constance also flagged on Tuesday that the cost could be higher. The company cited that it invested more than $400 million in its plants. The report cited a rise in prices.';
    expect(summary(text, [{ name: 'Andrew Constance' }])).toEqual(['reported Andrew Constance', 'reported The company']);
  });

  it('reads "…, the ministry said Thursday adding that…" as two claims of the ministry', () => {
    const text = 'India and China have agreed to resolve their dispute, the Indian foreign ministry said Thursday adding that the two sides would keep up dialogue.';
    const { claims } = claimsOf(text);
    expect(claims.map((c) => `${c.speaker?.name}: ${c.text}`)).toEqual(['the Indian foreign ministry: India and China have agreed to resolve their dispute, the Indian foreign ministry said', 'the Indian foreign ministry: adding that the two sides would keep up dialogue.']);
  });
});

describe('passive reports and "there are fears that"', () => {
  it('reads "No injuries were reported…" as no one’s claim, "Health authorities are reporting a death" as theirs, and "There are fears that…" as an unsigned allegation', () => {
    const text = 'No injuries were reported during the incident and investigations are ongoing. Michigan health authorities are reporting a sixth death. There are fears the river will exceed last week’s flood levels. There are growing concerns that the vote will fail.';
    expect(summary(text)).toEqual(['anonymous anon:Michigan health authorities', 'allegation none', 'allegation none']);
  });
});

describe('reports as the subject of a verb of speech after the clause they report', () => {
  it('gives "…, reports in both countries said." and "…, reports said." to the reports, not to a subject of "reports"', () => {
    const text = 'The ministers met on Monday, reports in both countries said. The talks ended early, reports said. The agency reports that ten died.';
    expect(summary(text)).toEqual(['anonymous anon:reports in both countries', 'anonymous anon:reports', 'reported The agency']);
  });
});

describe('a participle after a number, before the day', () => {
  it('reads "…three more cases to the 11 confirmed Tuesday night after tests" as no claim', () => {
    expect(summary('Officials added three more suspected cases to the 11 confirmed Tuesday night after tests at a lab in Melbourne.')).toEqual([]);
  });
});

describe('a class noun with its base after it', () => {
  it('gives "The social media giant based in Menlo Park, California, said…" to the company named before', () => {
    const text = 'Meta said on Tuesday it would act. The social media giant based in Menlo Park, California, said in a blog post that it would hide the posts.';
    expect(summary(text, [{ name: 'Meta', type: 'organization' }, { name: 'Menlo Park', type: 'place' }, { name: 'California', type: 'place' }])).toEqual(['reported Meta', 'reported Meta']);
  });
});

describe('tests as a source, and "objected that"', () => {
  it('reads "Most tests show that…" as an unnamed source, "Preliminary tests by Digital Foundry reveal…" as Digital Foundry’s, and "Beaty objected that…" as Beaty’s', () => {
    const text = 'Most tests show that a majority of users can get by. Preliminary tests by Digital Foundry reveal that the game runs badly. Andrew Beaty objected that the judge was letting Saipov speak.';
    expect(summary(text, [{ name: 'Digital Foundry', type: 'organization' }, { name: 'Andrew Beaty' }, { name: 'Saipov' }])).toEqual(['anonymous anon:Most tests', 'reported Digital Foundry', 'reported Andrew Beaty']);
  });
});

describe('two subjects joined by "and" before a bare verb of speech', () => {
  it('reads "The mayor and his deputy say…" and "Parata and his family believe…" as claims, but not "the Russian and Syrian defense ministry’s claim is…"', () => {
    const text = 'The mayor and his deputy say the councillors were immature. Hone Parata and his family believe whale oil could cure the disease. The Russian and Syrian defense ministry’s claim is false.';
    expect(summary(text, [{ name: 'Hone Parata', aliases: ['Parata'] }])).toEqual(['anonymous anon:The mayor and his deputy', 'position Hone Parata and his family']);
  });
});

describe('a past form after a possessive', () => {
  it('reads "the probe’s suspected landing area" and "Stadia’s recommended Chromecast" as adjectives, no claims', () => {
    const text = 'Eight to 13 percent of the probe’s suspected landing area was littered with craters. Those playing through Stadia’s recommended Chromecast Ultra will see 30fps.';
    expect(summary(text)).toEqual([]);
  });
});

describe('an investigation as a source', () => {
  it('reads "An investigation on the attack found that…" as an unnamed source and "The investigation by the FBI found that…" as the FBI’s', () => {
    const text = 'An investigation on the attack found that the malware searched for data. The investigation by the FBI found that the hackers were paid.';
    expect(summary(text, [{ name: 'FBI', type: 'organization' }])).toEqual(['anonymous anon:An investigation on the attack', 'reported FBI']);
  });
});

describe('a lowercase role with its portfolio before the name', () => {
  it('gives "…, Privacy Rights Clearinghouse director of policy and advocacy Paul Stephens said." to Stephens, not to another director named later', () => {
    const text = 'Stolen data could be used to clone cards, Privacy Rights Clearinghouse director of policy and advocacy Paul Stephens said. Later, Aite Group research director Julie Conroy spoke.';
    expect(summary(text, [{ name: 'Privacy Rights Clearinghouse', type: 'organization' }, { name: 'Paul Stephens' }, { name: 'Aite Group', type: 'organization' }, { name: 'Julie Conroy', role: 'research director' }])).toEqual(['reported Paul Stephens']);
  });
});

describe('a public appeal', () => {
  it('reads "Gardaí are appealing to anyone who witnessed… to come forward" and "Police appealed for information" as claims, not "He appealed the ruling" or "The plan appealed to investors who wanted to buy"', () => {
    const text = 'Gardaí are appealing to anyone who witnessed the incident to come forward. Police appealed for information on Monday. He appealed the ruling. The plan appealed to many investors who wanted to buy.';
    expect(summary(text, [{ name: 'Gardaí', type: 'organization' }])).toEqual(['reported Gardaí', 'reported Police']);
  });
});
