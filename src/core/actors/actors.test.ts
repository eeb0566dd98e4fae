import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../text/segment.ts';
import type { Entity } from '../types.ts';
import { findActors } from './index.ts';

const actors = (text: string): Entity[] => findActors(segment(text));
const byName = (es: Entity[], name: string): Entity | undefined => es.find((e) => e.name === name);
const spans = (text: string, e: Entity | undefined): string[] => (e ? e.mentions.map((m) => text.slice(m.start, m.end)) : []);

describe('titles and roles before names', () => {
  it('takes a capitalised title, its role and a country affiliation', () => {
    const t = 'French Foreign Minister Jean-Noël Barrot arrived in Berlin. Barrot met Germany’s chancellor.';
    const es = actors(t);
    const p = byName(es, 'Jean-Noël Barrot');
    expect(p?.type).toBe('person');
    // France is no actor here, so the nationality stays in the role (and Germany, named nearby, is not guessed).
    expect(p?.role).toBe('French Foreign Minister');
    expect(p?.affiliation).toBeNull();
    expect(spans(t, p)).toEqual(['Jean-Noël Barrot', 'Barrot']);
    const appositive = actors('Mohammed bin Salman, the Saudi crown prince, met envoys in Jeddah on Monday.');
    expect(byName(appositive, 'Mohammed bin Salman')?.role).toBe('Saudi crown prince');
    const named = actors('French Foreign Minister Jean-Noël Barrot arrived in Berlin. France wants a deal.');
    expect(byName(named, 'Jean-Noël Barrot')?.role).toBe('Foreign Minister');
    expect(byName(named, 'Jean-Noël Barrot')?.affiliation).toBe(byName(named, 'France')?.id);
  });

  it('reads a party’s plural before several names as their title ("Democrats Hillary Clinton, Bernie Sanders and…")', () => {
    const es = actors('During a town hall event broadcast by CNN, Democrats Hillary Clinton, Bernie Sanders, and Martin O’Malley answered questions.');
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Hillary Clinton', 'Bernie Sanders', 'Martin O’Malley']);
  });

  it('leaves a sentence’s opening function word out of the title ("As President Obama", "But Senator Durbin")', () => {
    const es = actors('As President Obama said on Monday, the law matters. But Senator Dick Durbin disagreed with him.');
    expect(byName(es, 'Obama')?.role).toBe('President');
    expect(byName(es, 'Dick Durbin')?.role).toBe('Senator');
  });

  it('takes a portfolio of two capitalised words into the title ("Economic Security Minister Sanae Takaichi"), not a body’s or a county’s name', () => {
    const es = actors('Shigeru Ishiba beat Economic Security Minister Sanae Takaichi in a runoff. Later, Orange County Mayor Teresa Jacobs spoke.');
    expect(byName(es, 'Sanae Takaichi')?.type).toBe('person');
    expect(byName(es, 'Sanae Takaichi')?.role).toBe('Economic Security Minister');
    expect(byName(es, 'Orange County')?.type).toBe('place');
    expect(byName(es, 'Teresa Jacobs')?.role).toBe('Mayor');
  });

  it('parts a country from a person whose family name comes first ("ambassador to Britain Liu Xiaoming")', () => {
    const es = actors('China’s ambassador to Britain Liu Xiaoming has said that China can end the unrest. Liu spoke on Sunday.');
    expect(byName(es, 'Britain')?.type).toBe('place');
    expect(byName(es, 'Liu Xiaoming')?.type).toBe('person');
  });

  it('takes a lowercase role before a name', () => {
    const es = actors('The decision was defended by finance minister Fernando Haddad on Tuesday.');
    const p = byName(es, 'Fernando Haddad');
    expect(p?.type).toBe('person');
    expect(p?.role).toBe('finance minister');
  });
});

describe('appositives', () => {
  it('reads "Country’s Role, Name," and links the affiliation', () => {
    const t = 'Kenya’s Interior Minister, Kipchumba Murkomen, visited the border.';
    const es = actors(t);
    const p = byName(es, 'Kipchumba Murkomen');
    expect(p?.role).toBe('Interior Minister');
    expect(p?.affiliation).toBe(byName(es, 'Kenya')?.id);
  });

  it('reads "Name, Country’s role,"', () => {
    const es = actors('Dmytro Kuleba, Ukraine’s foreign minister, said talks would resume.');
    const p = byName(es, 'Dmytro Kuleba');
    expect(p?.role).toBe('foreign minister');
    expect(p?.affiliation).toBe(byName(es, 'Ukraine')?.id);
  });
});

describe('names from many traditions', () => {
  it('keeps Arabic particles, diacritics and hyphens inside names', () => {
    const t = 'Spokesman Abdul Rahman al-Hashimi spoke to reporters. President Recep Tayyip Erdoğan replied.';
    const es = actors(t);
    expect(byName(es, 'Abdul Rahman al-Hashimi')?.type).toBe('person');
    expect(byName(es, 'Recep Tayyip Erdoğan')?.type).toBe('person');
  });

  it('reads a first name that is also a region’s name before a surname as a person ("Angus Johnston"), the region alone as a place', () => {
    expect(byName(actors('“It is clear,” said Angus Johnston, a historian at City University.'), 'Angus Johnston')?.type).toBe('person');
    expect(byName(actors('Residents of Angus said the council had failed them.'), 'Angus')?.type).toBe('place');
    expect(byName(actors('The Angus Council said no.'), 'Angus Council')?.type).toBe('organization');
  });
});

describe('coreference', () => {
  it('merges surname, title + surname and the role into one person', () => {
    const t = 'Health Minister Amara Okafor opened the clinic. Minister Okafor said it was overdue. Later the Health Minister left. Okafor returned on Friday.';
    const es = actors(t);
    const persons = es.filter((e) => e.type === 'person');
    expect(persons).toHaveLength(1);
    expect(persons[0]!.aliases).toContain('Minister Okafor');
    expect(persons[0]!.mentions.filter((m) => m.kind === 'role')).toHaveLength(1);
  });

  it('merges an acronym introduced in brackets or by initials', () => {
    const t = 'The National Electoral Commission (NEC) published results. The NEC later corrected them.';
    const es = actors(t);
    const orgs = es.filter((e) => e.type === 'organization');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]!.aliases).toContain('NEC');
  });

  it('merges country aliases', () => {
    const es = actors('The United States imposed tariffs. U.S. officials defended them.');
    const us = es.filter((e) => e.type === 'place');
    expect(us).toHaveLength(1);
    // Headline abbreviations of the two Koreas are the countries, not organisations.
    const korea = actors('North Korea fired a missile on Monday. Officials in N. Korea were silent, and S. Korea said it would respond.');
    expect(korea.map((e) => `${e.type}:${e.name}`)).toEqual(['place:North Korea', 'place:South Korea']);
  });
});

describe('groups, demonyms and metonyms', () => {
  it('makes "demonym + delegation" a group and leaves "demonym + noun" alone', () => {
    const t = 'The Ethiopian delegation left Nairobi. Ethiopian airspace was closed.';
    const es = actors(t);
    expect(byName(es, 'Ethiopian delegation')?.type).toBe('group');
    expect(es.some((e) => /airspace/.test(e.name))).toBe(false);
    expect(es.some((e) => e.name === 'Ethiopian')).toBe(false);
  });

  it('flags a capital used for its government', () => {
    const es = actors('Talks stalled after new orders from Moscow. Tourists in Paris were unaffected.');
    expect(byName(es, 'Moscow')?.metonym).toBe(true);
    expect(byName(es, 'Paris')?.metonym).toBeUndefined();
  });
});

  it('ends a titled person’s name before "of the" ("Archbishop Aris Shirvanian of the Armenian Patriarchate"), and keeps a first name the article gives another surname', () => {
    const t = 'However, as Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told the AP, it was bad. Minister Tarar of the PML-N spoke.';
    const es = actors(t).map((e) => `${e.type}:${e.name}`);
    expect(es).toContain('person:Aris Shirvanian');
    expect(es).toContain('person:Tarar');
    expect(es).toContain('organization:Armenian Patriarchate of Jerusalem');
    const kaine = actors('Hillary Clinton spoke. The plan will help not only Hillary and Tim Kaine get elected. Bill and Melinda Gates gave money.').map((e) => e.name);
    expect(kaine).toEqual(['Hillary Clinton', 'Tim Kaine', 'Bill Gates', 'Melinda Gates']);
  });

  it('ends a titled name, initials and all, before "of" and the place its holder serves ("Gov. John R. Kasich of Ohio")', () => {
    const t = 'Gov. John R. Kasich of Ohio and Representative Marcia L. Fudge of Cleveland spoke. The Teacher Retirement System of Texas sold its stake.';
    const es = actors(t).map((e) => `${e.type}:${e.name}`);
    expect(es).toEqual(expect.arrayContaining(['person:John R. Kasich', 'place:Ohio', 'person:Marcia L. Fudge', 'place:Cleveland']));
    // A role word after an initial is a surname ("Peter T. King"); a courtesy title's surname ends before "of" whatever
    // follows, and the name after "of" takes no person's vote from the verb ("Mr. Altman of Evercore said").
    const more = actors('Representative Peter T. King of New York spoke. Mr. Altman of Evercore said the bank would wait, and Ms. Peck of SunTrust agreed.').map((e) => `${e.type}:${e.name}`);
    expect(more).toEqual(expect.arrayContaining(['person:Peter T. King', 'place:New York', 'person:Altman', 'person:Peck', 'organization:SunTrust']));
    expect(more).not.toContain('person:Evercore');
    // Ordinary words after a role are no person's name to split there.
    expect(es).not.toContain('person:Retirement System');
  });

  it('parts an unknown committee, its chair’s role and the chair ("Senate Foreign Relations Committee Chairman Bob Corker")', () => {
    const t = 'Senate Foreign Relations Committee Chairman Bob Corker said the bill was ready. Corker added that talks went on.';
    const es = actors(t);
    expect(byName(es, 'Senate Foreign Relations Committee')?.type).toBe('organization');
    expect(spans(t, byName(es, 'Bob Corker'))).toEqual(['Bob Corker', 'Corker']);
  });

  it('reads what stands before a capitalised role and a full name apart from the person ("Clinton Communication Director Jennifer Palmieri")', () => {
    const t = 'Clinton Communication Director Jennifer Palmieri said the campaign would respond. The Virginia AFL-CIO endorsed her, and Orange County Mayor Teresa Jacobs agreed.';
    const es = actors(t);
    expect(byName(es, 'Jennifer Palmieri')?.type).toBe('person');
    expect(byName(es, 'Teresa Jacobs')?.type).toBe('person');
    expect(es.some((e) => e.type !== 'person' && /Palmieri|Jacobs/.test(e.name))).toBe(false);
    expect(es.some((e) => e.type === 'person' && e.name.includes('AFL-CIO'))).toBe(false);
    // A role with its complement ("Undersecretary for Political Affairs"), and "secretary of State" before the name.
    const t3 = 'The emails went to Undersecretary for Management Patrick Kennedy and Undersecretary for Political Affairs Wendy Sherman, and the former secretary of State Hillary Clinton read them. The Seventh Circuit ruled.';
    const es3 = actors(t3);
    expect(es3.filter((e) => e.type === 'person').map((e) => `${e.name} / ${e.role ?? ''}`)).toEqual(['Patrick Kennedy / Undersecretary for Management', 'Wendy Sherman / Undersecretary for Political Affairs', 'Hillary Clinton / ']);
    expect(byName(es3, 'Seventh Circuit')?.type).toBe('organization');
    // A first name that is also a word before a surname that is none ("Bill Sammon"), and any ordinary word that completes
    // a lowercase title ("director of Communications Jen Psaki").
    const es4 = actors('Washington Managing Editor Bill Sammon said the network was disappointed. The director of Communications Jen Psaki agreed.');
    expect(es4.filter((e) => e.type === 'person').map((e) => `${e.name} / ${e.role ?? ''}`)).toEqual(['Bill Sammon / Managing Editor', 'Jen Psaki / ']);
    const t2 = 'The deal was backed on Monday by United Auto Workers Secretary-Treasurer Gary Casteel, who said the union agreed.';
    const es2 = actors(t2);
    expect(byName(es2, 'United Auto Workers')?.type).toBe('organization');
    expect(byName(es2, 'Gary Casteel')?.role).toBe('Secretary-Treasurer');
  });

  it('reads no title and holder in a title word before an ordinary word, nor a name in a modifier after a lowercase role', () => {
    const t = 'Mr. Effron helped General Electric structure its sale. Clinton’s chief Democratic rival, Sen. Bernie Sanders, spoke at the Commander-in-Chief Forum on Monday.';
    const es = actors(t);
    for (const n of ['Electric', 'Democratic', 'Forum']) expect(byName(es, n), n).toBeUndefined();
    expect(byName(es, 'General Electric')?.type).toBe('organization');
    expect(byName(es, 'Bernie Sanders')?.type).toBe('person');
  });

  it('parts a known organisation’s name from the surname of a named person that follows it without a comma', () => {
    const t = 'Donald Trump spoke on Monday. In a meeting with the editorial board of the Washington Post Trump said that NATO was obsolete. Trump later repeated it.';
    const es = actors(t);
    expect(byName(es, 'Washington Post')?.type).toBe('organization');
    expect(spans(t, byName(es, 'Donald Trump'))).toEqual(['Donald Trump', 'Trump', 'Trump']);
  });

  it('reads "Miss Universe" as a title: before a name it is her role, alone it is nobody', () => {
    const t = 'Trump attacked former Miss Universe Alicia Machado on Twitter this week. He sent tweets attempting to shame a former Miss Universe, and Machado replied.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Alicia Machado'))).toEqual(['Alicia Machado', 'Machado']);
    expect(es.some((e) => e.name.includes('Universe'))).toBe(false);
  });

  it('takes no role from a verb after a pronoun, and no person from a name ending on a common plural', () => {
    const t = 'The platform goes further than before. It champions Planned Parenthood clinics. A pastor set his sights on the Girl Scouts of America.\n\nHe slammed the Girl Scouts for promoting the policy, and the Goo Goo Dolls played.';
    const es = actors(t);
    for (const n of ['Girl Scouts', 'Planned Parenthood', 'Goo Goo Dolls']) expect(byName(es, n)?.type, n).not.toBe('person');
  });

  it('reads no person in a quantifier before a party’s or a faith’s member word ("Some Republican experts", "Another Muslim woman")', () => {
    const t = 'On Monday, Republican candidates spoke in Iowa, and later, Muslim leaders met.\n\nSome Republican experts have urged the party to wait. Another Muslim woman said she was afraid.';
    expect(actors(t).filter((e) => e.type === 'person').map((e) => e.name)).toEqual([]);
  });

  it('reads no actor in a compound adjective made from a name ("the New York-based group"), and a wildlife refuge as a place', () => {
    const es = actors('The New York-based group said the plan had failed. Occupiers held the Malheur National Wildlife Refuge for weeks.');
    expect(es.some((e) => e.name.endsWith('-based'))).toBe(false);
    expect(byName(es, 'Malheur National Wildlife Refuge')?.type).toBe('place');
  });

  it('reads "A.F.L.-C.I.O." as one organisation', () => {
    const t = 'Richard L. Trumka, president of the A.F.L.-C.I.O., said the union would wait. The A.F.L.-C.I.O. endorsed her.';
    expect(actors(t).map((e) => `${e.type}:${e.name}`)).toEqual(['person:Richard L. Trumka', 'organization:A.F.L.-C.I.O.']);
  });

describe('what is not an actor', () => {
  it('reads common words after a role and "for" or "of", before "at" and the employer, as the role’s portfolio, not an actor', () => {
    const es = actors('“We applaud that,” said Don Hale, vice president for Public Affairs at UT, adding that fees had risen. Jeff Sanborn, president of Chapter & Verse, agreed.');
    expect(byName(es, 'Public Affairs')).toBeUndefined();
    expect(byName(es, 'UT')).toBeDefined();
    expect(byName(es, 'Don Hale')?.affiliation).toBe(byName(es, 'UT')?.id);
    // Without "at" the words may be the organisation itself.
    expect(byName(es, 'Chapter & Verse')?.type).toBe('organization');
  });

  it('reads the AP’s dotted state abbreviations as the states ("key in S.C.", "N.J. Gov. Chris Christie"), and keeps a town before one its own name, the state named as well', () => {
    const es = actors('Sanders and Clinton see black votes as key in S.C.\n\nN.J. Gov. Chris Christie spoke. He flew to Charlotte, N.C., on Monday.');
    expect(es.map((e) => `${e.type}:${e.name}`)).toEqual(['person:Sanders', 'person:Clinton', 'place:South Carolina', 'place:New Jersey', 'person:Chris Christie', 'place:Charlotte', 'place:North Carolina']);
    expect(byName(es, 'Chris Christie')?.affiliation).toBe(byName(es, 'New Jersey')?.id);
  });

  it('reads no person in "an Executive Order" and keeps "Minister Mark Law"', () => {
    expect(actors('Obama signed an Executive Order on guns. The Executive Orders were issued. Minister Mark Law spoke.').map((e) => `${e.type}:${e.name}`)).toEqual(['person:Obama', 'person:Mark Law']);
  });

  it('reads "African American", "Asian Americans" as groups, as "Mexican Americans" is', () => {
    const es = actors('Eva Miller and Gloria Major, African American women, called voters. African Americans and Asian Americans voted. Mexican Americans rallied.');
    expect(es.map((e) => `${e.type}:${e.name}`)).toEqual(['person:Eva Miller', 'person:Gloria Major', 'group:African American', 'group:Asian Americans', 'group:Mexican Americans']);
  });

  it('reads no actor in a pronoun capitalised after a quoted question, and keeps "Liu He"', () => {
    expect(actors('“Too forced?” He tweeted when Clinton ended the debate. “Why?” She asked nobody. Vice Premier Liu He said the talks went well.').map((e) => e.name)).toEqual(['Clinton', 'Liu He']);
  });

  it('reads no name inside a link or a handle, and reads "Ku Klux Klan", "Super PAC" as organisations and the Oval Office as a place', () => {
    const t = 'Team Trump reportedly wants Mike Tyson at the convention https://t.co/8FtYoYE0G3 — Twitchy Team (@TwitchyTeam). See pic.twitter.com/BysaFNGak2 now. The Ku Klux Klan endorsed him. The Jeb Bush super PAC spent more. He sat in the Oval Office.';
    const es = actors(t).map((e) => `${e.type}:${e.name}`);
    expect(es.filter((e) => /8FtYoYE0G3|BysaFNGak2|TwitchyTeam/.test(e))).toEqual([]);
    expect(es).toContain('organization:Ku Klux Klan');
    expect(es).toContain('place:Oval Office');
    expect(es.some((e) => /^organization:.*PAC$/.test(e))).toBe(true);
  });

  it('ignores Title-Case headings except reference data, weekdays, months and sentence-initial words', () => {
    const t = 'Growing Pressure on Chile’s Economy\nOn Monday in March, Yesterday’s Plan stalled. Nevertheless prices rose.';
    const es = actors(t);
    expect(es.map((e) => e.name)).toEqual(['Chile']);
  });

  it('ignores a trailing chatbot line', () => {
    const es = actors('Rain hit Lagos.\nWould you like me to explain what Lagos State Emergency Agency does?');
    expect(es.map((e) => e.name)).toEqual(['Lagos']);
  });
});

describe('names: joins and splits', () => {
  it('does not take an organisation word that only opens a name as organisation evidence', () => {
    const es = actors('Sign up for Command Line, a weekly newsletter. The saga went on with The Force Awakens in cinemas. Staff at the Bank of Ireland and the Acme Group agreed.');
    expect(byName(es, 'Command Line')).toBeUndefined();
    expect(byName(es, 'Force Awakens')).toBeUndefined();
    expect(byName(es, 'Bank of Ireland')?.type).toBe('organization');
    expect(byName(es, 'Acme Group')?.type).toBe('organization');
  });

  it('reads an unknown name before a colon and a capitalised subtitle as the title of a work', () => {
    const es = actors('Two teams from Brazil faced off in Zorblax: Global Offensive on Sunday. Fans of Zorblax cheered. He spoke to Reuters: The talks failed.');
    expect(byName(es, 'Zorblax')).toBeUndefined();
    expect(byName(es, 'Brazil')?.type).toBe('place');
    expect(byName(es, 'Reuters')?.type).toBe('organization');
  });

  it('does not read academic degrees after a name as organisations', () => {
    const es = actors('“It is a good study,” says Katie Allen, MD, PhD. Brian Coombes, PhD, of McMaster University agreed.');
    expect(es.map((e) => `${e.type}:${e.name}`).sort()).toEqual(['organization:McMaster University', 'person:Brian Coombes', 'person:Katie Allen']);
  });

  it('does not read names of events and works as organisations, though the places in them stay', () => {
    const es = actors('Visitors flocked to the Chicago Century of Progress Exposition. Crowds cheered at the Boston Unity Concert.');
    expect(es.map((e) => `${e.type}:${e.name}`).sort()).toEqual(['place:Boston', 'place:Chicago']);
  });

  it("reads a demonym + unknown name + place noun as a place in that country ('the Russian Tuva region')", () => {
    const es = actors('The rocket fell over the remote Russian Tuva region. Tuva is cold. Fighting spread in the Syrian Idlib province.');
    expect(byName(es, 'Tuva')?.type).toBe('place');
    expect(byName(es, 'Tuva')?.mentions.length).toBe(2);
    expect(byName(es, 'Idlib')?.type).toBe('place');
    expect(es.some((e) => e.type === 'organization')).toBe(false);
  });

  it('reads an unknown name after "residents of", "the outskirts of" as a place, everywhere in the text', () => {
    const es = actors('Residents of Pukenui say the water is fine. Troops camped on the outskirts of Gaoheb. Pukenui has a school.');
    expect(byName(es, 'Pukenui')?.type).toBe('place');
    expect(byName(es, 'Pukenui')?.mentions.length).toBe(2);
    expect(byName(es, 'Gaoheb')?.type).toBe('place');
  });

  it('does not take an article before a one-word name as organisation evidence', () => {
    const es = actors('Apple shipped its first phone with the Retina display in 2010. The update adds the Python and Processing tools. But what is a Superbug?');
    expect(es.map((e) => e.name)).toEqual(['Apple']);
  });

  it("reads a known organisation with unknown capitalised words after it as the maker alone ('Apple Pay')", () => {
    const es = actors('Shoppers in Ohio can now use Apple Pay at most tills, and Intel Core chips got cheaper. The Ontario Ghostbusters posed for photos. Staff said Zenith Canada shareholders were told to wait.');
    expect(byName(es, 'Apple Pay')).toBeUndefined();
    expect(byName(es, 'Apple')?.type).toBe('organization');
    expect(byName(es, 'Intel Core')).toBeUndefined();
    expect(byName(es, 'Intel')?.type).toBe('organization');
    expect(byName(es, 'Ontario Ghostbusters')?.type).toBe('organization');
    expect(byName(es, 'Zenith Canada')?.type).toBe('organization');
  });

  it('does not join two names on "and" or a person to an organisation on "of"', () => {
    const t = 'The fund kept its stakes in Acme Group and Zenith Japan shareholders were told. The ranger Jamie Werner of Ngātiwai came too.';
    const es = actors(t);
    expect(byName(es, 'Acme Group')?.type).toBe('organization');
    expect(byName(es, 'Zenith Japan')?.type).toBe('organization');
    expect(byName(es, 'Jamie Werner')?.type).toBe('person');
  });

  it('joins "and" and a spaced hyphen inside one organisation name, and keeps "Co."', () => {
    const t = 'The World Travel and Tourism Council agreed. She met the Council on American - Islamic Relations. Remain Co. will hold the shares.';
    const names = actors(t).map((e) => e.name);
    expect(names).toContain('World Travel and Tourism Council');
    expect(names).toContain('Council on American - Islamic Relations');
    expect(names).toContain('Remain Co.');
  });
});

describe('places', () => {
  it('types a compass word before a known place as a place', () => {
    const es = actors('Flooding hit Western Australia and North Africa this week.');
    expect(byName(es, 'Western Australia')?.type).toBe('place');
    expect(byName(es, 'North Africa')?.type).toBe('place');
  });
});

describe('affiliation from context', () => {
  it('gives an official with no stated country the country the text is about', () => {
    const t = 'Talks in Geneva stalled after new orders from Abuja. Nigeria wants a quick deal. Defence Minister Bello Musa warned of other options. Coach Ade Lawal was unmoved.';
    const es = actors(t);
    expect(byName(es, 'Bello Musa')?.affiliation).toBe(byName(es, 'Nigeria')?.id);
    expect(byName(es, 'Ade Lawal')?.affiliation ?? null).toBeNull();
  });
});

describe('city and state', () => {
  it('reads "Town, State" as one place and the town alone as the same place', () => {
    const t = 'The boy from Irving, Texas, was arrested. Police in Irving said so. Texas, Ohio and Iowa voted.';
    const es = actors(t);
    const irving = byName(es, 'Irving, Texas');
    expect(irving?.type).toBe('place');
    expect(irving?.mentions).toHaveLength(2);
    expect(byName(es, 'Ohio')?.type).toBe('place');
  });

  it('reads a lone unknown name after a town and its comma as the town’s county ("in St Albans, Herts, where…"), not a person', () => {
    const es = actors('Dennis Feakins, who lives in St Albans, Herts, where the attack happened, said he was shocked.');
    expect(byName(es, 'Herts')?.type).toBe('place');
    expect(byName(es, 'Dennis Feakins')?.type).toBe('person');
  });
});

