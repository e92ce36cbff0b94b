import type { ScanDefinition } from '../../src/features/self-scan/scoring.ts';

/** A small self-scan for unit tests: two dimensions on a five-point scale, as in the real scan. */
export const definition: ScanDefinition = {
  dimensions: [
    { id: 'samenwerking', statements: ['a1', 'a2', 'a3', 'a4'] },
    { id: 'borgen', statements: ['b1', 'b2'] },
  ],
  points: 5,
  bands: { middleFrom: 40, highFrom: 70 },
};
