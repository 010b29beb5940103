import { describe, expect, it } from 'vitest';
import { callFigures } from './call-figures.ts';
import { figureDefinitions } from './definitions.ts';

describe('figure definitions (shown beside each figure)', () => {
  it('every figure of the report, and occupancy, has one definition', () => {
    const figures = Object.keys(
      callFigures([], () => ({ slSeconds: 20, slAbandoned: 'negative', shortAbandonSeconds: 5 })),
    );
    expect(figureDefinitions.map((d) => d.key).sort()).toEqual([...figures, 'occupancy'].sort());
  });

  it.each(figureDefinitions.map((d) => [d.key, d] as const))('%s reads in Arabic and in English', (_key, d) => {
    for (const text of [d.nameAr, d.ar]) expect(text).toMatch(/[\u0600-\u06FF]/);
    for (const text of [d.nameEn, d.en]) expect(text).toMatch(/^[\x20-\x7E’Σ÷−%]+$/u);
  });
});