describe('place cues', () => {
  it('reads compass + unknown word, "the city of X" and "in X Y" as places', () => {
    const t = 'Floods hit South Taranaki. Gunmen seized the city of Sirte. Volunteers gathered in Port Qasim.';
    const es = actors(t);
    expect(byName(es, 'South Taranaki')?.type).toBe('place');
    expect(byName(es, 'Sirte')?.type).toBe('place');
    expect(byName(es, 'Port Qasim')?.type).toBe('place');
  });

  it('reads a role’s department ("Head of Research") as no actor, a known body after "of" as one', () => {
    const es = actors('Pankaj Pandey, Head of Research at ICICI Securities, spoke. Ana Ruiz, a member of Congress, agreed.');
    expect(byName(es, 'Research')).toBeUndefined();
    expect(byName(es, 'ICICI Securities')?.type).toBe('organization');
    expect(byName(es, 'Congress')?.type).toBe('organization');
  });

  it('takes "Russia-backed" and "U.S.-backed" as actors acting, "Wellington-based" as a description only', () => {
    const es = actors('A Wellington-based group helped. Russia-backed separatists and U.S.-backed forces advanced.');
    expect(byName(es, 'Wellington')).toBeUndefined();
    expect(byName(es, 'Russia')?.type).toBe('place');
    expect(byName(es, 'United States')?.type).toBe('place');
  });

  it('does not take "according to" + a name as a place', () => {
    const es = actors('The plan failed, according to Maria Lopez.');
    expect(byName(es, 'Maria Lopez')?.type).toBe('person');
  });
});

describe('one sense per discourse', () => {
  it('types an unknown name by the evidence of all its mentions', () => {
    const t = 'Zorblax sold its stake to Quintar. The Zorblax board agreed. Zorblax shareholders will vote. The money was paid to Zorblax.';
    const es = actors(t);
    const z = es.filter((e) => e.name === 'Zorblax');
    expect(z).toHaveLength(1);
    expect(z[0]!.type).toBe('organization');
    expect(z[0]!.mentions).toHaveLength(4);
  });

  it('reads "the X party" and "X members" as an organisation', () => {
    const es = actors('Voters chose the Nahdavi party in 2011. Later Nahdavi members resigned.');
    expect(byName(es, 'Nahdavi')?.type).toBe('organization');
  });
});

describe('groups of believers', () => {
  it('makes plural believers a group and drops the lone adjective', () => {
    const t = 'Tunisian Islamists met Salafists on Friday. Islamist violence grew.';
    const es = actors(t);
    expect(byName(es, 'Islamists')?.type).toBe('group');
    expect(byName(es, 'Salafists')?.type).toBe('group');
    expect(es.some((e) => e.name === 'Islamist')).toBe(false);
  });
});

describe('organisation and person in one run', () => {
  it('reads "Role of the Organisation Name" as the organisation and its officer', () => {
    const es = actors('Director of the National Nutrition Study Mark Smith spoke. Chairman of the Centre for Law Reform declined.');
    const smith = byName(es, 'Mark Smith');
    expect(smith?.type).toBe('person');
    expect(smith?.role).toBe('Director');
    expect(smith?.affiliation).toBe(byName(es, 'National Nutrition Study')?.id);
    expect(byName(es, 'Centre for Law Reform')?.type).toBe('organization');
    expect(es.filter((e) => e.type === 'person')).toHaveLength(1);
  });

  it('splits a person named right after an organisation, keeps "Secretary of State" as a role', () => {
    const t = 'The Council on Islamic Relations Alia Salem said so. Secretary of State John Kerry agreed.';
    const es = actors(t);
    expect(byName(es, 'Council on Islamic Relations')?.type).toBe('organization');
    expect(byName(es, 'Alia Salem')?.type).toBe('person');
    expect(byName(es, 'John Kerry')?.role).toBe('Secretary of State');
  });

  it('splits a person whose first name no list knows from the organisation before, when the document uses the surname alone', () => {
    const t = 'Psychology major at University of Texas Arlington Amneh Jafari heard of the incident. Jafari said she felt he had been treated unfairly.';
    const es = actors(t);
    expect(byName(es, 'University of Texas Arlington')?.type).toBe('organization');
    expect(spans(t, byName(es, 'Amneh Jafari'))).toEqual(['Amneh Jafari', 'Jafari']);
    const t2 = 'The Council on American-Islamic Relations National Executive Director Nihad Awad said he was worried. Awad left.';
    const awad = byName(actors(t2), 'Nihad Awad');
    expect(awad?.role).toBe('National Executive Director');
    expect(byName(actors(t2), 'Council on American-Islamic Relations')?.type).toBe('organization');
  });
});

describe('common words are not names', () => {
  it('skips roman numerals, word acronyms and abstract nouns opening a sentence', () => {
    const t = 'Pope Leo XVII spoke. The VIP guests left. Deficiency is common, said Dr Ana Ruiz.';
    const names = actors(t).map((e) => e.name);
    expect(names).not.toContain('XVII');
    expect(names).not.toContain('VIP');
    expect(names).not.toContain('Deficiency');
    expect(names).toContain('Ana Ruiz');
  });

  it('does not read a run of abstract words as a person', () => {
    const es = actors('Results of the National Nutrition Survey were published on Monday.');
    expect(es.filter((e) => e.type === 'person')).toHaveLength(0);
  });
});

describe('seed article', () => {
  const text = readFileSync(new URL('../../../eval/texts/seed.txt', import.meta.url), 'utf8');
  const es = actors(text);
  it('finds every actor and invents none', () => {
    const names = es.map((e) => `${e.type}:${e.name}`).sort();
    expect(names).toEqual(
      [
        'place:Pakistan', 'organization:Afghan Taliban', 'place:Istanbul', 'person:Atta Tarar', 'group:Pakistani delegation', 'group:Afghan delegation',
        'place:Kabul', 'place:Qatar', 'place:Türkiye', 'place:Afghanistan', 'place:Islamabad', 'person:Khawaja Asif',
      ].sort(),
    );
  });
  it('gives Tarar his role and affiliation, and flags the metonyms', () => {
    const tarar = byName(es, 'Atta Tarar')!;
    expect(tarar.role).toBe('Information Minister');
    expect(tarar.affiliation).toBe(byName(es, 'Pakistan')!.id);
    expect(byName(es, 'Khawaja Asif')!.role).toBe('Defence Minister');
    expect(byName(es, 'Khawaja Asif')!.affiliation).toBe(byName(es, 'Pakistan')!.id);
    expect(byName(es, 'Kabul')!.metonym).toBe(true);
    expect(byName(es, 'Islamabad')!.metonym).toBe(true);
    expect(es.some((e) => /Divergence|Core Agenda/.test(e.name))).toBe(false);
  });
  it('has ids in order of first mention and sorted, exact, non-overlapping mentions', () => {
    es.forEach((e, i) => expect(e.id).toBe(`e${i + 1}`));
    const all = es.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
    for (let i = 1; i < all.length; i++) expect(all[i]!.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
    for (const m of all) expect(text.slice(m.start, m.end)).not.toMatch(/[’']s$|[.,;:]$/);
  });
});

describe('places from reference data', () => {
  it('finds cities, states and provinces the rules alone cannot know', () => {
    const t = 'Protests spread from Guadalajara to Monterrey. Farmers in Punjab and Maharashtra joined, and Queensland sent aid to Chittagong.';
    const es = actors(t);
    for (const n of ['Guadalajara', 'Monterrey', 'Punjab', 'Maharashtra', 'Queensland', 'Chittagong']) expect(byName(es, n)?.type, n).toBe('place');
  });

  it('reads a town whose name is also a word or a name as a place only with place evidence', () => {
    const t = 'Jackson said the plan would work. The team flew to Reading on Monday. Mobile phones were banned.';
    const es = actors(t);
    expect(byName(es, 'Jackson')?.type).toBe('person');
    expect(byName(es, 'Reading')?.type).toBe('place');
    expect(byName(es, 'Mobile')).toBeUndefined();
  });

  it('knows geographic features, celestial bodies and landmarks', () => {
    const t = 'Ships crossed the Strait of Hormuz into the Arabian Sea. Climbers left Everest for the Sahara. The probe left Earth for Mars. Crowds filled Tiananmen Square.';
    const es = actors(t);
    for (const n of ['Strait of Hormuz', 'Arabian Sea', 'Everest', 'Sahara', 'Earth', 'Mars', 'Tiananmen Square']) expect(byName(es, n)?.type, n).toBe('place');
  });

  it('reads a seat of government that acts as the office it houses, and one only visited as a place', () => {
    const t = 'The White House said the talks would go on. Reporters waited outside the White House.';
    const es = actors(t);
    const wh = byName(es, 'White House');
    expect(es.filter((e) => e.name === 'White House')).toHaveLength(1);
    expect(wh?.type).toBe('organization');
    expect(wh?.metonym).toBe(true);
    expect(byName(actors('Tourists queued outside the Kremlin in Moscow.'), 'Kremlin')?.type).toBe('place');
  });
});

describe('geographic and building heads', () => {
  it('reads "Mount X", "Lake X", "X River", "X Centre", "X Stadium" as places', () => {
    const t = 'Hikers climbed Mount Taranaki near Lake Rotoiti. Rafts drifted down the Whanganui River. Fans packed Eden Park Stadium and the Aotea Convention Centre.';
    const es = actors(t);
    for (const n of ['Mount Taranaki', 'Lake Rotoiti', 'Whanganui River', 'Eden Park Stadium', 'Aotea Convention Centre']) expect(byName(es, n)?.type, n).toBe('place');
  });

  it('keeps an institution named "Centre for …" an organisation', () => {
    const es = actors('Researchers at the Centre for Disease Prevention published the study.');
    expect(byName(es, 'Centre for Disease Prevention')?.type).toBe('organization');
  });
});

describe('products are not actors', () => {
  it('drops version-numbered software, model codes and every other mention of them', () => {
    const t = 'Microsoft released Windows 11 last year. Windows is installed on most PCs. Users of IE6 were told to upgrade. The Vivaldi browser gained users.';
    const es = actors(t);
    expect(byName(es, 'Microsoft')?.type).toBe('organization');
    for (const n of ['Windows 11', 'Windows', 'IE6', 'Vivaldi']) expect(byName(es, n), n).toBeUndefined();
  });

  it('keeps quantities after a name out of the product rule', () => {
    const es = actors('Shares in Tesco 10 percent higher lifted the index.');
    expect(byName(es, 'Tesco')).toBeDefined();
  });
});

describe('sentence-initial words that are also names', () => {
  it('keeps "Lee" when the document names Stan Lee, drops it otherwise', () => {
    const t1 = 'Guests included Stan Lee and Mark Hamill. Lee was making his last visit.';
    const stan = byName(actors(t1), 'Stan Lee');
    expect(spans(t1, stan)).toEqual(['Stan Lee', 'Lee']);
    const t2 = 'Lee winds blew across the bay. Sailors waited.';
    expect(actors(t2).filter((e) => e.type === 'person')).toHaveLength(0);
  });

  it('joins a sentence-initial "Bob said he…", "Bob met…" to the Bob named inside sentences, a person, but not "Health care providers…" or "There…"', () => {
    const t = 'The base chief, known as Bob, spoke publicly. In interviews with The Washington Post, Bob provided new details. Bob said he arrived in December. Bob met with Stevens on Sept. 10.';
    const bob = byName(actors(t), 'Bob');
    expect(bob?.type).toBe('person');
    expect(spans(t, bob)).toHaveLength(4);
    const t2 = 'The Department of Health issued a notice. Health care providers warned of a bad season. There, officials said, the vaccine ran out. They came from There, a town.';
    expect(actors(t2).map((e) => e.name).filter((n) => /^(?:Health|There)$/.test(n))).toEqual([]);
  });

  it('reads a one-word subject whose past-tense verb is followed by "his" or "her" as a person, and "an advisor to X" as no place', () => {
    const t = 'Crowds cheered when Trump launched his bid. While Trump laid out his vision, the crowd roared. Jeff Sessions, a close advisor to Trump, spoke.';
    expect(byName(actors(t), 'Trump')?.type).toBe('person');
  });
});

describe('middle initials and courtesy titles', () => {
  it('reads "Michael M. Grynbaum" with its middle initial and "As Ms. Simonyan" without the opening word', () => {
    const t = 'As Ms. Simonyan put it in a statement to my colleague Michael M. Grynbaum in July, RT is providing a view. But Mr. Trump left.';
    const es = actors(t);
    expect(byName(es, 'Michael M. Grynbaum')?.type).toBe('person');
    expect(spans(t, byName(es, 'Simonyan'))).toEqual(['Ms. Simonyan']);
    expect(spans(t, byName(es, 'Trump'))).toEqual(['Mr. Trump']);
  });

  it('takes no "Jr" of its own after "William F. Buckley, Jr."', () => {
    const es = actors('National Review editor William F. Buckley, Jr., founded the group in 1960.');
    expect(es.map((e) => e.name)).toEqual(['National Review', 'William F. Buckley']);
  });

  it('reads a town that is also a first name before a role as the officer\'s town ("Charlotte Mayor Jennifer Roberts")', () => {
    const es = actors('On Sunday, Charlotte Mayor Jennifer Roberts said the city was calm.');
    expect(byName(es, 'Jennifer Roberts')?.role).toBe('Mayor');
    expect(es.find((e) => e.id === byName(es, 'Jennifer Roberts')?.affiliation)?.name).toBe('Charlotte');
  });

  it('reads a first name before a title word as a name ("Larry King Now" is no person "Now" titled "Larry King")', () => {
    const es = actors('The network licenses Larry King Now, which was nominated for an award.');
    expect(byName(es, 'Now')).toBeUndefined();
  });
});

describe('titles that belong to the name', () => {
  it('keeps a courtesy or academic title with a surname-only reference', () => {
    const t = 'Prime Minister John Key spoke first. Mr Key said the vote was close. Emeritus Professor Jane Burrows agreed, and Professor Burrows added a caveat.';
    const es = actors(t);
    expect(spans(t, byName(es, 'John Key'))).toEqual(['John Key', 'Mr Key']);
    expect(spans(t, byName(es, 'Jane Burrows'))).toEqual(['Jane Burrows', 'Professor Burrows']);
  });

  it('reads a title before a place or an ordinary word as a character name, and "General Motors" as a company', () => {
    const t = 'Fans dressed as Captain America and Doctor Who. General Motors cut jobs while General Petraeus spoke.';
    const es = actors(t);
    expect(byName(es, 'Captain America')?.type).toBe('person');
    expect(byName(es, 'Doctor Who')?.type).toBe('person');
    expect(byName(es, 'America')).toBeUndefined();
    expect(byName(es, 'General Motors')?.type).toBe('organization');
    expect(byName(es, 'Petraeus')?.type).toBe('person');
  });
});

describe('name shapes', () => {
  it('joins "Mr." and its dot to the surname, and reads Mc/Mac names as people', () => {
    const t = 'Patrick McHugh runs the unit. “It works,” Mr. McHugh said. Gen. Petraeus agreed.';
    const es = actors(t);
    const p = byName(es, 'Patrick McHugh');
    expect(p?.type).toBe('person');
    expect(spans(t, p)).toEqual(['Patrick McHugh', 'Mr. McHugh']);
    expect(byName(es, 'Petraeus')?.type).toBe('person');
  });

  it('skips handles and hashtags, and keeps a possessive after "in" from voting place', () => {
    const t = 'Follow him on Twitter @JaneDoeNews or #SaveTheBay. Nobody put words in Trump’s mouth in Ohio, and Trump said so.';
    const es = actors(t);
    expect(byName(es, 'JaneDoeNews')).toBeUndefined();
    expect(byName(es, 'SaveTheBay')).toBeUndefined();
    expect(byName(es, 'Trump')?.type).toBe('person');
  });

  it('knows legislatures and parties, and hyphenated titles', () => {
    const t = 'Attorney-General George Brandis told Parliament the Labor plan had failed in the House of Representatives.';
    const es = actors(t);
    expect(byName(es, 'George Brandis')?.role).toBe('Attorney-General');
    for (const n of ['Parliament', 'House of Representatives']) expect(byName(es, n)?.type, n).toBe('organization');
    expect(es.find((e) => e.aliases.includes('Labor') || e.name === 'Labor')?.type).toBe('organization');
  });
});

describe('unlisted first names after a preposition', () => {
  it('reads "a new leader in Mitt Romney" as a person when the document uses "Romney" alone, and keeps "offices in Bear Valley" a place', () => {
    const t = 'The campaign found a possible new leader in Mitt Romney, the party’s 2012 nominee. The emergence of Romney surprised many.';
    const romney = actors(t).find((e) => e.name === 'Mitt Romney');
    expect(romney?.type).toBe('person');
    expect(spans(t, romney)).toEqual(['Mitt Romney', 'Romney']);
    expect(byName(actors('The company opened offices in Bear Valley last year.'), 'Bear Valley')?.type).toBe('place');
  });
});

describe('organisation short names', () => {
  it('joins the first word alone to the one organisation it opens ("Alden" after "Alden Global Capital"), but not "the House" to a committee or a brand to its national company', () => {
    const t = 'The hedge fund Alden Global Capital bought shares of Gannett. A spokesman for Alden declined to comment. Analysts said the stake made Alden the largest shareholder of Gannett.';
    const alden = actors(t).filter((e) => e.name.startsWith('Alden'));
    expect(alden.map((e) => `${e.name} ${spans(t, e).length}`)).toEqual(['Alden Global Capital 3']);
    const t2 = 'Brian Babin is a member of the House Science Committee. At a hearing of the House appropriations subcommittee, he spoke. Neither the House nor the Senate has provided the money.';
    expect(actors(t2).some((e) => e.name === 'House Science Committee' && e.aliases.includes('House'))).toBe(false);
  });
});

describe('organisation names', () => {
  it('keeps "and" inside the complement of an organisation word', () => {
    const t = 'Ian Michaels, a spokesman for the Department of Design and Construction, spoke. The Center on Poverty and Inequality agreed.';
    const es = actors(t);
    expect(byName(es, 'Department of Design and Construction')?.type).toBe('organization');
    expect(byName(es, 'Center on Poverty and Inequality')?.type).toBe('organization');
  });

  it('types an unknown two-word name from the evidence of all its mentions, even at a sentence start', () => {
    const t = 'Con Edison officials said the cables were old. The utility, Con Edison, maintains them.';
    const es = actors(t);
    const c = byName(es, 'Con Edison');
    expect(c?.type).toBe('organization');
    expect(spans(t, c)).toEqual(['Con Edison', 'Con Edison']);
    expect(byName(es, 'Edison')).toBeUndefined();
  });
});

describe('organisations around roles and lists', () => {
  it('names the organisation between a demonym and a role', () => {
    const t = 'Australian Federal Police Commissioner Andrew Colvin spoke to reporters about the case on Monday.';
    const es = actors(t);
    expect(byName(es, 'Australian Federal Police')?.type).toBe('organization');
    const p = byName(es, 'Andrew Colvin');
    expect(p?.role).toBe('Commissioner');
    expect(p?.affiliation).toBe(byName(es, 'Australian Federal Police')?.id);
    // A minister's portfolio is no organisation: "Saudi Energy Minister" heads no "Saudi Energy".
    const saudi = actors('Saudi Energy Minister Prince Abdulaziz bin Salman told reporters in Riyadh that the group would wait.');
    expect(saudi.filter((e) => e.type === 'organization')).toEqual([]);
    expect(byName(saudi, 'Abdulaziz bin Salman')?.role).toMatch(/Energy Minister/);
  });

  it('types an unknown name like the name it is listed with', () => {
    const es = actors('They met executives from News Corporation and Fairfax on Tuesday.');
    expect(byName(es, 'Fairfax')?.type).toBe('organization');
  });

  it('reads the employer slot after a role or a work verb as an organisation', () => {
    const es = actors('Lucas Nolan is a reporter for Breitbart Tech and writes often.');
    expect(byName(es, 'Breitbart Tech')?.type).toBe('organization');
    expect(byName(es, 'Lucas Nolan')?.type).toBe('person');
  });

  it('opens a lone surname with its lowercase particle', () => {
    const t = 'Mayor Bill de Blasio took office in 2014, and since then de Blasio has filled potholes.';
    expect(spans(t, byName(actors(t), 'Bill de Blasio'))).toEqual(['Bill de Blasio', 'de Blasio']);
  });
});

describe('a country and its side', () => {
  it('keeps "the New Zealand government" a mention of the country, and "the Afghan delegation" a group', () => {
    const t = 'On Tuesday, the New Zealand government announced a vote. The Afghan delegation left the talks early.';
    const es = actors(t);
    expect(spans(t, byName(es, 'New Zealand'))).toEqual(['New Zealand']);
    expect(es.some((e) => e.type === 'group' && e.name.startsWith('New Zealand'))).toBe(false);
    expect(byName(es, 'Afghan delegation')?.type).toBe('group');
  });
});

describe('vocabulary of roles, institutions and events', () => {
  it('reads scientific and clerical titles as roles, and events as no actor', () => {
    const t = 'NASA Administrator Charles Bolden met climatologist Jane Okoye before the Hajj began in Mecca last week.';
    const es = actors(t);
    expect(byName(es, 'Charles Bolden')?.role).toBe('Administrator');
    expect(byName(es, 'Jane Okoye')?.role).toBe('climatologist');
    expect(byName(es, 'Hajj')).toBeUndefined();
    expect(byName(es, 'NASA')?.type).toBe('organization');
  });
});

describe('institutes, eras and party members', () => {
  it('reads a policy or research "Center" as an organisation and a convention centre as a place', () => {
    const es = actors('Analysts at the Tax Policy Center disagreed with the plan. Fans filled the Metro Toronto Convention Centre.');
    expect(byName(es, 'Tax Policy Center')?.type).toBe('organization');
    expect(byName(es, 'Metro Toronto Convention Centre')?.type).toBe('place');
  });

  it('reads "the Obama administration" as a mention of the person and "an Oklahoma Republican" as the place', () => {
    const t = 'The debt grew under the Obama administration, said James Lankford, an Oklahoma Republican.';
    const es = actors(t);
    expect(byName(es, 'Obama')?.type).toBe('person');
    expect(byName(es, 'Oklahoma')?.type).toBe('place');
    expect(byName(es, 'Oklahoma Republican')).toBeUndefined();
  });
});

describe('everyday acronyms', () => {
  it('does not read TV, CPUs or USB as organisations, but keeps unknown acronyms', () => {
    const es = actors('The console has a faster CPU, two USB ports and plays on any TV, the company said. The IAEA disagreed, and so did the WNBA.');
    for (const n of ['CPU', 'USB', 'TV']) expect(byName(es, n), n).toBeUndefined();
    expect(byName(es, 'WNBA')?.type).toBe('organization');
  });
});

describe('small words and short forms', () => {
  it('reads contractions, lone compass words and French articles as no name', () => {
    const t = 'We’re here, he said. The Western allies met. The sign read le Néon in red. The Soviets left.';
    const es = actors(t);
    for (const n of ['We’re', 'Western', 'le Néon', 'Néon']) expect(byName(es, n), n).toBeUndefined();
    expect(byName(es, 'Soviets')?.type).toBe('group');
  });

  it('knows short forms of big cities and strips title-case words before a known name', () => {
    const t = 'How Winter Wreaks Havoc Underneath N.Y.C.\nCrews in L.A. and on the Las Vegas Strip were busy all week.';
    const es = actors(t);
    expect(byName(es, 'N.Y.C.')?.type ?? es.find((e) => e.aliases.includes('N.Y.C.'))?.type).toBe('place');
    expect(byName(es, 'L.A.')?.type ?? es.find((e) => e.aliases.includes('L.A.'))?.type).toBe('place');
    expect(byName(es, 'Las Vegas Strip')?.type).toBe('place');
  });
});

describe('adjectives that look like names', () => {
  it('reads "Roman mosaics", "North African countries" and "European leaders" as no actors, and knows Aotearoa', () => {
    const es = actors('The museum holds Roman mosaics. North African countries and European leaders met in Aotearoa.');
    for (const n of ['Roman', 'North African', 'European']) expect(byName(es, n), n).toBeUndefined();
    expect(es.find((e) => e.name === 'Aotearoa' || e.aliases.includes('Aotearoa'))?.type).toBe('place');
  });
});

describe('hyphenated titles', () => {
  it('reads "President-elect Trump" as a title and a person, and "Co-founder of Google" as the role’s organisation', () => {
    const t = 'Critics said the claims were false. A quote was attributed to President-elect Trump by the site. Co-founder of Google, Sergey Brin, spoke.';
    const es = actors(t);
    expect(byName(es, 'Trump')?.type).toBe('person');
    expect(byName(es, 'Google')?.type).toBe('organization');
    expect(byName(es, 'Sergey Brin')?.type).toBe('person');
    expect(es.some((e) => e.name.startsWith('of '))).toBe(false);
  });
});

describe('names in headings', () => {
  it('takes the names the body gives from a Title-Case heading, and nothing else', () => {
    const t = 'Fact-Checker Dana Whitlow Asks Angry Questions Online\n\nDana Whitlow posted the question on Friday. Whitlow is a staff writer.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Dana Whitlow'))).toEqual(['Dana Whitlow', 'Dana Whitlow', 'Whitlow']);
    expect(es.some((e) => e.name.includes('Angry') || e.name.includes('Questions'))).toBe(false);
  });

  it('reads a headline quoted inside a sentence like a heading: its words make no actor, its names join the body’s people', () => {
    const t =
      'Senator Mark Holden spoke on Tuesday. Within the hour, the rival campaign emailed supporters a message headed “Senator Mark Holden Joins Growing List of Critics Rebuking Garza as He Seals Nomination.” Garza did not reply. Holden said later that he stood by his words.';
    const es = actors(t);
    expect(es.some((e) => /Joins|Growing|Rebuking|Seals/.test(e.name))).toBe(false);
    expect(spans(t, byName(es, 'Mark Holden'))).toContain('Holden');
    expect(byName(es, 'Mark Holden')?.mentions.length).toBe(3);
    expect(byName(es, 'Garza')?.type).toBe('person');
  });

  it('reads a headline in capitals run into the text like a heading, and no acronym in its small words', () => {
    const t = 'The field narrowed again on Monday.\n\nTWO MORE BITE THE DUST FOR THE NEXT GOP DEBATE STAGE Rand Paul and Carly Fiorina did not make the cut.\n\nWHO IS THE FRONT-RUNNER?\n\nNobody knows yet.';
    const es = actors(t);
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Rand Paul', 'Carly Fiorina']);
    expect(es.some((e) => /BITE|DUST|^IS$/.test(e.name))).toBe(false);
  });

  it('reads a title line with commas, quotation marks and numbers as a heading, and keeps a plain person’s name in it', () => {
    const t =
      'Ohio Gov. Hears About the Budget Vote, Launches 4-Word Warning To Lawmakers.\n\nThe governor of Ohio spoke on Monday. Mrs. Whitlow had asked him about the vote on “The Late Show With Stephen Colbert” last week.';
    const es = actors(t);
    expect(es.some((e) => /Hears|Launches|Warning|Late Show/.test(e.name))).toBe(false);
    expect(byName(es, 'Ohio')?.type).toBe('place');
    expect(byName(es, 'Stephen Colbert')?.type).toBe('person');
  });

  it('keeps the names of a reporting credit, whose verbs before "by" make no headline', () => {
    const t = 'The council voted on Tuesday.\n\n(Reporting by Will Dunham; Editing by Tom Brown)';
    const es = actors(t);
    expect(byName(es, 'Tom Brown')?.type).toBe('person');
  });
});

