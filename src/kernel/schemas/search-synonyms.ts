import { z } from 'astro/zod';
import { phrase } from '../i18n/contributor/messages.ts';
import { expects, issueExpecting } from './expectation.ts';

/**
 * content/search/synonyms.yaml: per language, a word readers type -> the words the site
 * uses for it (`avg: [privacy]`). Search adds the site's words to a query that has the
 * reader's word (src/features/search/query-plan.ts). Only mappings true for this site's text.
 */
const READER_WORD = /^[\p{Ll}\p{N}]+$/u;

const siteWords = z
  .array(z.string().trim().min(1, expects('expect.synonym-word')).max(60, expects('expect.synonym-short')), expects('expect.synonym-list'))
  .min(1, expects('expect.synonym-list-min'))
  .max(5, expects('expect.synonym-list-max', { max: 5 }));

// The key is checked here rather than by z.record, whose own message for a key is only "Invalid key in record".
const language = z
  .record(z.string(), siteWords)
  .superRefine((words, context) => {
    for (const word of Object.keys(words)) {
      if (!READER_WORD.test(word))
        context.addIssue({
          code: 'custom',
          path: [word],
          ...issueExpecting(phrase('expect.synonym-key', { suggestion: word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') })),
        });
    }
  })
  .default({});

export const searchSynonymsSchema = z.strictObject({ nl: language, en: language });

export type SearchSynonyms = z.infer<typeof searchSynonymsSchema>;
