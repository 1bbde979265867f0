import { describe, expect, it } from 'vitest';
import { isPlace } from '../../../extractor/entities/name-lexicon.ts';

describe('isPlace', () => {
  // A place whose first word is abbreviated is looked up written out ("st louis" as "saint louis").
  it.each(['saint louis', 'st louis', 'st. louis', 'ft worth', 'portland'])('%s is a place', (lower) => expect(isPlace(lower)).toBe(true));
  // The abbreviation alone, or before a word that names no place, is none.
  it.each(['st zorbington', 'ft plonk', 'ann lee'])('%s is no place', (lower) => expect(isPlace(lower)).toBe(false));
});