describe('class nouns and web addresses', () => {
  it('reads "the search engine X" and a name written as a web address as organisations', () => {
    const es = actors('The deal was struck with the search engine Mozilla last year, and the security firm Secunia.com counted the flaws.');
    expect(byName(es, 'Mozilla')?.type).toBe('organization');
    expect(byName(es, 'Secunia')?.type).toBe('organization');
  });
});

describe('laws, events and studies', () => {
  it('reads bills, fairs, prizes and studies as no actors, but keeps "Doris Day" a person', () => {
    const t = 'The Data Retention Bill passed. He won the Google Science Fair and the Nobel Prize. The Australian National Iodine Nutrition Study was published. Doris Day sang.';
    const es = actors(t);
    for (const n of ['Data Retention Bill', 'Google Science Fair', 'Nobel Prize', 'Australian National Iodine Nutrition Study']) expect(byName(es, n), n).toBeUndefined();
    expect(byName(es, 'Doris Day')?.type).toBe('person');
    expect(byName(es, 'Google')?.type).toBe('organization');
  });
});

describe('known products', () => {
  it('keeps the maker of a known product and drops the product everywhere', () => {
    const t = 'Mozilla Firefox gained users while Google Chrome grew fast. Firefox is open source, and Chrome is not.';
    const es = actors(t);
    expect(byName(es, 'Google')?.type).toBe('organization');
    expect(byName(es, 'Mozilla')?.type).toBe('organization');
    for (const n of ['Firefox', 'Chrome', 'Mozilla Firefox', 'Google Chrome']) expect(byName(es, n), n).toBeUndefined();
  });
});

describe('quoted titles', () => {
  it('reads a name that is exactly a quotation as the title of a work, not an actor', () => {
    const es = actors('The gallery showed “Shot Marilyns” and “Orange Disaster”, lent by the Tate Modern.');
    expect(byName(es, 'Shot Marilyns')).toBeUndefined();
    expect(byName(es, 'Orange Disaster')).toBeUndefined();
  });
});

describe('place nouns after a name', () => {
  it('reads "the Bardo museum" and "his Pātaua farm" as places', () => {
    const es = actors('Gunmen stormed the Bardo museum on Wednesday. He was born at his Pātaua farm.');
    expect(byName(es, 'Bardo')?.type).toBe('place');
    expect(byName(es, 'Pātaua')?.type).toBe('place');
  });
});

describe('company names with designators', () => {
  it('merges "Whole Foods Market" with "Whole Foods" and "Acme Inc." with "Acme"', () => {
    const t = 'Amazon bought Whole Foods Market in 2017. Shoppers at Whole Foods noticed. Acme Inc. sued, and Acme later settled.';
    const es = actors(t);
    const wf = es.find((e) => e.name === 'Whole Foods Market');
    expect(spans(t, wf)).toEqual(['Whole Foods Market', 'Whole Foods']);
    const acme = es.find((e) => e.name === 'Acme Inc.' || e.name === 'Acme');
    expect(acme && spans(t, acme)).toEqual(['Acme Inc.', 'Acme']);
  });
});

describe('surnames that are months or feast days', () => {
  it('reads "Theresa May" as one person and "May said" as her, but not the month', () => {
    const t = 'Prime Minister Theresa May said on Tuesday that the deal was done. The vote is in May. May said she would stay. Illustrator Johnnie Christmas signed books.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Theresa May'))).toEqual(['Theresa May', 'May']);
    expect(byName(es, 'Johnnie Christmas')?.type).toBe('person');
  });
});

describe('surnames that are towns', () => {
  it('reads "Margaret Hamilton" as a person and her later "Hamilton" as her, not the town', () => {
    const t = 'Another programmer, Margaret Hamilton, joined the lab in the spring. Hamilton wrote the code. Sam Houston was born in Virginia.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Margaret Hamilton'))).toEqual(['Margaret Hamilton', 'Hamilton']);
    expect(byName(es, 'Sam Houston')?.type).toBe('person');
    expect(byName(es, 'Hamilton')).toBeUndefined();
  });
});

describe('towns named with their country, and adjectives from names', () => {
  it('merges "Sydney" into "Sydney, Australia" and reads "Orwellian" as no actor', () => {
    const t = 'Uber raised prices in Sydney, Australia, during the siege. Riders in Sydney were angry at the Orwellian pricing.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Sydney, Australia'))).toEqual(['Sydney, Australia', 'Sydney']);
    expect(byName(es, 'Orwellian')).toBeUndefined();
  });

  it('keeps a name ending in "-ian" before a verb or a function word ("Atlassian said", "Salesforce and Atlassian earlier")', () => {
    const t = 'The layoffs follow cuts at Salesforce and Atlassian earlier this year. Atlassian said it would hire. It was a Kafkaesque ordeal.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Atlassian'))).toEqual(['Atlassian', 'Atlassian']);
    expect(byName(es, 'Kafkaesque')).toBeUndefined();
  });
});

describe('short names of bodies and names of missions', () => {
  it('reads a surname-shaped word that opens a body’s name, and no person bears, as that body ("Goddard planetary scientist…")', () => {
    const t = 'Researchers at NASA’s Goddard Space Flight Center said so. “We checked,” Goddard planetary scientist Avi Mandell said. He took over obligations from Walter Energy, and plants from Walter.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Goddard Space Flight Center'))).toEqual(['Goddard Space Flight Center', 'Goddard']);
    expect(spans(t, byName(es, 'Walter Energy'))).toEqual(['Walter Energy', 'Walter']);
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Avi Mandell']);
  });

  it('reads "NASA’s upcoming Europa Clipper mission" as a mission, no actor', () => {
    const es = actors('NASA’s upcoming Europa Clipper mission will get a closer look at the moon in 2023, the agency said.');
    expect(es.map((e) => e.name)).toEqual(['NASA']);
  });
});

describe('datelines, bracketed short names and nationalities in appositives', () => {
  it('names a dateline’s only "GENEVA" Geneva, joins "(Africa CDC)" to the name before it, and reads "Bavarian Nordic, the Danish company" as a company', () => {
    const t = 'GENEVA — The outbreak worsened. The Africa Centres for Disease Control and Prevention (Africa CDC) declared an emergency. Bavarian Nordic, the Danish company that makes a vaccine, said it could supply doses.';
    const es = actors(t);
    expect(byName(es, 'Geneva')?.type).toBe('place');
    expect(spans(t, byName(es, 'Africa Centres for Disease Control and Prevention'))).toEqual(['Africa Centres for Disease Control and Prevention', 'Africa CDC']);
    expect(byName(es, 'Bavarian Nordic')?.type).toBe('organization');
  });

  it('joins a place named in a headline to the same place read from the dateline ("Kyiv" and "KYIV, Ukraine")', () => {
    const t = 'Russian Drones Hit Kyiv Power Plant\n\nKYIV, Ukraine (AP) — Russian drones struck a power plant in Kyiv overnight, officials said.';
    expect(actors(t).filter((e) => e.name === 'Kyiv')).toHaveLength(1);
  });

  it('joins spellings of one organisation that differ only in a hyphen or a space ("Wal-Mart", "Walmart")', () => {
    const es = actors('Wal-Mart has said its executives were not informed. Walmart however says the lawmakers are wrong.');
    expect(es.filter((e) => e.type === 'organization').map((e) => [e.name, e.mentions.length])).toEqual([['Wal-Mart', 2]]);
  });

  it('reads a press release\'s dateline in capitals as its town, with or without a date and a wire before the double dash', () => {
    expect(byName(actors('MEXICO CITY — Mexican President Claudia Sheinbaum said on Monday that troops would go north.'), 'Mexico City')?.type).toBe('place');
    for (const t of ['HOUSTON, March 3, 2025 /PRNewswire/ -- Northwind Energy today announced that it will buy SolarPeak for cash.', 'HOUSTON -- Northwind Energy said on Monday that it would buy SolarPeak for cash.']) {
      const es = actors(t);
      expect(byName(es, 'Houston')?.type).toBe('place');
      expect(es.some((e) => e.type === 'organization' && /HOUSTON/i.test(e.name))).toBe(false);
    }
    // A town and its state, then the dash.
    const es = actors('AUSTIN, Texas — The Texas House voted to impeach Attorney General Ken Paxton on Saturday.');
    expect(es.find((e) => /^austin$/i.test(e.name))?.type).toBe('place');
  });
});

describe('bodies that speak and bodies in appositives', () => {
  it('reads "Ticketmaster, which faced criticism…, said" and "Live Nation, its parent company," and "Destination Toronto, the city’s tourism agency," as organisations', () => {
    const t = 'Ticketmaster, which faced criticism over the presale, said demand had been unprecedented. Live Nation, its parent company, did not comment. Destination Toronto, the city’s tourism agency, estimated that hotels were full.';
    const es = actors(t);
    for (const name of ['Ticketmaster', 'Live Nation', 'Destination Toronto']) expect(byName(es, name)?.type, name).toBe('organization');
  });
});

describe('names that end on a plural', () => {
  it('reads "The Doobie Brothers" at a sentence’s start as a band, no person, and "LeBron James" as a person', () => {
    const t = 'The Doobie Brothers will tour in 2020. Cleveland Cavaliers star LeBron James endorsed her. The Doobie Brothers are nominated for the Hall of Fame.';
    const es = actors(t);
    expect(byName(es, 'Doobie Brothers')?.type).toBe('organization');
    expect(byName(es, 'LeBron James')?.type).toBe('person');
  });
});

describe('words of today’s news and the bodies they name', () => {
  it('reads "Tech giant Apple" and "Startup founders" as words before names, and "the Mercosur summit" as an organisation', () => {
    const es = actors('Tech giant Apple said on Monday it would invest more. Startup founders met in Paris. Leaders met at the Mercosur summit in Montevideo.');
    expect(es.map((e) => `${e.type}:${e.name}`)).toEqual(['organization:Apple', 'place:Paris', 'organization:Mercosur', 'place:Montevideo']);
  });
});

describe('places, agencies and addresses', () => {
  it('reads "the San Ysidro facility" and "HMP Belmarsh" as places, and an address is no list', () => {
    const t = 'Doctors offered vaccines at the San Ysidro, California, Customs and Border Protection processing facility. Assange was moved to HMP Belmarsh last year.';
    const es = actors(t);
    expect(es.find((e) => /San Ysidro/.test(e.name))?.type).toBe('place');
    expect(byName(es, 'Customs and Border Protection')?.type).toBe('organization');
    expect(byName(es, 'Customs')).toBeUndefined();
    expect(byName(es, 'HMP Belmarsh')?.type).toBe('place');
  });

  it('keeps a middle initial before a surname that is also a word, and no "Jan" in "Jan. 5"', () => {
    const t = 'President George W. Bush spoke on Jan. 5. Then Michael J. Fox arrived. Bush left on Feb. 12 with Jan Kowalski.';
    expect(actors(t).map((e) => `${e.type} ${e.name}`)).toEqual(['person George W. Bush', 'person Michael J. Fox', 'person Jan Kowalski']);
  });

  it('keeps the middle initial "I." ("Kenneth I. Chenault"), one person with his role, and no name opened by its dot', () => {
    const es = actors('Kenneth I. Chenault, chairman and chief executive officer, said the quarter was strong. Chenault left.');
    expect(es.map((e) => `${e.type} ${e.name} ${e.role}`)).toEqual(['person Kenneth I. Chenault chairman and chief executive officer']);
    expect(actors('When I. Smith came, he spoke.').some((e) => e.name.startsWith('.'))).toBe(false);
  });

  it('keeps a first name that is also a word at the start of a sentence ("Bill Gates said", "Bill O\'Reilly of Fox News asked")', () => {
    const t = 'The plan was new.\nBill Gates said it would work.\nBill O\'Reilly of Fox News asked about it.\nBill Smith of Reuters asked too.';
    expect(actors(t).map((e) => `${e.type} ${e.name}`)).toEqual(['person Bill Gates', "person Bill O'Reilly", 'organization Fox News', 'person Bill Smith', 'organization Reuters']);
  });

  it('reads "Senators Charles E. Grassley, Republican of Iowa, and Patrick J. Leahy, Democrat of Vermont" as two senators and two states', () => {
    const t = 'The bill was written by Senators Charles E. Grassley, Republican of Iowa, and Patrick J. Leahy, Democrat of Vermont, who sought changes.';
    expect(actors(t).map((e) => `${e.type} ${e.name}`)).toEqual(['person Charles E. Grassley', 'place Iowa', 'person Patrick J. Leahy', 'place Vermont']);
  });

  it('keeps a nickname in quotation marks inside the name, drops "(D-Newport News)", and makes no person of "Justice for Victims of Trafficking Act"', () => {
    const t = 'In a tradition he kept for years, Rep. Robert C. "Bobby" Scott opened his yard to the crowd. His niece, Marcia "Cia" Price (D-Newport News), spoke. Bobby Scott thanked her. He voted against the Justice for Victims of Trafficking Act of 2015.';
    expect(actors(t).map((e) => `${e.type} ${e.name} [${e.aliases.join('|')}]`)).toEqual(['person Robert C. "Bobby" Scott [Bobby Scott]', 'person Marcia "Cia" Price []']);
  });

  it('splits an organisation the reference data does not know from the role and the person after it', () => {
    const es = actors('On Monday, Manhattan Supreme Court Justice Frank Nervo ruled against the paper. The Republican National Committee Research Director Raj Shah said so.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['organization Manhattan Supreme Court', 'person Frank Nervo', 'organization Republican National Committee', 'person Raj Shah']);
    expect(byName(es, 'Frank Nervo')?.role).toBe('Justice');
    expect(byName(es, 'Frank Nervo')?.affiliation).toBe(byName(es, 'Manhattan Supreme Court')?.id);
  });

  it('merges "James O’Neill" and "O\'Neill" (curly and straight apostrophes), and reads "Polish Americans" as a group', () => {
    const t = 'Police Commissioner James O’Neill said the blast was intentional. Later, O\'Neill said more. Many Polish Americans live there.';
    expect(actors(t).map((e) => `${e.type} ${e.name} [${e.aliases.join('|')}]`)).toEqual(["person James O’Neill [O'Neill]", 'group Polish Americans []']);
  });

  it('gives "Senator Cruz" to the senator, not to the Cruz named last', () => {
    const es = actors('Sen. Ted Cruz of Texas endorsed Donald Trump on Friday. Trump had insulted his wife, Heidi Cruz, during the campaign. On Friday, Senator Cruz said he would vote for him.');
    expect(byName(es, 'Ted Cruz')?.aliases).toContain('Senator Cruz');
    expect(byName(es, 'Heidi Cruz')?.aliases ?? []).not.toContain('Senator Cruz');
  });

  it('joins "on" inside an organisation\'s name only ("Council on Foreign Relations", not "Donald Trump on Twitter")', () => {
    const es = actors('Donald Trump spoke on Monday. The senator was attacked by Trump on Twitter last week. The Council on Foreign Relations met.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['person Donald Trump', 'organization Twitter', 'organization Council on Foreign Relations']);
  });

  it('keeps a Korean family name that is also a word at the start of a sentence ("Ban Ki-moon, the secretary general, said")', () => {
    const es = actors('The war ended in Sri Lanka. Ban Ki-moon, the secretary general of the United Nations, said so. Mr. Ban spoke.');
    expect(byName(es, 'Ban Ki-moon')?.aliases).toContain('Ban');
    expect(byName(es, 'Ki-moon')).toBeUndefined();
  });

  it('reads "Democrat Hillary Clinton" and "Republican Donald Trump" as people, the party as their title', () => {
    const es = actors('The ruling could help Democrat Hillary Clinton more than Republican Donald Trump in the state, experts said on Monday.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['person Hillary Clinton', 'person Donald Trump']);
  });

  it('reads "Boston Center for the Arts" as one organisation', () => {
    expect(actors('On Monday the Boston Center for the Arts opened a new show for the public.').map((e) => `${e.type} ${e.name}`)).toEqual(['organization Boston Center for the Arts']);
  });

  it('reads "African-Americans" as a group and "the African-American vote" as no actor, and makes no person of a law that opens with a role word', () => {
    const t = 'Many African-Americans take it personally, and the African-American vote matters. He signed the Justice Against Sponsors of Terrorism Act, and Judge Ann Day ruled on it.';
    expect(actors(t).map((e) => `${e.type} ${e.name}`)).toEqual(['group African-Americans', 'person Ann Day']);
  });

  it('reads the people of a known state or country as groups ("South Dakotans", "New Yorkers", "Texans"), not teams or surnames', () => {
    const t = 'The law hurts South Dakotans, and many New Yorkers and Texans agree. The Rangers lost. Peter Sanders spoke.';
    expect(actors(t).map((e) => `${e.type} ${e.name}`)).toEqual(['group South Dakotans', 'group New Yorkers', 'group Texans', 'organization Rangers', 'person Peter Sanders']);
  });

  it('reads "unfair to Mitt Romney" and "comparing Trump to Romney" as the person, not a place the name is sent to', () => {
    const t = 'Donald Trump spoke on Monday. I think it is very unfair to Mitt Romney to put them together. Few were on board with comparing Trump to Romney.';
    expect(actors(t).map((e) => `${e.type} ${e.name} [${e.aliases.join('|')}]`)).toEqual(['person Donald Trump [Trump]', 'person Mitt Romney [Romney]']);
  });

  it('keeps "Bernie Sanders supporters" a person\'s supporters, "Manchester United fans" a club\'s', () => {
    const es = actors('The president went on a mission to draw in Bernie Sanders supporters reluctant to give up. Manchester United fans cheered.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['person Bernie Sanders', 'organization Manchester United']);
  });

  it('reads "the Clinton camp" as the person named before, "the Rukban camp" as a place', () => {
    expect(actors('Hillary Clinton spoke on Monday. The Clinton camp and too many in the media want it.').map((e) => `${e.type} ${e.name}`)).toEqual(['person Hillary Clinton']);
    expect(actors('Refugees fled to the Rukban camp on Monday.').map((e) => `${e.type} ${e.name}`)).toEqual(['place Rukban']);
  });

  it('reads "of Ashton, Md." as a town, a first name or not, and the abbreviation as the state it names (not in a dateline)', () => {
    const t = 'Donna Rawlings, 59, of Ashton, Md., said the event moved her. Johnnie Wilson, of Springfield, Va., said he fought in Vietnam.';
    expect(actors(t).map((e) => `${e.type} ${e.name}`)).toEqual(['person Donna Rawlings', 'place Ashton', 'place Maryland', 'person Johnnie Wilson', 'place Springfield', 'place Virginia', 'place Vietnam']);
    // The state's abbreviation joins its full name ("Wyoming, Minn. … Minnesota").
    const both = actors('Police in Wyoming, Minn., joked about it. Minnesota is cold.');
    expect(both.map((e) => `${e.type} ${e.name} ${e.mentions.length}`)).toEqual(['place Wyoming 1', 'place Minnesota 2']);
    // A dateline in capitals, and the capital city's own name.
    const dateline = 'NEWPORT NEWS, Va. — Rep. Ann Lee spoke at a cookout, and later flew to Washington, D.C., for a vote.';
    expect(actors(dateline).map((e) => `${e.type} ${e.name}`)).toEqual(['place Newport News', 'person Ann Lee', 'place Washington, D.C.']);
  });

  it('gives a role with an abbreviated title spelled out', () => {
    const es = actors('Republican Gov. Eric Holcomb left for Florida on Tuesday.');
    expect(byName(es, 'Eric Holcomb')?.role).toBe('Republican Governor');
  });
});

describe('teams and sentence openers', () => {
  it('reads "the Buffalo Sabres" as one organisation with "the Sabres", and a score is no model number', () => {
    const t = 'The Buffalo Sabres beat the Washington Capitals 3-2 on Tuesday. The Sabres scored twice in the third period, and the Capitals could not answer.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Buffalo Sabres'))).toEqual(['Buffalo Sabres', 'Sabres']);
    expect(byName(es, 'Buffalo Sabres')?.type).toBe('organization');
    expect(spans(t, byName(es, 'Washington Capitals'))).toEqual(['Washington Capitals', 'Capitals']);
  });

  it('reads a club named for its city after a role-like verb as a club ("Arsenal host Bayern Munich"), and a person after a role as a person', () => {
    const t = 'The Gunners play again on Wednesday, when Arsenal host Bayern Munich in the Champions League. The match will be shown live. Talk-show host Jack London said he would watch it.';
    const es = actors(t);
    expect(byName(es, 'Bayern Munich')?.type).toBe('organization');
    expect(byName(es, 'Bayern Munich')?.role).toBeNull();
    expect(byName(es, 'Jack London')?.type).toBe('person');
  });

  it('reads the sides of a result with its score as teams ("Carolina edged Tampa 4–3", "who beat Brentford 3-0"), not players named in full or by a known surname', () => {
    const t = 'Liverpool, who beat Brentford 3-0 earlier in the day, remain second. Carolina edged Chicago 4–3 in overtime. Nadal beat Federer 6-3 in the final. Rafael Nadal and Roger Federer hugged. Vasek Pospisil beat Yoshihito Nishioka 7-6.';
    const es = actors(t);
    for (const team of ['Brentford', 'Carolina']) expect(byName(es, team)?.type, team).toBe('organization');
    for (const player of ['Rafael Nadal', 'Roger Federer', 'Vasek Pospisil', 'Yoshihito Nishioka']) expect(byName(es, player)?.type, player).toBe('person');
  });

  it('reads both sides of a score line as teams ("Wild 4, Sabres 1:"), and "the Wild, who" stays a team', () => {
    const t = 'Wild 4, Sabres 1: Zach Parise scored twice and Minnesota beat Buffalo. Jonas Brodin also scored for the Wild, who improved to 4-2-1.\nBruins 5, Devils 1: David Pastrnak scored twice as the Bruins beat the Devils again.\nLiverpool 3, Everton 0: Mohamed Salah scored twice.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Wild'))).toEqual(['Wild', 'Wild']);
    expect(byName(es, 'Wild')?.type).toBe('organization');
    for (const team of ['Sabres', 'Devils', 'Everton']) expect(byName(es, team)?.type, team).toBe('organization');
    expect(spans(t, byName(es, 'Devils'))).toEqual(['Devils', 'Devils']);
    // A poll's figures are no score line of teams: the candidates stay people.
    const poll = 'A new poll shows Clinton 45, Trump 41 among likely voters. Hillary Clinton and Donald Trump campaign in Ohio.';
    expect(spans(poll, byName(actors(poll), 'Donald Trump'))).toEqual(['Trump', 'Donald Trump']);
  });

  it('reads a club whose name opens with a known company’s ("Bayer Leverkusen coach Xabi Alonso") as an organisation, at a sentence’s start too', () => {
    const t = 'Bayer Leverkusen coach Xabi Alonso has been linked with the job. Leverkusen declined to comment.';
    const es = actors(t);
    expect(byName(es, 'Bayer Leverkusen')?.type).toBe('organization');
    expect(spans(t, byName(es, 'Bayer Leverkusen'))).toEqual(['Bayer Leverkusen', 'Leverkusen']);
    expect(byName(es, 'Xabi Alonso')?.type).toBe('person');
  });

  it('reads a one-word name with a plural verb as a club ("Chelsea have paid", "which Chelsea hope to announce")', () => {
    const es = actors('Chelsea have this morning paid the fee to secure the signing of Kepa Arrizabalaga, which Chelsea hope to announce later today.');
    expect(byName(es, 'Chelsea')?.type).toBe('organization');
  });

  it('reads "Chelsea manager Frank Lampard" and "Tottenham manager" as clubs, and "Swift’s manager" leaves Swift a person', () => {
    const es = actors('Jose Mourinho was named Tottenham manager on Wednesday. Chelsea manager Frank Lampard praised him. On Monday, singer Taylor Swift said her manager would sue.');
    expect(byName(es, 'Tottenham')?.type).toBe('organization');
    expect(byName(es, 'Chelsea')?.type).toBe('organization');
    expect(byName(es, 'Frank Lampard')?.type).toBe('person');
    expect(byName(es, 'Taylor Swift')?.type).toBe('person');
  });

  it('does not join a sentence-opening adverb to the place after its comma', () => {
    const es = actors('Separately, Norway’s October oil production beat forecasts.');
    expect(es.map((e) => e.name)).toEqual(['Norway']);
  });
});

