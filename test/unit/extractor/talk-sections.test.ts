// Headings that are only a slot of the programme: a kind of session with its number or time, and no title of its own.
import { describe, expect, it } from 'vitest';
import { slotOnlyHeading } from '../../../extractor/passes/02-talk-sections.ts';

describe('slotOnlyHeading', () => {
  it.each(['Session 2. 11am', 'Session 4. 13:30', 'Session 5 14.30', 'Talk 3 - 2 pm', 'Keynote 1'])('"%s" is a slot alone', (heading) => expect(slotOnlyHeading(heading)).toBe(true));
  it.each(['Session', 'Session 2: Zorb at Scale', 'Keynote: Plonk for Everyone', '11am', 'Zorb 2019', 'Lunch 12:30'])('"%s" is not', (heading) => expect(slotOnlyHeading(heading)).toBe(false));
});
