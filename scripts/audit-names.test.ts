import { describe, expect, it } from 'vitest';
import type { Entity } from '../src/core/types.ts';
import { flaggedName } from './audit-names.ts';

const actor = (name: string, type: Entity['type']): Entity => ({ id: 'e1', name, type, aliases: [], role: null, affiliation: null, mentions: [], salience: 0.5 });

describe('flaggedName', () => {
  it('flags names that are no one’s: a headline as a person, a person inside an organisation', () => {
    expect(flaggedName(actor('Paul Ryan Joins Growing List of Conservatives', 'person'))).not.toBeNull();
    expect(flaggedName(actor('Universe Alicia Machado', 'person'))).not.toBeNull();
    expect(flaggedName(actor('Clinton Communication Director Jennifer Palmieri', 'organization'))).not.toBeNull();
  });

  it('passes real names, with initials, surnames that are words, and organisations', () => {
    for (const [name, type] of [['Donald J. Trump', 'person'], ['Hillary Clinton', 'person'], ['Bill de Blasio', 'person'], ['Bank of America', 'organization'], ['Fort Worth', 'place']] as const) expect(flaggedName(actor(name, type)), name).toBeNull();
  });
});