describe('names after an inverted verb of speech', () => {
  it('reads "said Will Tjernlund, a consultant" as a person, and "Tjernlund" later as him', () => {
    const t = '“Five swiped away,” said Will Tjernlund, a consultant. Tjernlund said so.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Will Tjernlund'))).toEqual(['Will Tjernlund', 'Tjernlund']);
    expect(byName(es, 'Will Tjernlund')?.type).toBe('person');
  });
});

describe('a person of a country', () => {
  it('reads "Raven Klaasen of South Africa" as a person and a country, "Bank of England" as one organisation', () => {
    const es = actors('They beat Raven Klaasen of South Africa and Michael Venus of New Zealand. The Bank of England agreed.');
    expect(byName(es, 'Raven Klaasen')?.type).toBe('person');
    expect(byName(es, 'South Africa')?.type).toBe('place');
    expect(byName(es, 'Michael Venus')?.type).toBe('person');
    expect(byName(es, 'Bank of England')?.type).toBe('organization');
  });
});

describe('polities named "X of Y"', () => {
  it('reads "Republic of Ireland" and "City of London" as places, "Church of Scientology" as no place', () => {
    const es = actors('The Republic of Ireland won. The City of London agreed. The Church of Scientology said nothing.');
    expect(byName(es, 'Republic of Ireland')?.type).toBe('place');
    expect(byName(es, 'City of London')?.type).toBe('place');
    expect(byName(es, 'Church of Scientology')?.type).not.toBe('place');
  });
});

describe('first names beyond the lexicon', () => {
  it('reads "Taylor Swift declined to comment" as a person, "Marin County" and a list of counties as places', () => {
    const es = actors('Taylor Swift declined to comment. Swift later left. Officials in Marin County agreed. Cases were reported in Barry, Calhoun, Cass and Van Buren counties.');
    expect(byName(es, 'Taylor Swift')?.type).toBe('person');
    expect(byName(es, 'Marin County')?.type).toBe('place');
    expect(byName(es, 'Calhoun')?.type).toBe('place');
    expect(byName(es, 'Cass')?.type).toBe('place');
  });
});

describe('a surname that is also a town', () => {
  it('keeps "to Hamilton" and "Hamilton said" with Margaret Hamilton, and "in Hamilton" a place', () => {
    const text = 'Margaret Hamilton wrote the code. A professor recommended her to Hamilton. “He loved that computer,” Hamilton said. In addition to Hamilton, others worked in Hamilton, Bermuda.';
    const es = actors(text);
    const person = byName(es, 'Margaret Hamilton')!;
    expect(person.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Margaret Hamilton', 'Hamilton', 'Hamilton', 'Hamilton']);
    expect(es.some((e) => e.type === 'place' && e.name.startsWith('Hamilton'))).toBe(true);
  });
});

describe('surname particles', () => {
  it('marks "De Miranda" at a sentence start and "Even de Miranda" with the particle', () => {
    const text = 'The philosopher Luis de Miranda wrote a book. Even de Miranda was surprised. De Miranda says neon is a message.';
    const es = actors(text);
    expect(byName(es, 'Luis de Miranda')!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Luis de Miranda', 'de Miranda', 'De Miranda']);
  });
});

describe('schools', () => {
  it('reads a school after a word of study as an organisation, and "Florida State" as Florida State University', () => {
    const es = actors('She was a recent graduate of Mount Holyoke. As an undergraduate at Yale, Sarah Gille sat in class. He went to Florida State University. He left Florida State in 1970.');
    expect(byName(es, 'Mount Holyoke')?.type).toBe('organization');
    expect(byName(es, 'Yale')?.type).toBe('organization');
    expect(byName(es, 'Florida State University')?.aliases).toContain('Florida State');
  });

  it('reads what a company bought as a company', () => {
    expect(byName(actors('Ahh, if only Yahoo had bought Snapchat.'), 'Snapchat')?.type).toBe('organization');
  });
});

describe('names joined by "and"', () => {
  it('splits "Big Machine and Dick Clark Productions" when the article names Big Machine alone', () => {
    const es = actors('Reports said Big Machine and Dick Clark Productions had come to terms. A week later, Big Machine denied it.');
    expect(byName(es, 'Big Machine')?.type).toBe('organization');
    expect(byName(es, 'Dick Clark Productions')?.type).toBe('organization');
    expect(byName(actors('Procter and Gamble Company said so.'), 'Procter and Gamble Company')?.type).toBe('organization');
  });
});

describe('a town and its country', () => {
  it('joins "Irving, Texas" but not "Bakhmut, Ukraine’s military said"', () => {
    const es = actors('Ukrainian forces advanced near Bakhmut, Ukraine’s military said. He lives in Irving, Texas.');
    expect(byName(es, 'Bakhmut')?.type).toBe('place');
    expect(byName(es, 'Ukraine')?.type).toBe('place');
    expect(byName(es, 'Irving, Texas')?.type).toBe('place');
  });
});

describe('"Former" opening a sentence', () => {
  it('is no part of the team or country before a lowercase role ("Former England captain Alan Shearer")', () => {
    const es = actors('Former England captain Alan Shearer said it. Former Chelsea striker Didier Drogba agreed. Former Health Minister Amara Okafor left.');
    expect(es.map((e) => e.name)).toEqual(['England', 'Alan Shearer', 'Chelsea', 'Didier Drogba', 'Amara Okafor']);
  });
});

describe('whose person', () => {
  it('reads "Alphabet’s Sundar Pichai" and "Meta Platforms’ Mark Zuckerberg" as companies and their people, and "a paper in Nature" as no place', () => {
    const es = actors('Meta Platforms’ Mark Zuckerberg and Alphabet’s Sundar Pichai attended. Researchers published a paper in Nature.');
    expect(byName(es, 'Meta Platforms')?.type).toBe('organization');
    expect(byName(es, 'Alphabet')?.type).toBe('organization');
    expect(byName(es, 'Sundar Pichai')?.type).toBe('person');
    expect(byName(es, 'Nature')?.type).not.toBe('place');
  });
});

describe('groups opening a sentence', () => {
  it('reads a chamber\'s or a state\'s party members as the party\'s group, and an adjective before them as a party\'s name', () => {
    const t = 'The vote was close on Monday. The plan was opposed by House Democrats and by Senate Republicans, while Texas Republicans cheered. Many Democrats were angry. The Social Democrats and the Free Democrats were silent.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Democrats'))).toEqual(['Democrats', 'Democrats']);
    expect(spans(t, byName(es, 'Republicans'))).toEqual(['Republicans', 'Republicans']);
    expect(byName(es, 'Texas')?.type).toBe('place');
    expect(byName(es, 'Senate')?.type).toBe('organization');
    expect(byName(es, 'Social Democrats')?.type).toBe('organization');
    expect(byName(es, 'Free Democrats')?.type).toBe('organization');
    expect(es.map((e) => e.name)).not.toContain('Texas Republicans');
  });

  it('reads "Democrats and Republicans clashed" and "Muslims gathered" as groups', () => {
    const es = actors('Democrats and Republicans clashed over aid. Muslims gathered to pray.');
    expect(es.map((e) => [e.name, e.type])).toEqual([['Democrats', 'group'], ['Republicans', 'group'], ['Muslims', 'group']]);
  });
});

