import { z } from 'astro/zod';
import { bilingualSchema, bilingualText, idSchema } from './common.ts';

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
  value: z.number({ message: 'a whole number from 1 to 9, like 3' }).int().min(1).max(SCALE_MAX_POINTS),
  label: bilingualText(40),
});

export const actionScanSchema = z.object({
  /** The answer options, lowest first. */
  scale: z
    .array(scalePointSchema)
    .min(2, { message: 'at least two answer options' })
    .max(SCALE_MAX_POINTS, { message: `at most ${SCALE_MAX_POINTS} answer options` })
    .superRefine((points, context) => {
      points.forEach((point, index) => {
        if (point.value !== index + 1) {
          context.addIssue({
            code: 'custom',
            path: [index, 'value'],
            message: `values counting up by one from 1, lowest first (1, 2, 3, ...)`,
            params: { fix: `Give this option the value ${index + 1}, or put the options in order from lowest to highest.` },
          });
        }
      });
    }),
  /** The label of the "don't know" option, which counts as not answered. */
  dontKnow: bilingualText(40),
  /** Scores run from 0 to 100; these are where the middle and the high band begin. */
  bands: z
    .strictObject({
      middleFrom: z.number({ message: 'a whole number from 1 to 99, like 40' }).int().min(1).max(99),
      highFrom: z.number({ message: 'a whole number from 2 to 100, like 70' }).int().min(2).max(100),
    })
    .refine((bands) => bands.middleFrom < bands.highFrom, {
      path: ['highFrom'],
      message: 'a number above middleFrom: the high band starts after the middle band',
      params: { fix: 'Make highFrom larger than middleFrom, for example middleFrom: 40 and highFrom: 70.' },
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
      .regex(/^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*$/u, { message: 'a section id as in the chapter\'s address after #, like "vijf-bouwstenen"' })
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
        message: 'exactly one of chapter, guide or glossary in each link, like "- chapter: 02-opzetten"',
        params: {
          fix: given.length === 0
            ? 'Name what the link leads to: "chapter: <file name>", "guide: <file name>" or "glossary: <file name>".'
            : `Split this link into ${given.length} links, one per line starting with "- ", each naming one of ${given.join(', ')}.`,
        },
      });
    }
    if (link.section !== undefined && link.chapter === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['section'],
        message: 'a section only in a link that names a chapter',
        params: { fix: 'Add "chapter: <file name>" to this link, or remove the section.' },
      });
    }
  });

export type AdviceLink = z.infer<typeof adviceLinkSchema>;

const adviceSchema = z.strictObject({
  text: bilingualText(700),
  read: z.array(adviceLinkSchema).min(1, { message: 'at least one link to read on, like "- chapter: 02-opzetten"' }),
});

const statementSchema = z.strictObject({
  /** Stable: saved answers, files and share links refer to statements by this id. */
  id: idSchema,
  text: bilingualText(200),
});

/** One dimension of the scan: content/action-scan/dimensions/<id>.yaml */
export const actionScanDimensionSchema = z.object({
  order: z.number({ message: 'a whole number giving the dimension its place in the scan, like 1' }).int().min(1).max(99),
  title: bilingualText(60),
  intro: bilingualText(300),
  /** What the dimension builds on, so a reader can see where the statements come from. */
  basis: bilingualSchema,
  statements: z.array(statementSchema).min(1, { message: 'at least one statement' }).max(12, { message: 'at most 12 statements' }),
  advice: z.strictObject({ low: adviceSchema, middle: adviceSchema, high: adviceSchema }),
});

export type ActionScanDimension = z.infer<typeof actionScanDimensionSchema>;
