import { z } from 'astro/zod';
import { phrase } from '../i18n/contributor/messages.ts';
import { bilingualSchema, bilingualText, idSchema } from './common.ts';
import { expects, issueExpecting } from './expectation.ts';

/**
 * The self-scan, as data: content/action-scan/scan.yaml holds the answer scale and where
 * the score bands start; content/action-scan/dimensions/<id>.yaml holds one dimension
 * each, with its statements and its advice for a low, middle and high score.
 */

export const scoreBands = ['low', 'middle', 'high'] as const;
export type ScoreBand = (typeof scoreBands)[number];

/** Share links write one character per answer, so a scale value is one digit. */
const SCALE_MAX_POINTS = 9;

const scalePointSchema = z.strictObject({
  value: z
    .number(expects('expect.scale-value', { max: SCALE_MAX_POINTS }))
    .int()
    .min(1)
    .max(SCALE_MAX_POINTS),
  label: bilingualText(40),
});

export const actionScanSchema = z.object({
  /** The answer options, lowest first. */
  scale: z
    .array(scalePointSchema)
    .min(2, expects('expect.scale-min'))
    .max(SCALE_MAX_POINTS, expects('expect.scale-max', { max: SCALE_MAX_POINTS }))
    .superRefine((points, context) => {
      points.forEach((point, index) => {
        if (point.value !== index + 1) {
          context.addIssue({
            code: 'custom',
            path: [index, 'value'],
            ...issueExpecting(phrase('expect.scale-order'), phrase('fix.scale-order', { value: index + 1 })),
          });
        }
      });
    }),
  /** The label of the "don't know" option, which counts as not answered. */
  dontKnow: bilingualText(40),
  /** Scores run from 0 to 100; these are where the middle and the high band begin. */
  bands: z
    .strictObject({
      middleFrom: z.number(expects('expect.middle-from')).int().min(1).max(99),
      highFrom: z.number(expects('expect.high-from')).int().min(2).max(100),
    })
    .refine((bands) => bands.middleFrom < bands.highFrom, {
      path: ['highFrom'],
      ...expects('expect.bands'),
      params: { fix: phrase('fix.bands') },
    }),
});

export type ActionScanSettings = z.infer<typeof actionScanSchema>;

const linkTargets = ['chapter', 'guide', 'glossary'] as const;

/** One link in a piece of advice: a chapter (optionally one of its sections), a guide or a glossary term. */
export const adviceLinkSchema = z
  .strictObject({
    chapter: idSchema.optional(),
    /** A section heading's id in the chapter, as in its address: `vijf-bouwstenen`. */
    section: z
      .string()
      .regex(/^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*$/u, expects('expect.section-id'))
      .optional(),
    guide: idSchema.optional(),
    glossary: idSchema.optional(),
  })
  .superRefine((link, context) => {
    const given = linkTargets.filter((target) => link[target] !== undefined);
    if (given.length !== 1) {
      context.addIssue({
        code: 'custom',
        path: [],
        ...issueExpecting(
          phrase('expect.link-target'),
          given.length === 0
            ? phrase('fix.link-target-none')
            : phrase('fix.link-target-split', { count: given.length, targets: given.join(', ') }),
        ),
      });
    }
    if (link.section !== undefined && link.chapter === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['section'],
        ...issueExpecting(phrase('expect.section-needs-chapter'), phrase('fix.section-needs-chapter')),
      });
    }
  });

export type AdviceLink = z.infer<typeof adviceLinkSchema>;

const adviceSchema = z.strictObject({
  text: bilingualText(700),
  read: z.array(adviceLinkSchema).min(1, expects('expect.read')),
});

const statementSchema = z.strictObject({
  /** Stable: saved answers, files and share links refer to statements by this id. */
  id: idSchema,
  text: bilingualText(200),
});

/** One dimension of the scan: content/action-scan/dimensions/<id>.yaml */
export const actionScanDimensionSchema = z.object({
  order: z.number(expects('expect.dimension-order')).int().min(1).max(99),
  title: bilingualText(60),
  intro: bilingualText(300),
  /** What the dimension builds on, so a reader can see where the statements come from. */
  basis: bilingualSchema,
  statements: z
    .array(statementSchema)
    .min(1, expects('expect.statements-min'))
    .max(12, expects('expect.statements-max', { max: 12 })),
  advice: z.strictObject({ low: adviceSchema, middle: adviceSchema, high: adviceSchema }),
});

export type ActionScanDimension = z.infer<typeof actionScanDimensionSchema>;