describe('names with particles and double surnames', () => {
  it('keeps "Ursula von der Leyen", "Al-Julani" after "al-Julani" and "Alexandria Ocasio-Cortez" one person each', () => {
    const text = 'Ursula von der Leyen spoke. Von der Leyen’s team was ready. Abu Mohammed al-Julani spoke in Damascus. Al-Julani said Syria would vote. Alexandria Ocasio-Cortez criticised the plan. The Pittsburgh Post-Gazette reported it.';
    const es = actors(text);
    expect(byName(es, 'Ursula von der Leyen')!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Ursula von der Leyen', 'Von der Leyen']);
    expect(byName(es, 'Abu Mohammed al-Julani')!.mentions).toHaveLength(2);
    expect(byName(es, 'Alexandria Ocasio-Cortez')?.type).toBe('person');
    expect(byName(es, 'Pittsburgh Post-Gazette')?.type).toBe('organization');
  });
});

describe('two abbreviated titles', () => {
  it('leaves "Maj. Gen." and "Lt. Col." out of the names and in the role', () => {
    const es = actors('She met Maj. Gen. Ahmed Sharif Chaudhry and Lt. Col. Alexander Vindman.');
    expect(es.map((e) => e.name)).toEqual(['Ahmed Sharif Chaudhry', 'Alexander Vindman']);
    expect(byName(es, 'Alexander Vindman')?.role).toBe('Lieutenant Colonel');
  });
});

describe('companies by what surrounds them', () => {
  it('reads an appositive class noun, a possessed executive and "analysts at" as organisation evidence', () => {
    const es = actors('Their rival Stripe, the payments firm, cut 300 jobs. He said Revolut’s chief executive Nik Storonsky was right. Analysts at Bernstein raised their target. She is a professor at Yale. Milton Velez is the district supervisor for Queens.');
    expect(byName(es, 'Stripe')?.type).toBe('organization');
    expect(byName(es, 'Revolut')?.type).toBe('organization');
    expect(byName(es, 'Bernstein')?.type).toBe('organization');
    expect(byName(es, 'Yale')?.type).toBe('organization');
    expect(byName(es, 'Queens')?.type).toBe('place');
    expect(byName(actors('Anthropic said it had raised money. Google holds a stake in Anthropic.'), 'Anthropic')?.type).toBe('organization');
  });

  it('reads a name after a person’s name and "of" as their employer ("Matt Egan of Macworld"), not a town with its state', () => {
    const es = actors('“Apple has gone all in,” Matt Egan of Macworld wrote. “Everything is better,” wrote David Pierce of the Verge. “It rained,” said Jane Doe of Whitefish, Montana.');
    expect(byName(es, 'Macworld')?.type).toBe('organization');
    expect(byName(es, 'Verge')?.type).toBe('organization');
    expect(byName(es, 'Whitefish')?.type).not.toBe('organization');
  });

  it('reads a newspaper’s word alone after "the" as the newspaper ("told the Chronicle"), not "the Post Office"', () => {
    const t = 'In an interview with the Chronicle, Mayor London Breed defended the cuts. She told the Post that the plan works. He works at the Post Office.';
    expect(actors(t).map((e) => `${e.type}:${e.name}`)).toEqual(['organization:Chronicle', 'person:London Breed', 'organization:Post', 'organization:Post Office']);
  });

  it('reads "told The Sun" and "told The Independent" as newspapers, not "orbit the Sun"', () => {
    const t = 'A source close to the couple told The Sun that they had split. The coroner told The Independent that purity varies. The probe will orbit the Sun for ten years.';
    expect(actors(t).map((e) => `${e.type}:${e.name}`)).toEqual(['organization:Sun', 'organization:Independent']);
  });

  it('keeps a sentence-opening name whose appositive says what kind of body it is ("Resolution Copper, a subsidiary of…")', () => {
    const t = 'Resolution Copper, a subsidiary of Rio Tinto, said it would appeal. The White Helmets, a rescue group that works in rebel-held areas, said families were trapped. Quadrant, a member of the party that won, spoke.';
    const es = actors(t);
    expect(byName(es, 'Resolution Copper')?.type).toBe('organization');
    expect(byName(es, 'White Helmets')?.type).toBe('organization');
    // The head of "a member of the party that…" is a member: no organisation.
    expect(byName(es, 'Quadrant')?.type).not.toBe('organization');
  });

  it('reads an appositive with a possessor ("Itamaraty, Brazil’s foreign ministry,") and parts "Holger Schmieding of Berenberg, Germany’s largest private bank,"', () => {
    const es = actors('Diplomats at Itamaraty, Brazil’s foreign ministry, said privately that they expected little. Holger Schmieding of Berenberg, Germany’s largest private bank, warned of a backlash.');
    expect(byName(es, 'Itamaraty')?.type).toBe('organization');
    expect(byName(es, 'Holger Schmieding')?.type).toBe('person');
    expect(byName(es, 'Berenberg')?.type).toBe('organization');
  });

  it('takes no profession that opens a sentence for a group ("Seismologists at the US Geological Survey said")', () => {
    const es = actors('Seismologists at the US Geological Survey said the quake was shallow. Physicians in Adana said hospitals were full.');
    expect(es.map((e) => `${e.type}:${e.name}`)).toEqual(['organization:US Geological Survey', 'place:Adana']);
  });
});

describe('roles in appositives and relative clauses', () => {
  it('gives "The country’s president, Volodymyr Zelensky," and "Jake Sullivan, who serves as national security adviser," their roles', () => {
    const es = actors('Jake Sullivan, who serves as national security adviser, agreed. The country’s president, Volodymyr Zelensky, thanked them.');
    expect(byName(es, 'Jake Sullivan')?.role).toBe('national security adviser');
    expect(byName(es, 'Volodymyr Zelensky')?.role).toBe('president');
    // The same role words as before a name without a comma: a person noun too.
    expect(byName(actors('The woman’s mother, Fiona Parry, spoke to reporters.'), 'Fiona Parry')?.role).toBe('mother');
  });
});

describe('Korean names', () => {
  it('reads "Moon Jae-in" and "Lee Jae-myung" as people, and "World Cup-style" as no name', () => {
    const es = actors('Moon Jae-in agreed. In Seoul, President Lee Jae-myung’s office said Lee would visit Tokyo. World Cup-style games began.');
    expect(byName(es, 'Moon Jae-in')?.type).toBe('person');
    expect(byName(es, 'Lee Jae-myung')?.mentions).toHaveLength(2);
    expect(es.some((e) => e.name.includes('Cup-style'))).toBe(false);
  });
});

describe('family names written first', () => {
  it('finds "Wang Yi" mid-sentence and "Wang said" later as him, but not "Mark my words" as Mark Carney', () => {
    const es = actors('Premier Li Qiang met Wang Yi. Wang said ties were stable. Mark Carney spoke. Mark my words.');
    expect(byName(es, 'Wang Yi')?.mentions).toHaveLength(2);
    expect(byName(es, 'Mark Carney')?.mentions).toHaveLength(1);
  });
});

describe('company names and Dutch particles', () => {
  it('reads "Spotify said" as a company by the brand list, and "Erik ten Hag" as one person', () => {
    const es = actors('Spotify said the increase reflected new features. Manchester United manager Erik ten Hag said his side deserved it.');
    expect(byName(es, 'Spotify')?.type).toBe('organization');
    expect(byName(es, 'Erik ten Hag')?.type).toBe('person');
  });
});

describe('a lone surname as a speaker', () => {
  it('finds "Zuckerberg, testifying in a Delaware court, said" as a person', () => {
    expect(byName(actors('Zuckerberg, testifying in a Delaware court, said the price was high.'), 'Zuckerberg')?.type).toBe('person');
  });
});

describe('company names from their designators, acronyms and the class noun after them', () => {
  it('keeps "Industrial Light & Magic (ILM)" whole and merges ILM, but drops a lowercase term’s acronym and a ticker', () => {
    const es = actors('Industrial Light & Magic (ILM) made the effects. ILM said so. Cases of chronic wasting disease (CWD) rose. CWD spreads. The Nasdaq Composite .IXIC rose.');
    expect(byName(es, 'Industrial Light & Magic')?.mentions).toHaveLength(3);
    expect(es.some((e) => e.name === 'CWD' || e.name === 'IXIC')).toBe(false);
  });

  it('reads "Acme Widgets, Inc." as a company in all its mentions, and an unknown name followed by "The Toronto-based company" as one', () => {
    const es = actors('Shares of Acme Widgets, Inc. fell. Acme Widgets said no.\nVidyard introduced new features. The Toronto-based company said customers asked for them.');
    expect(es.filter((e) => e.name === 'Acme Widgets').map((e) => [e.type, e.mentions.length])).toEqual([['organization', 2]]);
    expect(es.some((e) => e.name === 'Inc')).toBe(false);
    expect(byName(es, 'Vidyard')?.type).toBe('organization');
  });
});

describe('nicknames and handles', () => {
  it('joins "known online as DoctorX" to the person before it, and reads a handle a person "goes by" as a person throughout', () => {
    const es = actors('Her boss, Fernando Caudevilla, known online as DoctorX, set it up. DoctorX answers questions. One seller, who goes by the name PlutoPete, agrees. PlutoPete told me so.');
    expect(byName(es, 'Fernando Caudevilla')?.aliases).toContain('DoctorX');
    expect(byName(es, 'Fernando Caudevilla')?.mentions).toHaveLength(3);
    expect(es.filter((e) => e.name === 'PlutoPete').map((e) => [e.type, e.mentions.length])).toEqual([['person', 2]]);
  });
});

describe('roles after a possessor', () => {
  it('reads "the party’s leader" and "Acme’s chief operating officer" as roles, Acme as the affiliation', () => {
    const es = actors('Han Dong-hoon, the party’s leader, said no. Ann Cole, Acme’s chief operating officer, agreed.');
    expect(byName(es, 'Han Dong-hoon')?.role).toBe('leader');
    const cole = byName(es, 'Ann Cole');
    expect(cole?.role).toBe('chief operating officer');
    expect(cole?.affiliation).toBe(byName(es, 'Acme')?.id);
  });
});

describe('names of research institutions', () => {
  it('keeps "Priya Natarajan of Yale School of Medicine" two actors, joins "FDA" to the U.S. agency and keeps "and Prevention" in the CDC’s name', () => {
    const es = actors('The study was led by Dr. Priya Natarajan of Yale School of Medicine. The U.S. Food and Drug Administration (FDA) approved it. The FDA said so. According to the Centers for Disease Control and Prevention, cases rose.');
    expect(byName(es, 'Priya Natarajan')?.type).toBe('person');
    expect(byName(es, 'Yale School of Medicine')?.type).toBe('organization');
    expect(byName(es, 'U.S. Food and Drug Administration')?.mentions).toHaveLength(3);
    expect(byName(es, 'Centers for Disease Control and Prevention')?.type).toBe('organization');
  });
});

describe('companies by what they have', () => {
  it('finds "Rivian shares jumped", "Customers of Wealthfront" and "partnered with Chime" as companies', () => {
    const es = actors('Rivian shares jumped on Monday. Customers of Wealthfront can buy bonds. The bank partnered with Chime on a card.');
    expect(['Rivian', 'Wealthfront', 'Chime'].map((n) => byName(es, n)?.type)).toEqual(['organization', 'organization', 'organization']);
  });
});

describe('party and state after a lawmaker', () => {
  it('reads no actor in "R-Ky." or "D-N.Y."', () => {
    const es = actors('Sen. Mitch McConnell, R-Ky., spoke. Rep. Alexandria Ocasio-Cortez, D-N.Y., replied.');
    expect(es.map((e) => e.name)).toEqual(['Mitch McConnell', 'Alexandria Ocasio-Cortez']);
  });
});

describe('known titles that are role words', () => {
  it('reads "The Economist reported it" as the magazine, "The economist said" as no actor', () => {
    const es = actors('The Economist reported it on Monday. The economist said prices would rise.');
    expect(es.map((e) => [e.name, e.type])).toEqual([['The Economist', 'organization']]);
  });
});

describe('Korean names, family name first', () => {
  it('keeps a sentence-opening family name that is also a word ("Lee", "Moon") with its hyphenated given name, and merges the family name alone', () => {
    const es = actors('Lee Jae-myung led the protest. Moon Jae-in met him in Seoul. Lee, the opposition leader, spoke later.');
    expect(byName(es, 'Lee Jae-myung')?.mentions).toHaveLength(2);
    expect(byName(es, 'Moon Jae-in')?.type).toBe('person');
  });
});

describe('handles of forum and social-media users', () => {
  it('types "ScreamMyName, a deep web user who…" a person in all its mentions, and finds lowercase handles after a word for a person', () => {
    const es = actors('ScreamMyName, a deep web user who has been active for years, wants tests. ScreamMyName told me so. As one buyer on the market, elmo666, wrote to me, the results helped. Later elmo666 shared them, and user jayk1984 agreed. Version x264 shipped.');
    expect(byName(es, 'ScreamMyName')).toMatchObject({ type: 'person' });
    expect(byName(es, 'ScreamMyName')?.mentions).toHaveLength(2);
    expect(byName(es, 'elmo666')?.mentions).toHaveLength(2);
    expect(byName(es, 'jayk1984')?.type).toBe('person');
    expect(byName(es, 'x264')).toBeUndefined();
    // A company's mark stays a company's: "WeWork, which…".
    expect(byName(actors('WeWork, which rents desks, said it would cut staff.'), 'WeWork')?.type).toBe('organization');
  });
});

describe('first names that are also words', () => {
  it('finds "Hunter Biden", "Frank Vogel" and "Warren Buffett" opening a sentence, not "Red Cross" or "Even Johnson"', () => {
    const es = actors('Hunter Biden testified on Monday. Frank Vogel coached. Warren Buffett bought shares. Red Cross workers arrived. Even Johnson agreed.');
    expect(['Hunter Biden', 'Frank Vogel', 'Warren Buffett'].map((n) => byName(es, n)?.type)).toEqual(['person', 'person', 'person']);
    expect(byName(es, 'Red Cross')?.type).toBe('organization');
    expect(byName(es, 'Even Johnson')).toBeUndefined();
  });
});

describe('names of common words after a preposition', () => {
  it('leaves "at Energy Control" and "to Energy Control" to the evidence of all mentions, and reads no actor in "MDMA"', () => {
    const es = actors('The group, called Energy Control, tests drugs. Working at Energy Control is rewarding. Users send samples to Energy Control. The MDMA sample was pure. Residents of Bear Valley left.');
    expect(byName(es, 'Energy Control')?.type).toBe('organization');
    expect(byName(es, 'MDMA')).toBeUndefined();
    expect(byName(es, 'Bear Valley')?.type).toBe('place');
  });
});

describe('a chamber by its short name', () => {
  it('reads "passed the House" as an organisation, not "the House of Blues"', () => {
    const es = actors('The bill passed the House on Tuesday. He went to the House of Blues.');
    expect(byName(es, 'House')?.type).toBe('organization');
    expect(byName(es, 'House')?.mentions).toHaveLength(1);
  });
});

describe('a company by its short name', () => {
  it('merges "Big Machine" into "Big Machine Records" and "Skydance" into "Skydance Media"', () => {
    const es = actors('Taylor Swift left Big Machine Records last year. She said Big Machine blocked her. Skydance Media made the film. Fans praised Skydance for it.');
    expect(byName(es, 'Big Machine Records')?.mentions).toHaveLength(2);
    expect(byName(es, 'Big Machine')).toBeUndefined();
    expect(byName(es, 'Skydance Media')?.mentions).toHaveLength(2);
  });

  it('reads "Michael Bloomberg" as a person whose surname names a company, and "Bloomberg" after him as him', () => {
    const es = actors('Michael Bloomberg entered the race on Monday. Bloomberg spent millions on ads. Bloomberg News reported the figure.');
    expect(byName(es, 'Michael Bloomberg')?.type).toBe('person');
    expect(byName(es, 'Michael Bloomberg')?.mentions).toHaveLength(2);
    expect(byName(es, 'Bloomberg News')?.type).toBe('organization');
  });

  it('takes a bracketed acronym’s whole name, however it is split ("Organization for Security and Co-operation in Europe (OSCE)"), and "Toronto-based" as a company’s', () => {
    const es = actors('Protests spread. The Organization for Security and Co-operation in Europe (OSCE) urged restraint. The OSCE sent observers. The owner, Toronto-based Centerra Gold, said its staff were safe.');
    expect(byName(es, 'Organization for Security and Co-operation in Europe')?.mentions).toHaveLength(3);
    expect(es.map((e) => e.name)).not.toContain('Europe');
    expect(byName(es, 'Centerra Gold')?.type).toBe('organization');
  });

  it('keeps a known name whole though it holds a word that is never a name alone ("Credit Suisse", "USA Today", "Easter Island"), and still splits a caption', () => {
    const es = actors('Protests spread. Credit Suisse said profits fell, USA Today reported. He flew to Easter Island. A photo shows Ahmed Mohamed Image: Reuters.');
    expect(byName(es, 'Credit Suisse')?.type).toBe('organization');
    expect(byName(es, 'USA Today')?.type).toBe('organization');
    expect(byName(es, 'Easter Island')?.type).toBe('place');
    expect(byName(es, 'Ahmed Mohamed')?.type).toBe('person');
  });

  it('merges an acronym introduced in brackets that takes more than first letters ("IGAD", "UNMISS", "SPLM-IO"), and keeps "Sudan People’s Liberation Movement" whole', () => {
    const es = actors('Fighting resumed. The Intergovernmental Authority on Development (IGAD) called for calm. The UN Mission in South Sudan (UNMISS) evacuated civilians. IGAD and UNMISS met. The Sudan People’s Liberation Movement-in-Opposition (SPLM-IO) denied it. The Korean People’s Army marched.');
    expect(byName(es, 'Intergovernmental Authority on Development')?.mentions).toHaveLength(3);
    expect(byName(es, 'UN Mission in South Sudan')?.mentions).toHaveLength(3);
    expect(byName(es, 'Sudan People’s Liberation Movement-in-Opposition')?.aliases).toContain('SPLM-IO');
    expect(byName(es, 'Korean People’s Army')?.type).toBe('organization');
  });

  it('merges an acronym in brackets that no English letters spell, the name’s in another language ("Five Star Movement (M5S)", "(KPU)"), with no role from a word before it', () => {
    const es = actors('The election was close. The Five Star Movement (M5S) won most seats. M5S leaders met on Monday. The General Elections Commission (KPU) will publish results. Supporters should wait for the official KPU tally.');
    expect(byName(es, 'Five Star Movement')?.mentions).toHaveLength(3);
    expect(byName(es, 'General Elections Commission')?.mentions).toHaveLength(3);
    expect(byName(es, 'General Elections Commission')?.role ?? null).toBeNull();
    expect(es.filter((e) => e.name === 'KPU' || e.name === 'M5S')).toEqual([]);
  });

  it('reads a known name across "and" ("The Globe and Mail") and two known names joined by "and" as two ("Bank of America and Wells Fargo")', () => {
    const es = actors('The feud went on.\nMatthew Ingram of The Globe and Mail called it a war. Officials at Bank of America and Wells Fargo declined to comment.');
    expect(byName(es, 'Globe and Mail')?.type).toBe('organization');
    expect(byName(es, 'Bank of America')?.type).toBe('organization');
    expect(byName(es, 'Wells Fargo')?.type).toBe('organization');
    expect(es.map((e) => e.name).filter((n) => /^and\b/.test(n))).toEqual([]);
  });

  it('reads "Silver Lake, the private equity firm" as a company and "Broadcom’s Hock Tan" as its person, not products after a possessive', () => {
    const es = actors('Deal news\nSilver Lake, the private equity firm, backed the deal. Broadcom’s Hock Tan will lead the group. Microsoft’s Windows Server sales rose.');
    expect(byName(es, 'Silver Lake')?.type).toBe('organization');
    expect(byName(es, 'Hock Tan')?.type).toBe('person');
    expect(es.map((e) => e.name)).not.toContain('Windows Server');
  });

  it('reads no doctrine or attitude as an actor ("subject to Islamophobia", "Marxism")', () => {
    const es = actors('Clock boy\nJafari said the boy had been subject to Islamophobia. Critics of Marxism in China spoke.');
    expect(es.map((e) => e.name).sort()).toEqual(['China', 'Jafari']);
  });

  it('merges an acronym that stops before its name does ("UN Relief and Works Agency for Palestine Refugees (UNRWA)") and reads "Save the Children" whole', () => {
    const es = actors('Aid news\nThe UN Relief and Works Agency for Palestine Refugees (UNRWA) said staff had died. UNRWA asked for help. Save the Children said food was running out.');
    expect(byName(es, 'UN Relief and Works Agency for Palestine Refugees')?.mentions).toHaveLength(3);
    expect(byName(es, 'Save the Children')?.type).toBe('organization');
    expect(es.map((e) => e.name)).not.toContain('Children');
  });

  it('keeps "Rights" inside a name ("Human Rights Watch", "the Civil Rights Division") and no copyright line as an actor', () => {
    const es = actors('Protests spread. Human Rights Watch said the arrest was illegal. The Civil Rights Division opened an inquiry. Copyright 2020. All Rights Reserved.');
    expect(byName(es, 'Human Rights Watch')?.type).toBe('organization');
    expect(byName(es, 'Civil Rights Division')?.type).toBe('organization');
    expect(es.map((e) => e.name).filter((n) => /Reserved|Rights$/.test(n))).toEqual([]);
  });

  it('reads a person-shaped name that the text shortens to its first word, with company evidence, as a company; people called by their first word stay people', () => {
    const es = actors('Lockheed Martin won the contract on Tuesday. Lockheed said the jets would be delivered next year. Lockheed shares rose.');
    expect(byName(es, 'Lockheed Martin')?.type).toBe('organization');
    expect(byName(es, 'Lockheed Martin')?.mentions).toHaveLength(3);
    const people = actors('Prabowo Subianto won the vote on Tuesday. Prabowo said the result was clear. Abiy Ahmed, who won the prize, spoke. Abiy thanked his voters.');
    expect(byName(people, 'Prabowo Subianto')?.type).toBe('person');
    expect(byName(people, 'Abiy Ahmed')?.type).toBe('person');
  });

  it('finds a person named after a known organisation and a word for their post ("NFL Insider Jason La Canfora"), not a product', () => {
    const es = actors('NFL Insider Jason La Canfora has reported that the league will fine the player. Apple Pay Cash is a service.');
    expect(byName(es, 'Jason La Canfora')?.type).toBe('person');
    expect(byName(es, 'NFL')?.type).toBe('organization');
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Jason La Canfora']);
  });

  it('calls no unknown name after "the" a person without a first name ("the Burj Khalifa", "the Spartanburg Marriott")', () => {
    const es = actors('The sheikh visited the Burj Khalifa on Monday. Donald Trump spoke at the Spartanburg Marriott on Friday.');
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Donald Trump']);
  });

  it('takes an officer’s acronym as the role at the organisation before it ("Apple CEO Tim Cook")', () => {
    const es = actors('Apple CEO Tim Cook unveiled the phone on Tuesday. Cook said sales were strong.');
    const p = byName(es, 'Tim Cook');
    expect(p?.role).toBe('CEO');
    expect(p?.affiliation).toBe(byName(es, 'Apple')?.id);
  });

  it('guesses no official’s country from several countries named nearby, but takes the article’s own among them', () => {
    const t = 'ISLAMABAD — Pakistan said on Tuesday that talks had failed. The talks, hosted by Turkey and Qatar, ended without an agreement, Information Minister Atta Tarar said.';
    const es = actors(t);
    expect(byName(es, 'Atta Tarar')?.affiliation).toBe(byName(es, 'Pakistan')?.id);
    const other = actors('Markets fell on Tuesday. Stocks in Hong Kong and Tokyo slid after President Donald Trump spoke.');
    expect(byName(other, 'Donald Trump')?.affiliation).toBeNull();
  });

  it('joins a team or a paper named without its town to the full name ("the Lakers", "the Times"), when only one fits', () => {
    const es = actors('Lakers beat Celtics\nThe Los Angeles Lakers beat the Boston Celtics on Sunday. The Lakers host Denver on Tuesday. The New York Times reported it first. The Times said so.');
    expect(byName(es, 'Los Angeles Lakers')?.aliases).toContain('Lakers');
    expect(byName(es, 'Boston Celtics')?.aliases).toContain('Celtics');
    expect(byName(es, 'The New York Times')?.aliases).toContain('The Times');
    expect(es.filter((e) => e.type === 'organization')).toHaveLength(3);
  });

  it('gives no titled first name the surname of the next name ("Prince Harry and Meghan Markle")', () => {
    const es = actors('Prince Harry and Meghan Markle visited Vancouver on Monday. Sarah and Timothy Rogers sued the city.');
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Harry', 'Meghan Markle', 'Sarah Rogers', 'Timothy Rogers']);
  });

  it('reads an official’s office as one organisation ("U.S. Attorney’s Office", "Sheriff’s Department"), with no person', () => {
    const es = actors('The U.S. Attorney’s Office for the Western District of New York filed charges. A Bartholomew County Sheriff’s Department canine alerted officers.');
    expect(byName(es, 'U.S. Attorney’s Office for the Western District of New York')?.type).toBe('organization');
    expect(byName(es, 'Bartholomew County Sheriff’s Department')?.type).toBe('organization');
    expect(es.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('reads a person-shaped name that opens with a word only companies have as a company, even named once', () => {
    const es = actors('The lander team includes Draper and Lockheed Martin. Lockheed Martin said the lander was ready.');
    expect(byName(es, 'Lockheed Martin')?.type).toBe('organization');
    expect(byName(actors('Chanel Miller said the memoir was hers.'), 'Chanel Miller')?.type).toBe('person');
  });

  it('splits a person from "of" and a country or a party, a state from the senator it titles, and two companies joined by "and"', () => {
    const text = 'Chinese President Xi Jinping of China spoke. Tsai Ing-wen of the Democratic Progressive party won. New Jersey Sen. Cory Booker objected. Wistron and Global Lighting Technologies make screens. I’ll be there, he said.';
    const es = actors(text);
    expect(byName(es, 'Xi Jinping')?.type).toBe('person');
    expect(byName(es, 'China')?.type).toBe('place');
    expect(byName(es, 'Tsai Ing-wen')?.type).toBe('person');
    expect(byName(es, 'Cory Booker')?.type).toBe('person');
    expect(byName(es, 'New Jersey')?.type).toBe('place');
    expect(byName(es, 'Global Lighting Technologies')?.type).toBe('organization');
    expect(es.map((e) => e.name)).not.toContain('Wistron and Global Lighting Technologies');
    expect(es.map((e) => e.name)).not.toContain('I’ll');
  });

  it('gives each official the state or body written before the title, even with the country named too, and in a list of titled names', () => {
    const text = 'The ruling came in the United States on Monday. Arkansas Attorney General Tim Griffin said he would appeal. Massachusetts Gov. Deval Patrick, New Jersey Sen. Cory Booker, Hawaii Rep. Tulsi Gabbard and businessman Andrew Yang took the stage.';
    const es = actors(text);
    const side = (name: string): string | undefined => es.find((e) => e.id === byName(es, name)?.affiliation)?.name;
    expect(side('Tim Griffin')).toBe('Arkansas');
    expect(side('Deval Patrick')).toBe('Massachusetts');
    expect(side('Cory Booker')).toBe('New Jersey');
    expect(side('Tulsi Gabbard')).toBe('Hawaii');
    expect(byName(es, 'Andrew Yang')?.affiliation).toBeNull();
  });

  it('reads a state\'s postal code after a town as its address ("Tampa, FL"), no organisation, and keeps the town one place', () => {
    const t = 'The band plays in Tampa, FL on June 10 and in Alpharetta, GA on June 14. Tampa will be the first stop.';
    const es = actors(t);
    expect(es.filter((e) => e.type === 'organization')).toEqual([]);
    expect(spans(t, byName(es, 'Tampa'))).toEqual(['Tampa', 'Tampa']);
    expect(byName(es, 'Alpharetta')?.type).toBe('place');
  });

  it('reads "Chinese foreign ministry spokesman Lin Jian" as China\'s, "Al Jazeera" whole and "Mossad chief David Barnea" as the agency\'s', () => {
    const t = 'Chinese foreign ministry spokesman Lin Jian said China was ready to talk. Hamas official Basem Naim told Al Jazeera that the group would wait. A delegation led by Mossad chief David Barnea flew to Cairo. The United States was silent.';
    const es = actors(t);
    const side = (name: string): string | undefined => es.find((e) => e.id === byName(es, name)?.affiliation)?.name;
    expect(side('Lin Jian')).toBe('China');
    expect(byName(es, 'Lin Jian')?.role).toBe('foreign ministry spokesman');
    expect(byName(es, 'Al Jazeera')?.type).toBe('organization');
    expect(byName(es, 'Mossad')?.type).toBe('organization');
    expect(side('David Barnea')).toBe('Mossad');
  });

  it('reads a sentence-opening name before an adverb and a verb of speech as a person ("Elon Musk once tweeted…")', () => {
    const es = actors('Skeptics will say that this only works for office jobs. Elon Musk once tweeted that nobody ever changed the world on 40 hours a week. He may be right.');
    expect(byName(es, 'Elon Musk')?.type).toBe('person');
  });

  it('reads a name with its "\'s" as a company when a verb follows it or an article opens it ("McDonald\'s said", "a Wendy\'s drive-thru")', () => {
    const t = 'He threw a drink at a McDonald’s worker in Miami and fled to a Wendy’s drive-thru. McDonald’s said it was cooperating. Trump’s plans would cost more. Let’s say it worked. She wrote A User’s Guide to Chaos.';
    const es = actors(t);
    expect(spans(t, byName(es, 'McDonald’s'))).toEqual(['McDonald’s', 'McDonald’s']);
    expect(byName(es, 'McDonald’s')?.type).toBe('organization');
    expect(byName(es, 'Wendy’s')?.type).toBe('organization');
    for (const wrong of ['Wendy', 'Trump’s', 'Let’s', 'User’s']) expect(es.map((e) => e.name)).not.toContain(wrong);
  });

  it('reads a town the reference data holds only weakly before a town\'s officer as the officer\'s side ("Dayton Mayor Jeffrey Mims Jr.")', () => {
    const t = 'A fire broke out in Dayton on Sunday. Dayton Mayor Jeffrey Mims Jr. thanked the crews.';
    const es = actors(t);
    expect(byName(es, 'Jeffrey Mims Jr.')?.role).toBe('Mayor');
    expect(es.find((e) => e.id === byName(es, 'Jeffrey Mims Jr.')?.affiliation)?.name).toBe('Dayton');
    expect(spans(t, byName(es, 'Dayton'))).toEqual(['Dayton', 'Dayton']);
  });

  it('reads what conducted, commissioned or funded a study as a body ("conducted by Gallup")', () => {
    const es = actors('Pollsters are busy this year. The survey, conducted by Gallup, found that trust had fallen. Gallup has run it since 1972.');
    expect(byName(es, 'Gallup')?.type).toBe('organization');
  });

  it('reads a possessor\'s portfolio before the role of an appositive name ("The European Union\'s foreign policy chief, Kaja Kallas,")', () => {
    const es = actors('The European Union’s foreign policy chief, Kaja Kallas, said the talks had failed. Trump’s personal lawyer, Rudy Giuliani, disagreed.');
    expect(byName(es, 'Kaja Kallas')?.role).toBe('foreign policy chief');
    expect(es.find((e) => e.id === byName(es, 'Kaja Kallas')?.affiliation)?.name).toBe('European Union');
    expect(byName(es, 'Rudy Giuliani')?.role).toBe('personal lawyer');
  });

  it('reads a name before an aircraft\'s noun after an article as an airline ("A Delta Air Lines jet", "The Endeavor Air flight")', () => {
    const es = actors('A Delta Air Lines jet flipped over while landing in Toronto on Monday. The Endeavor Air flight came from Minneapolis.');
    expect(byName(es, 'Delta Air Lines')?.type).toBe('organization');
    expect(byName(es, 'Endeavor Air')?.type).toBe('organization');
  });

  it('joins a body\'s other name given with "known as" ("the National Institute for Space Research, known as INPE,")', () => {
    const t = 'The figures come from the National Institute for Space Research, known as INPE, which tracks forest loss. INPE said the area had shrunk.';
    expect(spans(t, byName(actors(t), 'National Institute for Space Research'))).toEqual(['National Institute for Space Research', 'INPE', 'INPE']);
  });

  it('reads a name before a forest\'s noun as a place ("the Daintree rainforest")', () => {
    expect(byName(actors('Scientists surveyed the Daintree rainforest last year and found a new frog.'), 'Daintree')?.type).toBe('place');
  });

  it('gives the officer of "its" to the organisation named last ("The Bank of England… Its governor, Andrew Bailey,")', () => {
    const es = actors('The Bank of England meets next month. Its governor, Andrew Bailey, has said the bank needs more evidence.');
    expect(es.find((e) => e.id === byName(es, 'Andrew Bailey')?.affiliation)?.name).toBe('Bank of England');
  });

  it('reads technology acronyms ("healthcare ICT", "the IT department") as no organisation', () => {
    const es = actors('Ascom, a provider of healthcare ICT and mobile workflow solutions, said the IT department and the CRM team would move.');
    expect(es.map((e) => e.name)).toEqual(['Ascom']);
  });

  it('reads a name that ends in "Hub" as an organisation ("the Threatened Species Recovery Hub")', () => {
    const es = actors('According to a 2022 report by the Threatened Species Recovery Hub, four frog species have become extinct.');
    expect(byName(es, 'Threatened Species Recovery Hub')?.type).toBe('organization');
  });

  it('reads "Labour MPs" as the party, no "MPs" organisation, and a dateline "THIRUVANANTHAPURAM:" as its town', () => {
    const es = actors('More than 120 Labour MPs signed an amendment. Three MEPs and two MSPs objected to it on Monday.');
    expect(es.map((e) => e.name)).toEqual(['Labour']);
    const t = 'THIRUVANANTHAPURAM: At least 30 people have died as heavy rains lashed Kerala, officials said on Sunday.';
    expect(byName(actors(t), 'Thiruvananthapuram')?.type).toBe('place');
    // In a transcript's run of labels, a surname that is also a town's name, in capitals, is a speaker still.
    const transcript = 'Whitney Houston spoke with the host on Monday.\nHOST: What happens next?\nHOUSTON: We keep singing for the people who love this music.\nHOST: Thank you.';
    const spoken = actors(transcript);
    expect(spoken.filter((e) => e.type === 'place')).toEqual([]);
    expect(byName(spoken, 'Whitney Houston')?.type).toBe('person');
  });

  it('reads a name before a device\'s noun as a product, no person ("500 million Alexa devices")', () => {
    const es = actors('Amazon said last week that it had sold more than 500 million Alexa devices. Google makes the Nest hub.');
    expect(es.map((e) => e.name)).not.toContain('Alexa');
    expect(byName(es, 'Amazon')?.type).toBe('organization');
  });

  it('reads "Emirates" after "Emirates Airline" as the airline, and "Airbus A350-900" as no person', () => {
    const text = 'DUBAI — Dubai’s flagship carrier Emirates Airline ordered 50 Airbus A350-900 jets on Monday. Emirates is the biggest buyer of the A380.';
    const es = actors(text);
    expect(spans(text, byName(es, 'Emirates Airline'))).toEqual(['Emirates Airline', 'Emirates']);
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([]);
  });

  it('reads "the CEO of Hipcricket" as a company and "reached out to Walikali" as no place', () => {
    const es = actors('Ivan Braiker served as the CEO of Hipcricket for ten years. We reached out to Walikali for comment.');
    expect(byName(es, 'Hipcricket')?.type).toBe('organization');
    // Walikali, a website, has no evidence of its type in this text: at least it is no place.
    expect(es.filter((e) => e.type === 'place').map((e) => e.name)).toEqual([]);
  });

  it('reads "Chief Strategy Officer", "Senior Advocate" and "Rt. Hon." as titles, not names', () => {
    const text = 'Ivan Braiker, the Chief Strategy Officer, spoke. Mahmud Magaji, a Senior Advocate of Nigeria, filed it. He mourned the former Speaker of the House of Representatives Rt. Hon. B. U. Nzeribe.';
    const es = actors(text);
    expect(es.map((e) => e.name).sort()).toEqual(['B. U. Nzeribe', 'House of Representatives', 'Ivan Braiker', 'Mahmud Magaji', 'Nigeria']);
  });

  it('keeps "People’s" and "Workers’" in the names they open, and reads a facility as a place', () => {
    const text = 'The People’s Liberation Army stayed in barracks, the People’s Daily said. Workers’ Party members met. NASA tested engines at the Michoud Assembly Facility.';
    const es = actors(text);
    expect(byName(es, 'People’s Liberation Army')?.type).toBe('organization');
    expect(byName(es, 'People’s Daily')?.type).toBe('organization');
    expect(byName(es, 'Workers’ Party')?.type).toBe('organization');
    expect(byName(es, 'Michoud Assembly Facility')?.type).toBe('place');
  });

  it('reads "the 13-inch MacBook Pro", "three SLS rockets" and "the Orion spacecraft" as models, not the maker of "Airbus jets"', () => {
    const es = actors('Apple sells the new 13-inch MacBook Pro. NASA plans three SLS rockets. The Orion spacecraft flew. Airbus jets are popular. Airbus said so. The MacBook Pro sold well.');
    expect(es.map((e) => e.name).sort()).toEqual(['Airbus', 'Apple', 'NASA']);
  });

  it('keeps a broadcaster’s station or desk whole ("CBS DFW", "CNN Business") but a maker’s product apart ("Apple Pay")', () => {
    const es = actors('CBS DFW reported the verdict. CNN Business said so. Apple Pay grew fast.');
    expect(es.map((e) => e.name).sort()).toEqual(['Apple', 'CBS DFW', 'CNN Business']);
  });
});

describe('the nations of the United Kingdom', () => {
  it('keeps Scotland, England and Wales apart from Britain, which is the United Kingdom', () => {
    const t = 'Scotland wants a second vote. Britain opposed the plan, and the United Kingdom will not agree. England and Wales were not consulted.';
    const es = actors(t);
    const uk = byName(es, 'United Kingdom');
    expect(spans(t, uk).sort()).toEqual(['Britain', 'United Kingdom']);
    for (const n of ['Scotland', 'England', 'Wales']) expect(byName(es, n)?.type, n).toBe('place');
  });
});

describe('surnames that are title words', () => {
  it('reads a lone "Dean" or "King" as the surname of the person named in full, not in a list of titles', () => {
    const t = 'Howard Dean poked at the candidate. Dean, a medical doctor, then appeared on television. Author Stephen King agreed. King added more. The cards are King, Queen, Knight, and Jack.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Howard Dean'))).toEqual(['Howard Dean', 'Dean']);
    expect(spans(t, byName(es, 'Stephen King'))).toEqual(['Stephen King', 'King']);
    expect(byName(es, 'Knight')).toBeUndefined();
  });
});

describe('armed services', () => {
  it('reads "the Navy", "the Army" as organisations and keeps "Royal Navy", "Salvation Army" whole', () => {
    const t = 'The Navy said the ship had been repaired. The Royal Navy held drills and the Salvation Army helped. Navy Secretary Carlos Del Toro spoke.';
    const es = actors(t);
    expect(byName(es, 'Navy')?.type).toBe('organization');
    expect(byName(es, 'Royal Navy')?.type).toBe('organization');
    expect(byName(es, 'Salvation Army')?.type).toBe('organization');
    expect(byName(es, 'Carlos Del Toro')?.affiliation).toBe(byName(es, 'Navy')?.id);
  });
});

describe('university campuses', () => {
  it('keeps "University of California, San Francisco" and "University of Texas at Austin" whole, but not a state after a comma', () => {
    const t = 'Researchers at the University of California, San Francisco, found a link. The University of Texas at Austin agreed. Miami University, Ohio, did not.';
    const es = actors(t);
    expect(byName(es, 'University of California, San Francisco')?.type).toBe('organization');
    expect(byName(es, 'University of Texas at Austin')?.type).toBe('organization');
    expect(byName(es, 'San Francisco')).toBeUndefined();
    expect(byName(es, 'Ohio')?.type).toBe('place');
  });
});

describe('teams', () => {
  it('never takes a plural name after "the" ("the Bruins, who have won…") for one person', () => {
    const t = 'The Bruins beat the Devils 3-2 on Saturday. Goalie Tuukka Rask made 30 saves for the Bruins, who have won four straight.';
    const es = actors(t);
    expect(byName(es, 'Bruins')?.type).toBe('organization');
    expect(byName(es, 'Tuukka Rask')?.type).toBe('person');
  });
});

describe('companies by their legal form', () => {
  it('keeps the opening word of "Smart Projects SRL", and no sentence\'s full stop after "Arduino LLC"', () => {
    const t = 'Two founders have sued Arduino LLC. Smart Projects SRL was renamed. Apple Inc. said no.';
    const names = actors(t).map((e) => `${e.type}:${e.name}`);
    expect(names).toEqual(['organization:Arduino LLC', 'organization:Smart Projects SRL', 'organization:Apple Inc.']);
  });
});

describe('couples', () => {
  it('gives "Sarah and Timothy Rogers" and "Bill and Hillary Clinton" each their surname', () => {
    const t = 'Sarah and Timothy Rogers rode in a rickshaw after their wedding. Bill and Hillary Clinton attended.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Sarah Rogers'))).toEqual(['Sarah']);
    expect(spans(t, byName(es, 'Bill Clinton'))).toEqual(['Bill']);
    expect(byName(es, 'Timothy Rogers')?.type).toBe('person');
  });
});

describe('courtesy titles and sex', () => {
  it('makes "Mr. Obama" a person of his own when only "Michelle Obama" is named in full, and gives him the bare surname', () => {
    const t = 'Mr. Obama spoke in Washington on Saturday. The first lady, Michelle Obama, will campaign in Ohio. Mr. Obama said the vote mattered. Obama added that turnout was key.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Michelle Obama'))).toEqual(['Michelle Obama']);
    const him = es.find((e) => e.type === 'person' && e.mentions.some((m) => t.slice(m.start, m.end) === 'Mr. Obama'));
    expect(spans(t, him)).toEqual(['Mr. Obama', 'Mr. Obama', 'Obama']);
  });

  it('keeps "Mr. Effron" with "Blair W. Effron", whose first name is given to men and women', () => {
    const t = 'Blair W. Effron founded the firm. Mr. Effron said it would stay independent.';
    expect(spans(t, byName(actors(t), 'Blair W. Effron'))).toEqual(['Blair W. Effron', 'Mr. Effron']);
  });

  it('gives "Mrs. Clinton" to Hillary Clinton and "Mr. Clinton" to Bill Clinton', () => {
    const t = 'Hillary Clinton campaigned in Ohio on Monday with her husband, former President Bill Clinton. Mrs. Clinton said the economy was improving. Mr. Clinton told the crowd she would win.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Hillary Clinton'))).toEqual(['Hillary Clinton', 'Mrs. Clinton']);
    expect(spans(t, byName(es, 'Bill Clinton'))).toEqual(['Bill Clinton', 'Mr. Clinton']);
  });
});

