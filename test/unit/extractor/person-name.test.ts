// Person-name shape check used on heading speaker parts.
import { describe, expect, it } from 'vitest';
import { isGivenName, isPersonName, nameStrength } from '../../../extractor/passes/02-person-name.ts';

describe('nameStrength', () => {
  const people: string[] = ['Dan Kohn', 'Zihao Yu', 'Illya Chekrygin', 'Tomasz Wiśniewski', "Karen O'Neil", 'Ludwig van Beethoven', 'J. R. Smith', 'Craig McLuckie', 'Mary-Jane Watson', 'JT Perry', 'TJ Holowaychuk',
    // A programme's family name in capitals; two or three capitals after a known first name.
    'Ivo BREVIK', 'Hiroto ZORBAKI', 'Greg QX',
    // Particles inside a name, capitalised too.
    'Ann Van Der Berg', 'Ann De Souza',
    // ... or in lowercase, glued to the family name.
    'Ivo deZorbis', 'Ann vanPlonk',
    // Given names that are everyday words too, before a surname.
    'Bill Brevik', 'Gene Kim', 'Dawn Zorbel', 'Max Quuxberg', 'Robin Zorbman', 'Holly Brevik', 'Christian Zorbell',
    // ... and before a particle and a surname.
    'Frank van Zorbelen',
    // A middle initial without its period after a known first name ("A" is no article there).
    'Gregory A Zorbel',
    // Hyphenated surnames whose last part is an everyday word, after a known first name.
    'Jacob Zorbel-Moss', 'Ann Plonk-Hill',
    // Given names with an adverb's ending.
    'Kimberly Zorbel', 'Beverly Plonk'];
  it.each(people)('%s is a name', (name) => expect(isPersonName(name, false)).toBe(true));

  const weak: string[] = ['Bich Le'];
  it.each(weak)('%s is a name only with supporting context', (name) => {
    expect(nameStrength(name)).toBe('weak');
    expect(isPersonName(name, true)).toBe(true);
  });

  const notPeople: string[] = ['Ray Tracing', 'Christian Values', 'Rich Text', 'Robin Hood', 'Olive Oil', 'Ruby Conf', 'Max Memory', 'Docker CLI', 'Bob SQL', 'Plonkment CSS', 'ZorbKhan Parrot GIF', 'Plonk HTTP', 'Project Update', 'Product Manager', 'The Hard Way', 'GM', 'IBM Research', 'Google', 'Cloud Native Computing Foundation', 'Final Thoughts', 'Morning Keynotes', 'Senior Engineer', 'kubernetes operators', 'Red Hat', 'CI Pipeline', 'AI Platform', 'QA Team', 'San Francisco', 'Los Angeles', 'Scaling Prometheus', 'Building Operators', 'Kubernetes Basics', 'Apache Kafka', 'Effective Performance Testing',
    // Everyday English words the small NLP lexicon lacks, no first name among them: a title's words.
    'Distributed Consensus', 'Business Agility',
    // An adjective of everyday English before a word no lexicon knows: a topic's words.
    'Traditional Zorbops', 'Decentralised Plonkops',
    // A compound ending in an everyday word, before everyday words: a title's words.
    'Zorbvisor-Based Container Runtime',
    // ... and a capital "A" between words that no first name opens: the article.
    'Zorbing A Plonk', 'Kubernetes A Lot',
    // A sentence adverb read into a name's capitals.
    'Additionally Ann Lee', 'Interestingly Ivo Brevik',
    // A contraction: a sentence's word.
    'Implementation Isn’t Trivial', "Zorbing Isn't Plonk", "We're Hiring Zorbers", "They've Plonked",
    // A verb of presenting, capitalised after a name, ends it.
    'Maria Gonzalez Talked', 'Ivo Brevik Described'];
  it.each(notPeople)('%s is not a name', (phrase) => expect(isPersonName(phrase, false)).toBe(false));
});

describe('isGivenName', () => {
  // The lexicon spells first names plainly; an accented or Nordic spelling is the same name.
  it.each(['Hélène', 'Chloé', 'Zoë', 'Renée', 'Søren', 'Inês', 'Helene'])('%s opens with a given name', (name) => expect(isGivenName(name)).toBe(true));
  // (Folding accents makes no everyday word a name.)
  it.each(['Café', 'Résumé', 'Naïve'])('%s is no given name', (name) => expect(isGivenName(name)).toBe(false));
});
