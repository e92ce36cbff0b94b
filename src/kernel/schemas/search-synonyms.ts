import { z } from 'astro/zod';

/**
 * content/search/synonyms.yaml: per language, a word readers type -> the words the site
 * uses for it (`avg: [privacy]`). Search adds the site's words to a query that has the
 * reader's word (src/features/search/query-plan.ts). Only mappings true for this site's text.
 */
const READER_WORD = /^[\p{Ll}\p{N}]+$/u;

const siteWords = z
  .array(
    z.string().trim().min(1, { message: 'a word or words the site uses' }).max(60, { message: 'a word or a short phrase' }),
    { message: 'a list of the site\'s words, like [privacy]' },
  )
  .min(1, { message: 'at least one of the site\'s words, like [privacy]' })
  .max(5, { message: 'at most 5 words: each is searched with the reader\'s word' });

// The key is checked here rather than by z.record, whose own message for a key is only "Invalid key in record".
const language = z
  .record(z.string(), siteWords)
  .superRefine((words, context) => {
    for (const word of Object.keys(words)) {
      if (!READER_WORD.test(word)) context.addIssue({ code: 'custom', path: [word], message: `the reader's word as one word in lower case, without spaces or punctuation: "${word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')}"` });
    }
  })
  .default({});

export const searchSynonymsSchema = z.strictObject({ nl: language, en: language });

export type SearchSynonyms = z.infer<typeof searchSynonymsSchema>;