describe('a leader and their country', () => {
  it('takes "of China" as Xi\'s country, and never guesses China for another president', () => {
    const es = actors('President Obama met President Xi Jinping of China on Saturday in Hangzhou. Mr. Xi said China would ratify it. Prime Minister Narendra Modi of India agreed.');
    const id = (n: string): string | undefined => byName(es, n)?.id;
    expect(byName(es, 'Xi Jinping')?.affiliation).toBe(id('China'));
    expect(byName(es, 'Narendra Modi')?.affiliation).toBe(id('India'));
    expect(byName(es, 'Obama')?.affiliation).toBeNull();
  });
});

describe('datelines and nicknames of places', () => {
  it('reads "CHARLOTTE - …" as the dateline\'s place, "the Queen City" and "King County" as places, not people', () => {
    const t = 'Charlotte struggles to return to normal\nCHARLOTTE - A week after the shooting, the Queen City remains in limbo. King County officials said roads were closed.\nNATO - the alliance - met.';
    const es = actors(t);
    expect(byName(es, 'Charlotte')?.type).toBe('place');
    expect(byName(es, 'Queen City')?.type).toBe('place');
    expect(byName(es, 'King County')?.type).toBe('place');
    expect(byName(es, 'NATO')?.type).toBe('organization');
  });
});

describe('transcripts', () => {
  it('reads a speaker label in capitals ("WALLACE:", "“PENCE:") as the person named in full, and "UPDATE:" as nobody', () => {
    const t = 'Gov. Mike Pence spoke to Chris Wallace on Sunday.\n"WALLACE: Let us start with the debate.\n"PENCE: Well, look, this is serious business.\nUPDATE: The story was changed.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Mike Pence'))).toEqual(['Mike Pence', 'PENCE']);
    expect(spans(t, byName(es, 'Chris Wallace'))).toEqual(['Chris Wallace', 'WALLACE']);
    expect(es.map((e) => e.name)).not.toContain('Update');
  });
});

describe('legislators\' titles', () => {
  it('takes "Congressmember", "Councilmember" and "MCA" for titles, not first names', () => {
    const es = actors('Congressmember Hakeem Jeffries said the plan would fail. Councilmember Brad Lander said the city must act. Waithaka MCA Anthony Kiragu said the county was broke.');
    expect(byName(es, 'Hakeem Jeffries')?.role).toBe('Congressmember');
    expect(byName(es, 'Brad Lander')?.role).toBe('Councilmember');
    expect(byName(es, 'Anthony Kiragu')?.type).toBe('person');
  });
});

describe('first names alone', () => {
  it('reads "Inside Sarah and Telv’s breakup" and "38-year-old Sarah revealed" as a person, not a place', () => {
    const es = actors('Inside Sarah and Telv’s explosive breakup\nIn a confession posted on Instagram, 38-year-old Sarah revealed that she and her husband had split. Harry Smith, the MC at Sarah and Telv’s wedding, spoke out.');
    expect(byName(es, 'Sarah')?.type).toBe('person');
  });
});

describe('football clubs', () => {
  it('reads "Chelsea’s 2-4 defeat against Wolverhampton Wanderers" as two clubs, not people', () => {
    const es = actors('Following Chelsea’s 2-4 defeat against Wolverhampton Wanderers on Sunday, head coach Mauricio Pochettino said they were not good enough. Cole Palmer gave Chelsea control in the 19th minute.');
    expect(byName(es, 'Chelsea')?.type).toBe('organization');
    expect(byName(es, 'Wolverhampton Wanderers')?.type).toBe('organization');
  });
});

describe('legal forms', () => {
  it('keeps an ordinary word inside a name a legal form closes ("SoftBank Internet and Media Inc"), and ends a name at "Pte"', () => {
    const es = actors('SoftBank Internet and Media Inc, a unit of the Japanese company, will invest the money. GrabTaxi counts Singapore’s Temasek Holdings Pte and Alibaba Group Holding Ltd backer GGV Capital among its investors.');
    expect(byName(es, 'SoftBank Internet and Media Inc')?.type).toBe('organization');
    expect(byName(es, 'Temasek Holdings Pte')?.type).toBe('organization');
    expect(es.some((e) => /^and\b/.test(e.name))).toBe(false);
  });
});

describe('"his" after a copula', () => {
  it('reads "Elon Musk is “probably just trying to slow us down” with his bid" as a person, but not "It was her idea"', () => {
    const es = actors('OpenAI CEO Sam Altman said Elon Musk is “probably just trying to slow us down” with his bid to purchase the company. It was her idea, Altman said.');
    expect(byName(es, 'Elon Musk')?.type).toBe('person');
    expect(es.map((e) => e.name)).not.toContain('It');
  });
});

describe('bracketed titles', () => {
  it('reads "since (President) Alpha Conde came to power" as a person', () => {
    const es = actors('“Ninety-eight members of the opposition have been killed since (President) Alpha Conde came to power,” Cellou Diallo said. Rivals of Conde marched.');
    expect(byName(es, 'Alpha Conde')?.type).toBe('person');
  });
});

describe('hometowns', () => {
  it('reads "Dr Robert Adams of Letchworth, Kent who was…" as a person and two places', () => {
    const es = actors('The programme looked at the case of Dr Robert Adams of Letchworth, Kent who was last year found guilty by the General Medical Council.');
    expect(byName(es, 'Robert Adams')?.type).toBe('person');
    expect(byName(es, 'Letchworth')?.type).toBe('place');
    expect(byName(es, 'Kent')?.type).toBe('place');
  });
});

describe('nicknames between names', () => {
  it('keeps a two-word nickname inside a name whose first name the lists do not know ("Panupong “Mike Rayong” Jadnok")', () => {
    const es = actors('Protest leader Panupong “Mike Rayong” Jadnok was arrested on Thursday, police said. Jadnok denied the charges. “Like dogs cornered, we are fighting,” said Panupong “Mike Rayong” Jadnok, one of the leaders.');
    const p = byName(es, 'Panupong “Mike Rayong” Jadnok');
    expect(p?.type).toBe('person');
    expect(p?.mentions).toHaveLength(3);
  });
});

describe('places in a plural "of" list', () => {
  it('reads "the villages of Arquata del Tronto and Pescara del Tronto" and "the beaches of Miragoane and Petit Goave" as places', () => {
    const es = actors('At least 20 people were killed in the villages of Arquata del Tronto and Pescara del Tronto. The Coast Guard said bodies had washed up on the beaches of Miragoane and Petit Goave.');
    for (const n of ['Arquata del Tronto', 'Pescara del Tronto', 'Miragoane', 'Petit Goave']) expect(byName(es, n)?.type).toBe('place');
  });
});

describe('buildings named in French, Italian or German', () => {
  it('reads "Palais Coburg" and "Palazzo Chigi" as places, not people', () => {
    const es = actors('Speaking to reporters from the balcony of Palais Coburg after the meeting, Zarif said talks would go on. Later he flew to Rome for talks at Palazzo Chigi.');
    expect(byName(es, 'Palais Coburg')?.type).toBe('place');
    expect(byName(es, 'Palazzo Chigi')?.type).toBe('place');
  });
});

describe('firms of brokers, consultants and investigators', () => {
  it('reads "Goodbody Stockbrokers", "Creative Strategies" and "Medico Legal Investigations" as organisations', () => {
    const es = actors('Analysts at Goodbody Stockbrokers raised their target. Tim Bajarin of Creative Strategies said the watch would sell. Peter Jay of Medico Legal Investigations has tracked down 26 cases.');
    for (const n of ['Goodbody Stockbrokers', 'Creative Strategies', 'Medico Legal Investigations']) expect(byName(es, n)?.type).toBe('organization');
  });
});

describe('models and programmes', () => {
  it('drops "a seven-passenger Buick Enclave", "its Nexus Q media streaming device" and "BBC One’s Real Story programme" as products and works', () => {
    const es = actors('General Motors showed off a new larger seven-passenger Buick Enclave. Google is building a second version of its Nexus Q media streaming device. "Several thousand patients are taking part," he told BBC One’s Real Story programme.');
    expect(es.map((e) => e.name)).not.toContain('Buick Enclave');
    expect(es.map((e) => e.name)).not.toContain('Nexus Q');
    expect(es.map((e) => e.name)).not.toContain('Real Story');
    expect(byName(es, 'General Motors')?.type).toBe('organization');
  });
});

describe('list markers', () => {
  it('reads the first word after a bullet or a hyphen as a sentence\'s first word ("- By Glenn Thrush", "• And George Osborne")', () => {
    const t = 'Cabinet split on budget\n- By Glenn Thrush and Maggie Haberman\n• And George Osborne reportedly indicated that he had urged restraint.\n• Under Jane Wilson, the team won.';
    const es = actors(t);
    expect(es.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['George Osborne', 'Glenn Thrush', 'Jane Wilson', 'Maggie Haberman']);
  });
});

describe('venues', () => {
  it('reads "Madison Square Garden" and "the 5th Street Gym" as places, not people', () => {
    const es = actors('He fought at Madison Square Garden in 1971 and trained at the 5th Street Gym in Miami.');
    expect(byName(es, 'Madison Square Garden')?.type).toBe('place');
    expect(es.find((e) => e.name.endsWith('Street Gym'))?.type).toBe('place');
  });

  it('reads an abbreviated street ("Okanagan Ave.", "Kingsway Blvd.") as a place, not a person', () => {
    const es = actors('Firefighters rushed to the scene in the 900 block of Okanagan Ave., just up the street from the fire hall. Traffic on Kingsway Blvd. was stopped.');
    expect(byName(es, 'Okanagan Ave')?.type).toBe('place');
    expect(es.filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe('saints in place names', () => {
  it('reads "St. Lucie counties" and "St. Paul police" as places, not people', () => {
    const es = actors('Clinton will host events in Broward and St. Lucie counties later this week. St. Paul police said the road was closed.');
    expect(byName(es, 'St. Lucie')?.type).toBe('place');
    expect(byName(es, 'St. Paul')?.type).toBe('place');
  });
});

describe('title-case lines', () => {
  it('ends a full name before a capitalised verb ("Donald Trump Is Right, …") but keeps a song\'s title whole', () => {
    const es = actors('Politifact: Donald Trump Is Right, Thousands of Shootings in Chicago this Year.\nThe band played Jesus Is Just Alright With Me on Monday.');
    expect(byName(es, 'Donald Trump')?.type).toBe('person');
    expect(es.map((e) => e.name)).not.toContain('Jesus');
  });
});

describe('connectors inside organisations\' names', () => {
  it('ends "the White House East Room" before "for Obama’s announcement", but keeps "Center for American Progress"', () => {
    const es = actors('President Barack Obama spoke on Tuesday. Schumer was in the White House East Room for Obama’s announcement. The Center for American Progress agreed.');
    expect(byName(es, 'Barack Obama')?.mentions).toHaveLength(2);
    expect(byName(es, 'Center for American Progress')?.type).toBe('organization');
  });
});

describe('first names no list knows, at a sentence start', () => {
  it('keeps "Mitt Romney", "Scooter Braun" and "Elon Musk" whole when the surname is used alone later', () => {
    const t = 'Mitt Romney said on Tuesday that he would vote against the bill. Scooter Braun bought the label in 2019. Elon Musk’s company said it would appeal. Romney later told reporters the vote was close. Braun declined to comment. Musk did not respond.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Mitt Romney'))).toEqual(['Mitt Romney', 'Romney']);
    expect(spans(t, byName(es, 'Scooter Braun'))).toEqual(['Scooter Braun', 'Braun']);
    expect(byName(es, 'Elon Musk')?.type).toBe('person');
  });

  it('does not take the word before a known person’s surname, a place or a group for a first name', () => {
    const es = actors('President Barack Obama spoke on Monday. Derelict Obama and Clinton were blamed. Unlike Patriot, the firm has few investors. Patriot Coal went bankrupt. House Republicans objected. Republicans said no. Poor Mexico was hit hard.');
    const names = es.map((e) => e.name);
    for (const wrong of ['Derelict Obama', 'Unlike Patriot', 'House Republicans', 'Poor Mexico']) expect(names).not.toContain(wrong);
  });
});

describe('two people with one surname', () => {
  it('gives the bare surname to the one the writer stops naming in full', () => {
    const t = 'Donald Trump’s new proposal is vague, experts say. On Monday, his daughter Ivanka Trump promoted the plan. Mothers would gain, said Ivanka Trump. Experts doubt it. But on Friday, Ivanka Trump campaigned for it. Trump says he would pay for it by cutting fraud.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Donald Trump'))).toEqual(['Donald Trump', 'Trump']);
    expect(spans(t, byName(es, 'Ivanka Trump'))).toEqual(['Ivanka Trump', 'Ivanka Trump', 'Ivanka Trump']);
  });
});

describe('press releases', () => {
  it('reads the dateline "BADEN, Switzerland," as a place and "GE Healthcare" as a company', () => {
    const t = 'BADEN, Switzerland, Nov. 12, 2019 /PRNewswire/ -- Ascom today announced a partnership with GE Healthcare. GE Healthcare said the deal was worth $10 million.';
    const es = actors(t);
    expect(byName(es, 'BADEN')?.type).toBe('place');
    expect(byName(es, 'GE Healthcare')?.type).toBe('organization');
    // A town of four letters, which reads like an acronym, when a country and a date follow.
    expect(byName(actors('BAAR, Switzerland, Nov. 20, 2019 /PRNewswire/ -- Ascom Holding AG today announced a partnership.'), 'BAAR')?.type).toBe('place');
  });

  it('takes the employer after "of" or "at" in an appositive role as the affiliation', () => {
    const t = '“This is a milestone,” said Holger Cordes, CEO of Ascom. Ascom shares rose. Rusmik Oza, Head of Fundamental Research at Kotak Securities, said the rally would last. Kotak Securities expects more.';
    const es = actors(t);
    expect(byName(es, 'Holger Cordes')?.affiliation).toBe(byName(es, 'Ascom')?.id);
    expect(byName(es, 'Rusmik Oza')?.affiliation).toBe(byName(es, 'Kotak Securities')?.id);
  });
});

describe('churches, saints and panels', () => {
  it('reads a denomination as an organisation and a saint’s church or square as one place', () => {
    const es = actors('The Roman Catholic Church issued a statement. The wedding was at St. Mary’s Church in Boston. Pope Francis spoke at St. Peter’s Square. St. Patrick’s Day parades were held. Mayfield Memorial Missionary Baptist Church held a vigil.');
    expect(byName(es, 'Roman Catholic Church')?.type).toBe('organization');
    expect(byName(es, 'St. Mary’s Church')?.type).toBe('place');
    expect(byName(es, 'St. Peter’s Square')?.type).toBe('place');
    expect(es.map((e) => e.name).filter((n) => n.includes('Patrick'))).toEqual([]);
    expect(byName(es, 'Mayfield Memorial Missionary Baptist Church')?.type).toBe('place');
  });

  it('reads "the Intergovernmental Panel on Climate Change" as one organisation', () => {
    const es = actors('The Intergovernmental Panel on Climate Change reported on Tuesday that 2016 was the warmest year.');
    expect(byName(es, 'Intergovernmental Panel on Climate Change')?.type).toBe('organization');
  });
});

describe('an organisation’s head word and its spokesperson', () => {
  it('reads "the Church" after "the Church of Scientology" as the church, and the role and employer before a name', () => {
    const t = 'Hackers attacked the website of the Church of Scientology on Monday. A spokesperson for the Church, Karin Pouw, said the attack was illegal.';
    const es = actors(t);
    const church = byName(es, 'Church of Scientology');
    expect(spans(t, church)).toEqual(['Church of Scientology', 'Church']);
    expect(byName(es, 'Karin Pouw')?.role).toBe('spokesperson');
    expect(byName(es, 'Karin Pouw')?.affiliation).toBe(church?.id);
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Karin Pouw']);
  });
});

describe('names that groups take', () => {
  it('reads the name after "calling themselves" or "a startup called" as an organisation', () => {
    const es = actors('Hackers calling themselves Anonymous attacked the website on Monday. A startup called Brightwave raised $5 million.');
    expect(byName(es, 'Anonymous')?.type).toBe('organization');
    expect(byName(es, 'Brightwave')?.type).toBe('organization');
  });
});

describe('acronyms in brackets', () => {
  it('joins a heading’s acronym, a place’s acronym and an acronym with an inner letter to the full names', () => {
    const t = 'NASA delays shuttle launch\n\nThe National Aeronautics and Space Administration (NASA) has delayed the launch. The crew will fly to the International Space Station (ISS) next week. The ISS is in orbit. The Japan Aerospace Exploration Agency (JAXA) built a module. JAXA said so.';
    const es = actors(t);
    expect(es.map((e) => e.name)).toEqual(['National Aeronautics and Space Administration', 'International Space Station', 'Japan Aerospace Exploration Agency']);
    expect(spans(t, byName(es, 'International Space Station'))).toEqual(['International Space Station', 'ISS']);
    expect(spans(t, byName(es, 'Japan Aerospace Exploration Agency'))).toEqual(['Japan Aerospace Exploration Agency', 'JAXA', 'JAXA']);
  });
});

describe('lowercase roles of several words', () => {
  it('reads "pass rusher", "running back", "former secretary of state", and no role across "and"', () => {
    const es = actors('The fight led to suspensions for pass rusher Myles Garrett and running back Nick Chubb. Linebacker Joe Schobert and forward Zach Parise were not involved. But former secretary of state Hillary Clinton disagreed.');
    expect(byName(es, 'Myles Garrett')?.role).toBe('pass rusher');
    expect(byName(es, 'Nick Chubb')?.role).toBe('running back');
    expect(byName(es, 'Zach Parise')?.role).toBe('forward');
    expect(byName(es, 'Zach Parise')?.affiliation).toBeNull();
    expect(byName(es, 'Hillary Clinton')?.role).toBe('former secretary of state');
  });
});

describe('bills before parliament', () => {
  it('does not take "the British Bill" or "this Bill" for a man called Bill', () => {
    const t = 'Bill Shorten said in a letter that press freedom mattered. The code follows the notes of the British Bill. It should be addressed in this Bill.';
    expect(spans(t, byName(actors(t), 'Bill Shorten'))).toEqual(['Bill Shorten']);
  });
});

describe('Arabic articles in surnames', () => {
  it('joins "Sisi" to "Abdel Fattah el-Sisi" and "Assad" to "Bashar al-Assad"', () => {
    const t = 'Egyptian President Abdel Fattah el-Sisi hosted the summit. Sisi warned of a wider conflict. Syrian President Bashar al-Assad did not attend. Assad said nothing.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Abdel Fattah el-Sisi'))).toEqual(['Abdel Fattah el-Sisi', 'Sisi']);
    expect(spans(t, byName(es, 'Bashar al-Assad'))).toEqual(['Bashar al-Assad', 'Assad']);
  });
});

describe('sides written with the name', () => {
  it('takes a country’s or a known organisation’s possessive before a person as the side', () => {
    const t = 'India’s Narendra Modi stayed silent on Tuesday, while Google’s Sundar Pichai spoke to the press. Modi said so later.';
    const es = actors(t);
    expect(byName(es, 'Narendra Modi')?.affiliation).toBe(byName(es, 'India')?.id);
    expect(byName(es, 'Sundar Pichai')?.affiliation).toBe(byName(es, 'Google')?.id);
    const titled = actors('Leaders met in Doha on Sunday. Qatar’s Sheikh Mohammed bin Abdulrahman Al Thani attended, and Iran’s Supreme Leader Ayatollah Ali Khamenei condemned it.');
    expect(byName(titled, 'Mohammed bin Abdulrahman Al Thani')?.affiliation).toBe(byName(titled, 'Qatar')?.id);
    expect(byName(titled, 'Ali Khamenei')?.affiliation).toBe(byName(titled, 'Iran')?.id);
  });

  it('does not guess another country for an official whose country was written', () => {
    const es = actors('Asian leaders meet\n\nChinese President Xi Jinping met North Korean leader Kim Jong Un in Beijing on Tuesday. Xi said the two countries were close friends. Japan’s Prime Minister Fumio Kishida called the meeting worrying. India’s Narendra Modi stayed silent, while Modi’s spokesman said India had no comment.');
    const xi = byName(es, 'Xi Jinping');
    expect(xi?.affiliation).toBeNull();
    expect(xi?.role).toBe('Chinese President');
  });
});

describe('sports positions in capitals', () => {
  it('reads "Cleveland DL Larry Ogunjobi" as a place, a role and a person', () => {
    const es = actors('Cleveland DL Larry Ogunjobi received a one-game suspension for shoving Pittsburgh QB Mason Rudolph to the ground.');
    expect(byName(es, 'Larry Ogunjobi')?.role).toBe('DL');
    expect(byName(es, 'Mason Rudolph')?.role).toBe('QB');
    expect(byName(es, 'Cleveland')?.type).toBe('place');
  });
});

describe('"its" after a one-word subject', () => {
  it('keeps "Tottenham … from its Twitter account" from being a person, so it joins "Tottenham Hotspur"', () => {
    const t = 'Jose Mourinho will replace Mauricio Pochettino as manager of Tottenham Hotspur. Tottenham said in a statement: “Jose is one of the most accomplished managers.” Tottenham posted an image of Mourinho holding up a Tottenham shirt from its Twitter account on Wednesday.';
    const es = actors(t);
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Jose Mourinho', 'Mauricio Pochettino']);
    expect(spans(t, byName(es, 'Tottenham Hotspur')).slice(0, 3)).toEqual(['Tottenham Hotspur', 'Tottenham', 'Tottenham']);
  });
});

describe('a possessor’s role before a titled name', () => {
  it('reads "The BMA’s chair, Dr Tom Dolphin, accused ministers of…" as the chair of the BMA', () => {
    const es = actors('Junior doctors will strike next week. The BMA’s chair, Dr Tom Dolphin, accused ministers of failing to take the dispute seriously. The BMA agreed.');
    const p = byName(es, 'Tom Dolphin');
    expect(p?.role).toBe('chair');
    expect(p?.affiliation).toBe(byName(es, 'BMA')?.id);
  });
});

describe('datelines in capitals', () => {
  it('joins "Dubai" to the dateline "DUBAI, United Arab Emirates" and names the place "Dubai"', () => {
    const t = 'DUBAI, United Arab Emirates (AP) — Emirates Airline bought 30 planes on Monday. The deal was signed in Dubai at the air show.';
    const es = actors(t);
    const dubai = es.find((e) => e.aliases.includes('DUBAI, United Arab Emirates') || e.name === 'Dubai');
    expect(dubai?.name).toBe('Dubai');
    expect(spans(t, dubai)).toEqual(['DUBAI, United Arab Emirates', 'Dubai']);
  });
});

describe('initials for given names', () => {
  it('joins "B. U. Nzeribe" to "Benjamin Nzeribe", named in full', () => {
    const t = 'The Senate mourned former Speaker Benjamin Nzeribe on Tuesday. Senators stood for Rt. Hon. B. U. Nzeribe and Hon. Funke Adedoyin.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Benjamin Nzeribe'))).toEqual(['Benjamin Nzeribe', 'B. U. Nzeribe']);
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Benjamin Nzeribe', 'Funke Adedoyin']);
  });

  it('reads initials and a surname as a person anywhere ("stood for B. U. Nzeribe", "J. K. Rowling wrote", "went to T. S. Eliot")', () => {
    const es = actors('Senators stood for B. U. Nzeribe on Tuesday. J. K. Rowling wrote a letter. The award went to T. S. Eliot in 1948.');
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['B. U. Nzeribe', 'J. K. Rowling', 'T. S. Eliot']);
  });

  it('reads a name before an appositive role as a person, even with a class noun qualifying the role ("a former state party chairman")', () => {
    const t = 'Trump’s Indiana chairman, Rex Early, a former state party chairman who just signed on to Trump’s team last weekend, said he had not explored the process. Tarn Velk, the company’s chief economist, spent years in Boston. Traders at Zentrix, the payments firm, cut jobs. Zentrix said it would hire again.';
    const es = actors(t);
    expect(byName(es, 'Rex Early')?.type).toBe('person');
    expect(byName(es, 'Tarn Velk')?.type).toBe('person');
    expect(byName(es, 'Zentrix')?.type).toBe('organization');
  });

  it('joins a capitalised word inside a sentence to the one person whose surname it is, even when it is also a word', () => {
    const t = 'Trump’s Indiana chairman, Rex Early, a former state party chairman who just signed on, said he had not explored the process. Informed of the lean, Early described it as news to him.';
    expect(spans(t, byName(actors(t), 'Rex Early'))).toEqual(['Rex Early', 'Early']);
  });

  it('keeps a brand and its country company apart ("Yahoo" and "Yahoo Japan")', () => {
    const t = 'Yahoo will sell its core business. The new company will hold the Alibaba and Yahoo Japan stock. Yahoo said the sale would close soon.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Yahoo'))).toEqual(['Yahoo', 'Yahoo']);
    expect(spans(t, byName(es, 'Yahoo Japan'))).toEqual(['Yahoo Japan']);
  });

  it('reads a name shaped like a person’s once, so that its contexts decide ("Con Edison officials", "Con Edison, which…")', () => {
    const t = 'Pat Lee is vice president of planning for Con Edison. For days after a storm, Con Edison officials say, they deal with fires. Con Edison, which maintains 4,300 miles of gas mains, records 500 leaks. There were 750 leaks, Con Edison officials said. Hunter Biden said he would testify.';
    const es = actors(t);
    expect(byName(es, 'Con Edison')?.type).toBe('organization');
    expect(byName(es, 'Hunter Biden')?.type).toBe('person');
  });
});

