/**
 * English word forms both analysis stages read: kept in one place so the actor rules and the claim rules agree on
 * what a past tense looks like.
 */

/**
 * Irregular past tenses common in news ("took", "stood"): a capitalised word before one is a subject, and a clause after
 * an inverted verb has its own verb. ("said" is not in it: the claim rules read it as a reporting verb, and taking it for
 * a plain past tense there cut claims short.)
 */
export const IRREGULAR_PAST = new Set(
  'stood went took made gave came saw knew thought told got left felt kept held brought began ran won lost met paid sent spent built fell rose grew led sat found heard meant became broke chose drove flew hid spoke stole threw wore wrote fought sought taught bought caught sold understood laid put set drew struck'.split(' '),
);
