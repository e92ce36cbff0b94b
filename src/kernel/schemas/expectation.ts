import { contributorLanguage } from '../i18n/contributor/language.ts';
import { say, type Phrase, type PhraseKey, type PhraseValues } from '../i18n/contributor/messages.ts';

/**
 * What a field expects, in the contributor's words, as zod's `error` option:
 * `z.string().max(200, expects('expect.summary-max', { max: 200 }))`.
 *
 * Zod asks for the text when a check fails. The text returned is what Astro shows when it
 * meets the error itself (`astro dev`), in the contributor's language; the phrase is kept on
 * the issue, as `params.expected`, for the validator, which prints it in any language.
 */
export function expects<Key extends PhraseKey>(
  key: Key,
  ...values: keyof PhraseValues<Key> extends never ? [] : [PhraseValues<Key>]
): { error: (issue: object) => string } {
  const expected: Phrase = { phrase: key, values: values[0] ?? {} };
  return {
    error: (issue) => {
      const raw = issue as { params?: Record<string, unknown> };
      raw.params = { ...raw.params, expected };
      return say(expected, contributorLanguage());
    },
  };
}

/** The same for an issue a refinement adds itself, with how to fix it: `context.addIssue({ code: 'custom', path, ...issueExpecting(...) })`. */
export function issueExpecting(expected: Phrase, fix?: Phrase): { message: string; params: { expected: Phrase; fix?: Phrase } } {
  return { message: say(expected, contributorLanguage()), params: { expected, ...(fix ? { fix } : {}) } };
}

function isPhrase(value: unknown): value is Phrase {
  return typeof value === 'object' && value !== null && 'phrase' in value && 'values' in value;
}

/** What a schema said a field expects, and how to fix it, when it said so (see expects()). */
export function expectationOf(issue: { params?: Record<string, unknown> | undefined }): { expected?: Phrase; fix?: Phrase } {
  const expected = issue.params?.['expected'];
  const fix = issue.params?.['fix'];
  return { ...(isPhrase(expected) ? { expected } : {}), ...(isPhrase(fix) ? { fix } : {}) };
}