describe('surnames that look like other things', () => {
  it('keeps a person’s surname when "Surname 45" looks like a model name ("…to become, he hopes, Bush 45")', () => {
    const t = 'Life was good for a young John Ellis Bush. Friends remember Mr. Bush as a larger-than-life presence. He hopes to become Bush 45. Mr. Bush spoke in Iowa.';
    expect(spans(t, byName(actors(t), 'John Ellis Bush'))).toEqual(['John Ellis Bush', 'Mr. Bush', 'Bush', 'Mr. Bush']);
  });

  it('reads a nationality word standing alone before a verb as the surname of the person named in full ("said Cuban", "Cuban demurred")', () => {
    const t = 'Mark Cuban, the owner of the Dallas Mavericks, says he is open to running. Pushed by the host, Cuban demurred. "It is too early to tell," said Cuban. Cuban cigars were on the table.';
    expect(spans(t, byName(actors(t), 'Mark Cuban'))).toEqual(['Mark Cuban', 'Cuban', 'Cuban']);
  });

  it('gives "Mr. Clinton" to Bill Clinton, whose first name is also a word, not to Hillary Clinton, typed first by her name’s shape', () => {
    const t = 'It’s still Bill Clinton, but the old magic is fading. Mr. Clinton spoke for an hour in Iowa. Hillary Clinton was in New Hampshire. Mr. Clinton said she would win.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Bill Clinton'))).toEqual(['Bill Clinton', 'Mr. Clinton', 'Mr. Clinton']);
    expect(spans(t, byName(es, 'Hillary Clinton'))).toEqual(['Hillary Clinton']);
  });

  it('reads a title-case word that is also a degree’s abbreviation as a surname ("Elward Edd"; "Jane Smith, PhD")', () => {
    const es = actors('Elward Edd, an official at the authority, said it. Jane Smith, PhD, agreed.');
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Elward Edd', 'Jane Smith']);
  });

  it('reads a page’s field label as no actor and no speaker ("BYLINE: Amber Phillips.")', () => {
    const es = actors('BYLINE: Amber Phillips.\n\nThe Supreme Court sided with them on immigration.');
    expect(es.map((e) => e.name)).toEqual(['Amber Phillips', 'Supreme Court']);
  });

  it('reads a country’s name after a first name as a surname or a middle name ("Michael Jordan", "Deborah Jordan Reynolds")', () => {
    const t = 'Deborah Jordan Reynolds told The Washington Post that he changed. Michael Jordan said he would help. King Abdullah of Jordan met him.';
    const es = actors(t);
    expect(byName(es, 'Deborah Jordan Reynolds')?.type).toBe('person');
    expect(byName(es, 'Michael Jordan')?.type).toBe('person');
    expect(byName(es, 'Jordan')?.type).toBe('place');
  });

  it('reads a capitalised common word before a role as no name of a list ("Donald Trump and Democratic presidential candidate Hillary Clinton")', () => {
    const es = actors('He would consider offers from Donald Trump and Democratic presidential candidate Hillary Clinton.');
    expect(es.map((e) => e.name)).toEqual(['Donald Trump', 'Hillary Clinton']);
  });
});

describe('a kind of company named before a one-word name', () => {
  it('reads "the ride-hailing company Grab said…" and "the telecom operator Safaricom" as organisations, and keeps a developer’s full name a person', () => {
    const t = 'The ride-hailing company Grab said it would cut jobs. The Kenyan telecom operator Safaricom reported profits. The game developer Valve released a headset. Software developer John Carmack said he was leaving.';
    const es = actors(t);
    expect(es.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['Grab', 'Safaricom', 'Valve']);
    expect(byName(es, 'John Carmack')?.type).toBe('person');
  });

  it('merges "the Commission" into the European Commission named before, "the Ministry" into the Ministry of Defence, and keeps a body’s word alone out when no such body is named', () => {
    const es = actors('The European Commission published its report on Tuesday in Brussels. Among other things, the Commission is demanding judicial reform. The Ministry of Defence said the Ministry would respond. The Court had ruled.');
    expect(byName(es, 'European Commission')?.mentions).toHaveLength(2);
    expect(byName(es, 'Ministry of Defence')?.mentions).toHaveLength(2);
    expect(es.map((e) => e.name)).not.toContain('Court');
  });

  it('reads a full name before "government" as the leader ("the Narendra Modi government"), not a party ("the Conservative government")', () => {
    const es = actors('Sections of the Indian public are opposed to the Narendra Modi government’s policies, the ministry said. The Conservative government fell in 1997.');
    expect(byName(es, 'Narendra Modi')?.type).toBe('person');
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Narendra Modi']);
  });

  it('reads a body named in quotation marks or by a web address right after its class noun ("rights group “Mayer Dak”", "news portal bdnews24.com")', () => {
    const es = actors('Families attended, Bangladeshi news portal bdnews24.com said on Friday in Dhaka. Human rights group “Mayer Dak” organised the event. The group called it a “Historic Day for All”.');
    expect(byName(es, 'bdnews24.com')?.type).toBe('organization');
    expect(byName(es, 'Mayer Dak')?.type).toBe('organization');
    expect(es.map((e) => e.name)).not.toContain('Historic Day for All');
  });

  it('takes no quantifier opening a sentence into a name ("Several Council members")', () => {
    const es = actors('The City Council passed the budget on Wednesday in Chicago. Several Council members opposed it.');
    expect(es.map((e) => e.name)).not.toContain('Several Council');
  });

  it('reads a hyphenated rank as a title ("Lieutenant-Colonel X") and gives the person the job an appositive names rather than the rank', () => {
    const es = actors('The doctors will be prosecuted, Lieutenant-Colonel Jean-Baptiste Kumbu Ngoma, military prosecutor for Butembo, told AFP. Major-General Ahmed Sharif spoke later.');
    expect(byName(es, 'Jean-Baptiste Kumbu Ngoma')?.role).toBe('military prosecutor');
    expect(byName(es, 'Ahmed Sharif')?.role).toBe('Major-General');
    // A navy's rank: "Commodore Bainimarama" is Frank Bainimarama, with the rank as his title.
    const fiji = actors('Commodore Bainimarama said he was in control. Frank Bainimarama later added that he would stay.');
    expect(fiji.map((e) => `${e.type} ${e.name} ${e.role}`)).toEqual(['person Frank Bainimarama Commodore']);
  });

  it('reads "a UN General Assembly meeting" as the body, not a person "Assembly" titled "UN General"', () => {
    const es = actors('The minister spoke in New York before attending a UN General Assembly meeting on Wednesday.');
    expect(byName(es, 'UN General Assembly')?.type).toBe('organization');
    expect(es.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('reads a two-word name after a class noun as an organisation ("pharmaceutical company Novo Nordisk"), not one with a first name ("the company Ann Lee founded")', () => {
    const es = actors('Semaglutide is made by Danish pharmaceutical company Novo Nordisk. Sales rose. It was the company Ann Lee founded in 1990.');
    expect(byName(es, 'Novo Nordisk')?.type).toBe('organization');
    expect(byName(es, 'Ann Lee')?.type).toBe('person');
  });
});

describe('nationality nouns, media names and insiders', () => {
  it('reads "the Dutchman", "Spaniards" and "Britons" as nationalities, not people named so, and keeps "Germans"', () => {
    const t = 'Erik ten Hag praised his players. “We were patient,” the Dutchman told reporters. Three Britons and two Spaniards were hurt. Thousands of Germans protested.';
    const es = actors(t);
    expect(es.some((e) => e.name === 'Dutchman')).toBe(false);
    expect(es.filter((e) => e.type === 'group').map((e) => e.name)).toEqual(['Britons', 'Spaniards', 'Germans']);
  });

  it('reads a name ending in "Sports" or "Weekly" as an organisation, and "NFL Insider" as a title before a full name', () => {
    const t = 'Ten Hag told Sky Sports he was happy. Publishers Weekly reported that sales rose. ESPN NFL Insider Adam Schefter said the deal was done.';
    const es = actors(t);
    expect(byName(es, 'Sky Sports')?.type).toBe('organization');
    expect(byName(es, 'Publishers Weekly')?.type).toBe('organization');
    expect(byName(es, 'Adam Schefter')?.type).toBe('person');
  });
});

describe('a press release’s boilerplate heading', () => {
  it('reads "About Acme Corp." as the company, not a company called "About Acme Corp."', () => {
    const t = 'Acme Corp. said sales rose.\n\nAbout Acme Corp.\nAcme Corp. is a leading provider of security software.';
    expect(actors(t).map((e) => `${e.type}:${e.name}:${e.mentions.length}`)).toEqual(['organization:Acme Corp.:3']);
  });
});

describe('surnames that are places or countries too', () => {
  it('reads "the Sanders camp" as a candidate’s people, not a place, and "Jordan said" after "Rep. Jim Jordan" as his surname', () => {
    const es = actors('Like Rove, the Sanders camp has identified the issue. At the debate, Sanders compared himself to Clinton.');
    expect(byName(es, 'Sanders')?.type).toBe('person');
    const t = 'Rep. Jim Jordan (R-Ohio) said the deal was bad. “It raises questions,” Jordan said.';
    const jordan = actors(t);
    expect(jordan.map((e) => `${e.type}:${e.name}`)).toEqual(['person:Jim Jordan']);
    expect(spans(t, byName(jordan, 'Jim Jordan'))).toEqual(['Jim Jordan', 'Jordan']);
  });
});

describe('a company and its legal form', () => {
  it('merges "Audi" and "Audi AG", "Siemens" and "Siemens AG" into one company each', () => {
    const t = 'Audi builds cars. The board of Audi AG met on Monday. Siemens cut jobs. Siemens AG said profits fell.';
    const es = actors(t);
    expect(es.map((e) => spans(t, e))).toEqual([['Audi', 'Audi AG'], ['Siemens', 'Siemens AG']]);
  });
});

describe('Arabic names before "of" and a place, and a team by its place name', () => {
  it('ends "Sheikh Tamim bin Hamad Al Thani of Qatar" before "of Qatar"', () => {
    const es = actors('Crown Prince Mohammed bin Salman met Sheikh Tamim bin Hamad Al Thani of Qatar on Monday.');
    expect(es.map((e) => `${e.type}:${e.name}`)).toEqual(['person:Mohammed bin Salman', 'person:Tamim bin Hamad Al Thani', 'place:Qatar']);
  });

  it('joins "Golden State" to "Golden State Warriors", but not "Oversight Committee" to "Oversight Committee Republicans"', () => {
    const t = 'The Lakers beat the Golden State Warriors 121-114. Stephen Curry led Golden State with 28 points. Oversight Committee Republicans met. The Oversight Committee voted.';
    const es = actors(t);
    expect(spans(t, byName(es, 'Golden State Warriors'))).toEqual(['Golden State Warriors', 'Golden State']);
    expect(byName(es, 'Oversight Committee')?.type).toBe('organization');
  });
});

describe('letters after a name', () => {
  it('leaves "KC", "MP" and "OBE" out of a person’s name, so that the surname alone finds them', () => {
    const t = 'Nick Johnson KC, prosecuting, asked the first question. Jane Smith MP and John Doe OBE listened. Johnson then sat down.';
    const es = actors(t);
    expect(es.map((e) => e.name)).toEqual(['Nick Johnson', 'Jane Smith', 'John Doe']);
    expect(spans(t, byName(es, 'Nick Johnson'))).toEqual(['Nick Johnson', 'Johnson']);
  });
});

describe('a barrister’s title', () => {
  it('leaves "Barrister" out of "PTI chairman Barrister Gohar Khan"', () => {
    expect(actors('PTI chairman Barrister Gohar Khan said his party would not accept the results.').map((e) => e.name)).toEqual(['PTI', 'Gohar Khan']);
  });
});

describe('ordinary words that are no person’s name', () => {
  it('makes no person of "CNBC’s Squawk Box", keeps "Bill Gates" and "Robin Quivers", and reads "A. Philip Randolph" with its initial', () => {
    const t = 'During a May interview on CNBC’s Squawk Box, Trump said he won every debate. Microsoft co-founder Bill Gates said so. Robin Quivers, the radio host, agreed. Members of the A. Philip Randolph Institute met.';
    const es = actors(t);
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Trump', 'Bill Gates', 'Robin Quivers']);
    expect(es.map((e) => e.name)).toContain('A. Philip Randolph Institute');
  });
});

describe('local government', () => {
  it('reads a local area the reference data does not know before a role: place, holder, role and side', () => {
    const es = actors('Cook County Sheriff Tom Dart said no. On Monday, Bellingen Shire Mayor Dominic King agreed.\nBlue Mountains Mayor Mark Greenhill spoke.');
    const line = (n: string): string => {
      const e = byName(es, n);
      return `${e?.type} ${e?.role} ${es.find((x) => x.id === e?.affiliation)?.name}`;
    };
    expect(line('Tom Dart')).toBe('person Sheriff Cook County');
    expect(line('Dominic King')).toBe('person Mayor Bellingen Shire');
    expect(line('Mark Greenhill')).toBe('person Mayor Blue Mountains');
    expect(byName(es, 'Cook County')?.type).toBe('place');
  });

  it('reads councillors’ titles: "Cr", "Cllr", "Cpt.", and the plural before a list ("City Councilors Linda Vacon, …")', () => {
    const es = actors('Shire mayor Pam Kensit will not stand again. Cr Kensit said so on Monday. Cr Jane Doe agreed. Cllr John Smith agreed. Cpt. Ann Miller left.\nBacking him were City Councilors Linda Vacon and Mike Sullivan.');
    expect(es.filter((e) => e.type === 'person').map((e) => `${e.name}|${e.role}`)).toEqual(['Pam Kensit|mayor', 'Jane Doe|Councillor', 'John Smith|Councillor', 'Ann Miller|Captain', 'Linda Vacon|City Councilor', 'Mike Sullivan|null']);
  });
});

describe('makers and their products', () => {
  it('keeps a maker named before its products when it speaks elsewhere ("BlackBerry smartphones" beside "BlackBerry said")', () => {
    const es = actors('Thorsten Heins, the chief executive of BlackBerry, spoke on Tuesday. The phones were to give BlackBerry smartphones new life. Late last month, BlackBerry said that it had shipped 2.7 million phones.');
    expect(byName(es, 'BlackBerry')?.type).toBe('organization');
    expect(es.find((e) => e.id === byName(es, 'Thorsten Heins')?.affiliation)?.name).toBe('BlackBerry');
    // A product that never speaks stays out.
    expect(byName(actors('The Zorblax 9 phones sold well. Zorblax phones are cheap. Analysts liked the Zorblax.'), 'Zorblax')).toBeUndefined();
  });
});

describe('companies with and without their designators', () => {
  it('joins a known company’s short name to its full name written first ("American Express Co." … "American Express", "Ford Motor Co." … "Ford")', () => {
    const es = actors('American Express Co., which specializes in travel, said Monday that its income rose. American Express, which is based in New York, said revenue rose. Ford Motor Co. said sales fell. Ford said more.');
    expect(es.filter((e) => e.type === 'organization').map((e) => e.mentions.length)).toEqual([2, 2]);
  });
});

describe('surnames that are companies’ names', () => {
  it('reads "Ford" as the premier named by title and surname, not the carmaker ("Premier Ford … Ford ignores…")', () => {
    const es = actors('Councillors urged the Premier Ford government to act. As expected, Ford ignores the will of council. A letter went to Ford.');
    expect(es.map((e) => `${e.type} ${e.name} ${e.mentions.length}`)).toEqual(['person Ford 3']);
  });

  it('gives each holder named after a lowercase plural title the singular ("councillors Gary Crawford, …")', () => {
    const es = actors('Voting against the motion were the mayor and councillors Gary Crawford, Vince Crisanti and Nick Mantas.');
    expect(byName(es, 'Gary Crawford')?.role).toBe('councillor');
  });
});

describe('wires and nationality nouns', () => {
  it('reads "PR Newswire" as an organisation and "the Scot" as no person of its own', () => {
    const es = actors('PR Newswire Celebrates 50 Years\n\nToday, PR Newswire celebrates its founder. Andy Murray won on Monday. The Scot said he was pleased.');
    expect(byName(es, 'PR Newswire')?.type).toBe('organization');
    expect(byName(es, 'Scot')).toBeUndefined();
  });
});

describe('people whose surnames are places', () => {
  it('reads "Denzel Washington shares surprising plans" as a person, not a company with shares', () => {
    const es = actors('Denzel Washington shares surprising plans about his final role\n\nDenzel Washington, famously known for his role in Malcolm X, gave an update on his career.');
    expect(byName(es, 'Denzel Washington')?.type).toBe('person');
    // A company's shares still make it one.
    expect(byName(actors('Zorbitz shares fell 5% on Monday. Zorbitz shares rose later.'), 'Zorbitz')?.type).toBe('organization');
  });
});

describe('press-release datelines and listings', () => {
  it('reads "GROTON, Mass.--(BUSINESS WIRE)--" as the dateline’s town and a stock listing as no actor', () => {
    const es = actors('GROTON, Mass.--(BUSINESS WIRE)--Oct. 10, 2000--New England Business Service, Inc. (NYSE: NEB) today announced results for the quarter. New England Business Service expects more.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['place GROTON', 'organization New England Business Service']);
  });
});

describe('airlines and their aircraft', () => {
  it('reads "Airlines PNG" as an airline, and "The Airlines PNG Dash 8 aircraft" as its mention without the model', () => {
    const es = actors('One passenger survived, Airlines PNG said. The Airlines PNG Dash 8 aircraft crashed near Madang. Airlines PNG said it grounded its fleet.');
    expect(es.filter((e) => e.type === 'organization').map((e) => `${e.name} ${e.mentions.length}`)).toEqual(['Airlines PNG 3']);
  });
});

describe('spellings of one name', () => {
  it('joins a name written with and without its diacritics ("Caitríona Balfe", "Caitriona Balfe"), and no capitalised nationality is an organisation', () => {
    const es = actors('IRISH actress Caitríona Balfe has revealed she was dropped by an agent. Caitriona Balfe said she was glad.');
    expect(es.map((e) => `${e.type} ${e.name} ${e.mentions.length}`)).toEqual(['person Caitríona Balfe 2']);
  });
});

describe('surnames shared in a family', () => {
  it('keeps "President Trump" apart from "first lady Melania Trump", with the bare surname before her to him', () => {
    const es = actors('Aides to President Trump struggled on Thursday. Hours later, Trump accused the writer of treason. Vice President Mike Pence and first lady Melania Trump agreed.');
    expect(es.filter((e) => e.type === 'person').map((e) => `${e.name}|${e.role}|${e.mentions.length}`)).toEqual(['Trump|President|2', 'Mike Pence|Vice President|1', 'Melania Trump|first lady|1']);
  });

  it('reads "Mrs May" and "Ms. May" as Theresa May, not the month', () => {
    const es = actors('Prime Minister Theresa May spoke. Mrs May told the committee she would go. Later Ms. May left. The vote is in May.');
    expect(es.map((e) => `${e.name} ${e.mentions.length}`)).toEqual(['Theresa May 3']);
  });
});

describe('countries that are surnames', () => {
  it('reads "voted for Jordan" and "Jordan lost votes" as Rep. Jim Jordan, and "visited Jordan" as the country', () => {
    const es = actors('Rep. Jim Jordan of Ohio was nominated for speaker. The 22 Texas Republicans voted for Jordan. Jordan lost votes in the second round.');
    expect(es.filter((e) => e.name.includes('Jordan')).map((e) => `${e.type} ${e.name} ${e.mentions.length}`)).toEqual(['person Jim Jordan 3']);
    const other = actors('Rep. Jim Jordan of Ohio spoke. The king of Jordan visited Amman. Officials in Jordan agreed.');
    expect(byName(other, 'Jordan')?.type).toBe('place');
  });
});

describe('British parties', () => {
  it('reads "Tory" as the Conservative Party ("Tory MPs", "Tory MP Mark Reckless"), the SNP in capitals', () => {
    const es = actors('Many Tory MPs were angry. Rebel Tory MP Mark Reckless said so. SNP MSPs agreed.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['organization Tory', 'person Mark Reckless', 'organization SNP']);
    expect(es.find((e) => e.id === byName(es, 'Mark Reckless')?.affiliation)?.name).toBe('Tory');
  });
});

describe('interview labels', () => {
  it('reads "A. We’ll…" as an answer label, no initial, and "Q. Obviously Iraq…" as the place without the adverb', () => {
    const es = actors('Q. Are you running?\n\nA. We\'ll be making the announcement soon.\n\nQ. Obviously Iraq is on your mind?\n\nA. We\'ve been absorbed with it.');
    expect(es.map((e) => `${e.type} ${e.name} ${e.mentions.length}`)).toEqual(['place Iraq 1']);
  });
});

describe('plural abbreviated titles', () => {
  it('reads "U.S. Reps. Michael Cloud, …" and "Sens. Ted Cruz and …" as titles of the first holder, no organisation', () => {
    const es = actors('The holdouts included U.S. Reps. Michael Cloud, Chip Roy and Keith Self. Sens. Ted Cruz and John Cornyn agreed.');
    expect(es.filter((e) => e.type === 'organization')).toEqual([]);
    expect(byName(es, 'Michael Cloud')?.role).toBe('Representative');
    expect(byName(es, 'Ted Cruz')?.role).toBe('Senator');
  });
});

describe('grounds', () => {
  it('reads "the Darren Sammy Cricket Ground" as a place, not a person', () => {
    expect(byName(actors('The match was at the Darren Sammy Cricket Ground in St Lucia.'), 'Darren Sammy Cricket Ground')?.type).toBe('place');
  });
});

describe('service districts', () => {
  it('reads "the Kitsap Public Health District" as a body and "the Lake District" as a place', () => {
    const es = actors('The estimate came from the Kitsap Public Health District on Friday. He lives in the Lake District.');
    expect(byName(es, 'Kitsap Public Health District')?.type).toBe('organization');
    expect(byName(es, 'Lake District')?.type).toBe('place');
  });
});

describe('photo credits', () => {
  it('reads no actor in a photo credit ("(AP Photo/Kin Cheung)", "(Victoria Jones/PA)"), and the story’s names still', () => {
    const es = actors('Protesters marched in Hong Kong on Sunday. (AP Photo/Kin Cheung)\n\nTheresa May spoke in the Commons. (Victoria Jones/PA)');
    expect(es.map((e) => e.name)).toEqual(['Hong Kong', 'Theresa May', 'Commons']);
  });
});

describe('wire codes', () => {
  it('reads no organisation in a wire’s instrument codes ("the Dow Jones Industrial Average <.DJI>")', () => {
    const es = actors('The Dow Jones Industrial Average <.DJI> rose 0.5 percent and the Nasdaq Composite <.IXIC> added 1 percent, Reuters reported.');
    expect(es.some((e) => /^(?:DJI|IXIC)$/.test(e.name))).toBe(false);
    // A code in round brackets after the company: "Hyundai Motor Co (005380.KS)".
    const codes = actors('A huge Hyundai Motor Co (005380.KS) factory complex added weekend production on Saturday. Microsoft Corp (MSFT.O) executives met Yahoo Inc (YHOO.O) investors, a person familiar with the talks said.');
    expect(codes.map((e) => e.name)).toEqual(['Hyundai Motor Co', 'Microsoft Corp', 'Yahoo Inc']);
  });
});

describe('known names that open with a title’s word', () => {
  it('reads "Prince Edward Island" as the province, no Prince called Edward Island; "Justice Department" joins "Department of Justice"', () => {
    const es = actors('A Prince Edward Island school teacher found a fossil. Here on Prince Edward Island, we have many.');
    expect(es.map((e) => `${e.type} ${e.name} ${e.mentions.length}`)).toEqual(['place Prince Edward Island 2']);
    const doj = actors('The Justice Department said the guards lied. The Department of Justice filed charges.');
    expect(doj.filter((e) => e.type === 'organization').map((e) => e.mentions.length)).toEqual([2]);
  });
});

describe('officials of a state', () => {
  it('gives "Sen. John McCain of Arizona" his state, and a state’s office leaves the country’s guess to the others', () => {
    const es = actors('Sen. John McCain of Arizona stopped by. Iraq was discussed, and Iraq again. Sen. Lamar Alexander of Tennessee and Sen. James Lankford spoke about the United States and its senators.');
    const side = (n: string): string | undefined => es.find((e) => e.id === byName(es, n)?.affiliation)?.name;
    expect(side('John McCain')).toBe('Arizona');
    expect(side('Lamar Alexander')).toBe('Tennessee');
    expect(side('James Lankford')).toBe('United States');
  });
});

describe('the capital an official speaks in', () => {
  it('gives "foreign minister Sergei Lavrov said in Moscow" Russia in a story mostly about Ukraine', () => {
    const es = actors('Ukraine asked for talks. Ukraine’s president spoke in Kyiv, and Ukraine’s army held its lines near Ukraine’s border with Russia. “Experts are working,” foreign minister Sergei Lavrov said in Moscow.');
    expect(es.find((e) => e.id === byName(es, 'Sergei Lavrov')?.affiliation)?.name).toBe('Russia');
  });
});

describe('first names that are countries', () => {
  it('reads "Israel Rivera" beside "Jenny Rivera" as a person, "Israel Defense Forces" as the army', () => {
    const es = actors('Backing him were Councilors Meg McGrath-Smith, Israel Rivera and Jenny Rivera. The Israel Defense Forces said no.');
    expect(byName(es, 'Israel Rivera')?.type).toBe('person');
    expect(byName(es, 'Israel Defense Forces')?.type).toBe('organization');
  });
});

describe('a place, a portfolio and a role before a name', () => {
  it('reads "Quebec Environment Minister Line Beauchamp" (a first name that is a word) as the minister of Quebec', () => {
    const es = actors('Yesterday Quebec Environment Minister Line Beauchamp said no. Beauchamp added more.');
    expect(es.map((e) => `${e.type} ${e.name} ${e.role} ${e.mentions.length}`)).toEqual(['place Quebec null 1', 'person Line Beauchamp Environment Minister 2']);
  });
});

describe('surnames that are words of organisations’ names', () => {
  it('reads "Margaret Court" as a person and her later "Court’s" as her, but "the Court" as no one', () => {
    const es = actors('Serena Williams failed to equal Margaret Court’s record haul. She could not match Court’s 24 titles. A judge ruled on Monday, and the Court’s order stands.');
    expect(byName(es, 'Margaret Court')?.type).toBe('person');
    expect(byName(es, 'Margaret Court')?.mentions).toHaveLength(2);
    expect(es.map((e) => e.name)).toEqual(['Serena Williams', 'Margaret Court']);
  });
});

describe('a court, a judge’s title and a name with a middle initial', () => {
  it('splits "Orange County Superior Court Judge Gary S. Paer" at a sentence’s start into the court and the judge', () => {
    const es = actors('The hearing was short. Orange County Superior Court Judge Gary S. Paer asked Nguyen about the money.');
    expect(es.map((e) => `${e.type} ${e.name} ${e.role}`)).toEqual(['organization Orange County Superior Court null', 'person Gary S. Paer Judge', 'person Nguyen null']);
  });
});

describe('a name between two companies in a list', () => {
  it('reads "PartnerRe, Ferrari and Fiat Chrysler Automobiles" as three companies, though Ferrari is a surname', () => {
    const es = actors('Exor owns stakes in PartnerRe, Ferrari and Fiat Chrysler Automobiles.');
    expect(es.filter((e) => e.name !== 'Exor').map((e) => `${e.type} ${e.name}`)).toEqual(['organization PartnerRe', 'organization Ferrari', 'organization Fiat Chrysler Automobiles']);
  });
});

describe('"All" opening an organisation’s name', () => {
  it('keeps "All" in "the All Progressives Congress (APC)" and merges the acronym, but not in "All Labour MPs"', () => {
    const es = actors('Politicians were defecting to the All Progressives Congress (APC), he said. The APC denied it. All Labour MPs voted.');
    expect(es.map((e) => `${e.name} ${e.mentions.length}`)).toEqual(['All Progressives Congress 3', 'Labour 1']);
  });
});

describe('"General" after a body’s noun', () => {
  it('reads "the Directorate General of Health Services" as one organisation, but "Secretary General Antonio Guterres" as a title', () => {
    const es = actors('According to the Directorate General of Health Services, 11 patients died. UN Secretary General Antonio Guterres spoke.');
    expect(es.map((e) => `${e.type} ${e.name} ${e.role}`)).toEqual(['organization Directorate General of Health Services null', 'organization UN null', 'person Antonio Guterres Secretary General']);
  });
});

describe('an organisation’s name with two connectors before a role and a name', () => {
  it('reads "ARC Centre of Excellence for Coral Reef Studies Director Professor Terry Hughes" as the centre and its director', () => {
    const es = actors('The research was led by ARC Centre of Excellence for Coral Reef Studies Director Professor Terry Hughes, at James Cook University.');
    expect(es.slice(0, 2).map((e) => `${e.type} ${e.name}`)).toEqual(['organization ARC Centre of Excellence for Coral Reef Studies', 'person Terry Hughes']);
    expect(byName(es, 'Terry Hughes')?.affiliation).toBe(es[0]!.id);
  });
});

describe('names of shoals, reefs and creeks', () => {
  it('reads "Scarborough Shoal" and "Green Wattle Creek" as places', () => {
    const es = actors('A vessel was seen near the contested Scarborough Shoal. Fires burned at Green Wattle Creek.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['place Scarborough Shoal', 'place Green Wattle Creek']);
  });
});

describe('stage names and real names', () => {
  it('keeps "Lizzo, whose real name is Melissa Viviane Jefferson," as one person named Lizzo', () => {
    const es = actors('Lizzo is facing another lawsuit. Lizzo’s spokesman, Stefan Friedman, said the singer is busy. The suit comes after Lizzo, whose real name is Melissa Viviane Jefferson, was accused of harassment.');
    expect(es.filter((e) => e.type === 'person').map((e) => `${e.name} ${e.mentions.length}`)).toEqual(['Lizzo 4', 'Stefan Friedman 1']);
  });
  it('names "Songz, whose real name is Tremaine Aldon Neverson" by the stage name in full', () => {
    const es = actors('The singer Trey Songz was arrested. Songz, whose real name is Tremaine Aldon Neverson, was released.');
    expect(es.map((e) => `${e.type} ${e.name} ${e.mentions.length}`)).toEqual(['person Trey Songz 3']);
  });
});

describe('an investment firm and the place it is from', () => {
  it('splits "Inspired Capital of New York" into the firm and the city, but keeps "Bank of America" whole', () => {
    const es = actors('Earlier backers, led by Inspired Capital of New York, invested. Bank of America said no.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['organization Inspired Capital', 'place New York', 'organization Bank of America']);
  });
});

describe('a class noun of organisations after a name', () => {
  it('reads "Germany’s Verdi labor union" and "Exor, the Agnelli family holding company that…" as organisations, not "Kurdish militia"', () => {
    const es = actors('Germany’s Verdi labor union has objected. The round was led by Exor, the Agnelli family holding company that owns stakes in PartnerRe. It praised an all-female Kurdish militia.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['place Germany', 'organization Verdi', 'organization Exor', 'organization PartnerRe']);
  });
});

describe('Korean names at a sentence’s start', () => {
  it('reads "Son Heung-min" (a family name that is a word, a five-letter syllable) as a person, not "Cross-party"', () => {
    const es = actors('Son Heung-min, Lucas Moura and Harry Kane put them in control. Cross-party talks failed.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['person Son Heung-min', 'person Lucas Moura', 'person Harry Kane']);
  });
});

describe('an adverb opening a sentence before a name', () => {
  it('does not take "Companywide," for the first company of a list', () => {
    const es = actors('Companywide, Nokia reported an 18-percent increase in sales.');
    expect(es.map((e) => e.name)).toEqual(['Nokia']);
  });
});

describe('a legislature’s chamber', () => {
  it('reads "the lower Chamber of Deputies" as an organisation', () => {
    const es = actors('The leader of the Workers Party in the lower Chamber of Deputies conceded defeat.');
    expect(byName(es, 'Chamber of Deputies')?.type).toBe('organization');
  });
});

describe('a maker’s product named after it', () => {
  it('drops "Pixel" throughout after "the new Google Pixel", keeping Google', () => {
    const es = actors('The reviews are in for the new Google Pixel and it has drawn praise. One area in which the Pixel is lacking, according to many reviewers, is that it is not waterproof. General reviews for the Pixel were very positive. Wired urged people to “get a Pixel”.');
    expect(es.map((e) => e.name)).toEqual(['Google', 'Wired']);
  });
});

describe('terms written with an ampersand', () => {
  it('reads "R&D" and "R&B" as no organisation, but "PG&E" as one', () => {
    const es = actors('The company spent more on R&D this year. PG&E said no. He loves R&B music.');
    expect(es.map((e) => e.name)).toEqual(['PG&E']);
  });
});

describe('a dateline town the reference data does not know, and a district’s number', () => {
  it('reads "WALLACE –" as a place and "Shoshone County Fire District No.1 … SCFD No. 1" as one organisation', () => {
    const text = 'WALLACE – A Wallace residence has been declared a total loss.\nShoshone County Fire District No.1 Captain John Miller reports that firefighters were sent. The staff of SCFD No. 1 were busy.';
    const es = actors(text);
    expect(es.map((e) => `${e.type} ${e.name} ${e.mentions.length}`)).toEqual(['place Wallace 2', 'organization Shoshone County Fire District 2', 'person John Miller 1']);
  });
});

describe('awards before their winners, and an owner after "in"', () => {
  it('reads no "Oscar" in "the two-time Oscar winner", and "in Ridley Scott’s epic" as a person', () => {
    const es = actors('Denzel Washington spoke. The two-time Oscar winner stars with Connie Nielsen in Ridley Scott’s epic sequel.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['person Denzel Washington', 'person Connie Nielsen', 'person Ridley Scott']);
  });
});

describe('a company introduced by a class noun with modifiers, and named before its product later', () => {
  it('reads "A new electric vehicle startup, Slate Auto, teased…" and "the Slate Auto vehicle" as one organisation', () => {
    const es = actors('A new electric vehicle startup, Slate Auto, teased its first model in Venice. David Tracy found the Slate Auto vehicle wearing a wrap.');
    expect(es.filter((e) => e.name === 'Slate Auto').map((e) => `${e.type} ${e.mentions.length}`)).toEqual(['organization 2']);
  });
});

describe('streets named by their suffix', () => {
  it('reads "Drake Drive" and "Whitburn Crescent" as places', () => {
    const es = actors('Police were called to a home on Drake Drive on Monday. A second call came from Whitburn Crescent in Vaughan.');
    expect(es.filter((e) => /Drive|Crescent/.test(e.name)).map((e) => `${e.type} ${e.name}`)).toEqual(['place Drake Drive', 'place Whitburn Crescent']);
  });
});

describe('courtesy titles of Malaysia and Nigeria, and a lowercase role before a courtesy title', () => {
  it('reads "Datuk Seri Anwar Ibrahim", "Alhaji Atiku Abubakar" without their titles, and "Bersatu president Tan Sri Muhyiddin Yassin" and "Labour leader Sir Keir Starmer" with their roles', () => {
    const es = actors('Datuk Seri Anwar Ibrahim spoke in Kuala Lumpur. Alhaji Atiku Abubakar agreed. Bersatu president Tan Sri Muhyiddin Yassin disagreed. Labour leader Sir Keir Starmer was silent.');
    expect(es.filter((e) => e.type === 'person').map((e) => `${e.name}: ${e.role}`)).toEqual(['Anwar Ibrahim: null', 'Atiku Abubakar: null', 'Muhyiddin Yassin: president', 'Keir Starmer: leader']);
  });
});

describe('a coalition named after its class noun', () => {
  it('reads "the Opposition coalition Pakatan Harapan" as an organisation, and "Opposition" as none', () => {
    const es = actors('Anwar Ibrahim, who chairs the Opposition coalition Pakatan Harapan, said his meetings were normal.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['person Anwar Ibrahim', 'organization Pakatan Harapan']);
  });
});

describe('a role word before one body’s word', () => {
  it('reads "The US Justice Department" and "the OU Student Union" as organisations, not as people named "Department" and "Union"', () => {
    const es = actors('The US Justice Department has charged Julian Assange. Jacob Chaffin, spokesperson for the OU Student Union, began the demonstration.');
    expect(es.filter((e) => /Department|Union/.test(e.name)).map((e) => `${e.type} ${e.name}`)).toEqual(['organization US Justice Department', 'organization OU Student Union']);
  });
});

describe('a role whose complement is a person with a courtesy title', () => {
  it('gives "Cian Ferriter, counsel for Mr White," the role counsel', () => {
    const es = actors('In closing arguments, Cian Ferriter, counsel for Mr White, rejected the arguments of the Bar Council.');
    expect(es.filter((e) => e.type === 'person').map((e) => `${e.name}: ${e.role}`)).toEqual(['Cian Ferriter: counsel', 'White: null']);
  });
});

describe('a title "of" one ordinary word', () => {
  it('reads "Vice President of Developer Relations at RIM, Alec Saunders," as a title, no person named "Relations", and keeps "Secretary of State John Kerry"', () => {
    const es = actors('Research In Motion (RIM) held its launch. Vice President of Developer Relations at RIM, Alec Saunders, said the journey had been phenomenal. Secretary of State John Kerry was there.');
    expect(es.filter((e) => e.type === 'person').map((e) => `${e.name}: ${e.role}`)).toEqual(['Alec Saunders: null', 'John Kerry: Secretary of State']);
  });
});

describe('a name spelled by the acronym in brackets after it', () => {
  it('reads "Jamiat Ulama-e-Islam (JUI)" as one organisation with its acronym, and keeps "Alexandria Ocasio-Cortez (AOC)" a person', () => {
    const es = actors('Maulana Fazalur Rehman, the head of Jamiat Ulama-e-Islam (JUI) party, threatened to escalate the protests. The JUI camp grew. Alexandria Ocasio-Cortez (AOC) said she would vote no.');
    expect(es.filter((e) => e.name !== 'AOC').map((e) => `${e.type} ${e.name} [${e.aliases.join(', ')}]`)).toEqual(['person Maulana Fazalur Rehman []', 'organization Jamiat Ulama-e-Islam [JUI]', 'person Alexandria Ocasio-Cortez []']);
  });
});

describe('an appositive naming a kind of body, followed by "for"', () => {
  it('reads "Alarm Phone, an independent support group for people crossing the sea," as an organisation', () => {
    const es = actors('The boat sank off Libya. Alarm Phone, an independent support group for people crossing the sea, said up to 100 people were on board.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['place Libya', 'organization Alarm Phone']);
  });
});

describe('two titles joined by "and" before the body that holds them', () => {
  it('reads "Holger Cordes, President and Chief Executive of Ascom," as a person with that role and Ascom as the employer, no organisation named "President and Chief Executive of Ascom"', () => {
    const es = actors('Holger Cordes, President and Chief Executive of Ascom, said it was a new day.');
    expect(es.map((e) => `${e.type} ${e.name}: ${e.role}`)).toEqual(['person Holger Cordes: President and Chief Executive', 'organization Ascom: null']);
  });
});

describe('a dateline written all in capitals, state included', () => {
  it('reads "CARSON, CALIF— Police said…" as a town, and neither word as an organisation', () => {
    const es = actors('CARSON, CALIF— Police said a man was shot on Sunday.\n\nHe was 23.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['place CARSON']);
  });
});

describe('Irish parties and police', () => {
  it('reads "Sinn Féin", "Fianna Fáil" and "Gardaí" as organisations, and the councillor as a person with his party', () => {
    const es = actors('Sinn Féin councillor Daithí Doolan described the scenes as terrifying. Fianna Fáil leader Micheál Martin called for calm. Gardaí are appealing for witnesses.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['organization Sinn Féin', 'person Daithí Doolan', 'organization Fianna Fáil', 'person Micheál Martin', 'organization Gardaí']);
  });
});

describe('a title held in a known company, with no holder after it', () => {
  it('reads "Chief Operating Officer for Samsung Africa" and "of Samsung Africa" as Samsung, neither an organisation of that name nor a person named "Africa"', () => {
    for (const p of ['for', 'of']) {
      const es = actors(`Jane Doe, Chief Operating Officer ${p} Samsung Africa, said the phone was popular.`);
      expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['person Jane Doe', 'organization Samsung', 'place Africa']);
    }
  });
});

describe('"International" closing a name', () => {
  it('reads "at Haitong International" as an organisation, not a place', () => {
    const es = actors('Jeff Pu, managing director of equities research at Haitong International, says it is not too late.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['person Jeff Pu', 'organization Haitong International']);
  });
});

describe('a Canadian town before its province’s abbreviation', () => {
  it('reads "in Guelph, Ont.," as a Canadian town, the abbreviation as the province, no organisation', () => {
    const es = actors('The teacher, who lives in Guelph, Ont., with his wife, was charged on Monday.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['place Guelph', 'place Ontario']);
  });
});

describe('a first name before "Street" or "St"', () => {
  it('reads "Elizabeth Street" and "George St" as places', () => {
    const es = actors('The council discussed a project planned for Elizabeth Street. A shop on George St closed.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['place Elizabeth Street', 'place George St']);
  });
});

describe('a word glossed in brackets', () => {
  it('reads "to impose Sharia (Islamic law)" as no actor, but keeps "Jane Doe (left) and Tom Hill (right)"', () => {
    expect(actors('They are fighting to impose Sharia (Islamic law) on earth, he said.')).toEqual([]);
    expect(actors('Jane Doe (left) and Tom Hill (right) spoke on Monday.').map((e) => e.name)).toEqual(['Jane Doe', 'Tom Hill']);
  });
});

describe('two first names joined by "and" before a plural verb or a person noun', () => {
  it('reads "Leah and Janice are survivors" as two people, and "Deval Patrick and Bloomberg are moving into the race" as no company', () => {
    const es = actors('Leah and Janice are survivors; Mary and Annette are warriors currently battling the disease.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['person Leah', 'person Janice', 'person Mary', 'person Annette']);
    const race = actors('Michael Bloomberg has generated buzz. Deval Patrick and Bloomberg are moving into the race.');
    expect(race.map((e) => `${e.type} ${e.name}`)).toEqual(['person Michael Bloomberg', 'person Deval Patrick']);
  });
});

describe('a publication told something', () => {
  it('reads a capitalised ordinary word after "told" or a speech verb and "to" as an organisation, and "Us Weekly on Aug. 12" as the magazine only', () => {
    const es = actors('Things were fine, the rep told People. The rep later confirmed the split to People when Miley Cyrus posted a picture. A source told Us Weekly on Aug. 12 that it was over. She told Smith to leave.');
    expect(es.map((e) => `${e.type} ${e.name} ${e.mentions.length}`)).toEqual(['organization People 2', 'person Miley Cyrus 1', 'organization Us Weekly 1']);
  });
});

describe('a possessor in an organisation’s slot', () => {
  it('reads "the spokesman for Aung San Suu Kyi’s National League for Democracy" as a person’s party, not the person as an organisation', () => {
    const text = 'Myanmar wants to speed up Suu Kyi trial\nThe junta is rushing the trial of Aung San Suu Kyi, her party said. "They are trying to finish," Nyan Win, the spokesman for Aung San Suu Kyi\'s National League for Democracy, told reporters.';
    const es = actors(text);
    expect(es.filter((e) => e.type !== 'place').map((e) => `${e.type} ${e.name} ${e.mentions.length}`)).toEqual(['person Aung San Suu Kyi 3', 'person Nyan Win 1', 'organization National League for Democracy 1']);
  });
});

describe('a nationality before a person’s full name', () => {
  it('reads "arrested American John Yettaw" and "Australian Peter Greste was freed" as people, "American Express" and "Afghan Taliban" as organisations', () => {
    const es = actors('Police arrested American John Yettaw after he swam to the house. Australian Peter Greste was freed. American Express said so. The Afghan Taliban said so.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['person John Yettaw', 'person Peter Greste', 'organization American Express', 'organization Afghan Taliban']);
  });
});

describe('"Community" as an organisation’s head word', () => {
  it('reads the Economic Community of West African States (ECOWAS) as an organisation, not a place', () => {
    const es = actors('Observers from the Economic Community of West African States (ECOWAS) said the vote was fair. ECOWAS said so.');
    expect(es.map((e) => `${e.type} ${e.name} ${e.mentions.length}`)).toEqual(['organization Economic Community of West African States 3']);
  });
});

describe('a company’s national arm', () => {
  it('reads "Fairfax NZ" and "Amazon UK" as organisations, though "Fairfax" is a first name too', () => {
    const es = actors('The report was an investigation by the union in conjunction with Fairfax NZ, the publisher of the Manawatu Standard. Amazon UK said deliveries would resume.');
    expect(byName(es, 'Fairfax NZ')?.type).toBe('organization');
    expect(byName(es, 'Amazon UK')?.type).toBe('organization');
  });
});

describe('a one-word source after "according to"', () => {
  it('reads "According to Kotaku" as an organisation, not "according to Abdullah" whose name is a surname', () => {
    expect(byName(actors('According to Kotaku, the service mostly works, though it stutters on Wi-Fi.'), 'Kotaku')?.type).toBe('organization');
    expect(byName(actors('Ahmed Abdullah spoke on Monday. According to Abdullah, the talks failed.'), 'Ahmed Abdullah')?.mentions.length).toBe(2);
  });
});

describe('a jurisdiction no list knows before "State" and a role', () => {
  it('reads "Veracruz State Prosecutor Verónica Hernández Giadáns" and "Ogun State Governor Dapo Abiodun" as people with their titles', () => {
    const es = actors('Veracruz State Prosecutor Verónica Hernández Giadáns said the body was found on a dirt road. Ogun State Governor Dapo Abiodun said the road would be repaired.');
    expect(es.map((e) => `${e.type} ${e.name} (${e.role})`)).toEqual(['person Verónica Hernández Giadáns (Veracruz State Prosecutor)', 'person Dapo Abiodun (Ogun State Governor)']);
  });
});

describe('a newspaper named with a weekday', () => {
  it('reads "the Fijian newspaper Sunday Post" and "The Sunday Times" as organisations, not dates', () => {
    const es = actors('According to the Fijian newspaper Sunday Post, sources said the talks had failed on Friday. The Sunday Times reported that the deal was off. The Sunday Post stood by its report.');
    expect(es.filter((e) => e.type === 'organization').map((e) => `${e.name} ${e.mentions.length}`)).toEqual(['Sunday Post 2', 'Sunday Times 1']);
  });
});

describe('a body named with its members’ plural and an apostrophe', () => {
  it('reads "the National Farmers\' Union" and "the New Zealand Taxpayers’ Union" as one organisation, not "the Court of Appeals’ Board"', () => {
    const es = actors("The National Farmers' Union said prices fell. The New Zealand Taxpayers’ Union said rates were high. The D.C. Court of Appeals’ Board on Professional Responsibility met.");
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(["organization National Farmers' Union", 'organization New Zealand Taxpayers’ Union', 'organization D.C. Court of Appeals', 'organization Board on Professional Responsibility']);
  });
});

describe('The Hague', () => {
  it('reads "the tribunal in The Hague" and "cooperate with The Hague" as the city, no organisation', () => {
    const es = actors('Officials have checked with the tribunal in The Hague. Serbia must cooperate with The Hague, he said.');
    expect(es.map((e) => `${e.type} ${e.name} ${e.mentions.length}`)).toEqual(['place Hague 2', 'place Serbia 1']);
  });

  it('keeps "in The Hague" a place beside William Hague, and "Molly-Mae Hague" a person', () => {
    const es = actors('Foreign Secretary William Hague said the talks failed. Hague added that he was sad. The court in The Hague ruled.');
    expect(es.map((e) => `${e.type} ${e.name} ${e.mentions.length}`)).toEqual(['person William Hague 2', 'place Hague 1']);
    const hyphenated = actors('The star Molly-Mae Hague said she was fine. Jean-Paul Paris agreed.');
    expect(byName(hyphenated, 'Molly-Mae Hague')?.type).toBe('person');
    expect(byName(hyphenated, 'Jean-Paul Paris')?.type).toBe('person');
  });
});

describe('an organisation’s name through a list of portfolios', () => {
  it('reads "the Ministry of Trade, Industry and Energy" and "the Bureau of Alcohol, Tobacco, Firearms and Explosives" (ATF) as one organisation each', () => {
    const es = actors('The Ministry of Trade, Industry and Energy said exports rose. Agents from the Bureau of Alcohol, Tobacco, Firearms and Explosives arrived. The ATF said the gun was stolen.');
    expect(es.map((e) => `${e.type} ${e.name} ${e.mentions.length}`)).toEqual(['organization Ministry of Trade, Industry and Energy 1', 'organization Bureau of Alcohol, Tobacco, Firearms and Explosives 2']);
  });
});

describe('"Coun" before a councillor’s name', () => {
  it('reads "Coun Rachel Reid" as Rachel Reid, a councillor', () => {
    const es = actors('Coun Rachel Reid said the plans were fine. Reid later resigned.');
    expect(es.map((e) => `${e.type} ${e.name} ${e.role} ${e.mentions.length}`)).toEqual(['person Rachel Reid Councillor 2']);
  });
});

describe('"Utd" in a club’s name', () => {
  it('reads "Dundee Utd" as a club, no person', () => {
    const es = actors('Kilmarnock drew with Dundee Utd on Saturday, Gary Locke said.');
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(['organization Dundee Utd', 'person Gary Locke']);
  });
});

describe('a surname’s ending', () => {
  it('reads "Bakiyev’s offices" and "Saakashvili" as people by the ending of their names, not "Maglev" or "Himalayan"', () => {
    const es = actors('Protesters surrounded Bakiyev’s offices in the capital. Later, Saakashvili’s allies gathered. The Maglev line opened. Himalayan glaciers are melting.');
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Bakiyev', 'Saakashvili']);
  });
});

describe('a title after "as" in the sentence a person opens', () => {
  it('gives "Anthony Albanese had a tough first question time as Prime Minister" the role, not "serving as the President’s physician"', () => {
    const es = actors('Anthony Albanese had a tough first question time as Prime Minister on Wednesday. Ronny Jackson, who was then serving as the President’s physician, said so.');
    expect(es.map((e) => `${e.name}: ${e.role}`)).toEqual(['Anthony Albanese: Prime Minister', 'Ronny Jackson: null']);
  });
});
