import type { ActionScanMessages } from './messages.ts';
import type { Locale } from '../../kernel/i18n/locales.ts';
import type { ScanDefinition } from './scoring.ts';

/** What the self-scan page hands its script, as JSON in the page: structure and words, no logic. */
export interface ActionScanConfig {
  lang: Locale;
  /** The page language's BCP 47 tag for dates (the locale table's `tag`: `nl-NL`, `en-GB`). */
  dateLocale: string;
  definition: ScanDefinition;
  /** Each dimension's title, by id, in the page's language. */
  titles: Record<string, string>;
  dontKnow: string;
  messages: ActionScanMessages;
}

/** Where the page puts the JSON, and where the script looks for it. */
export const CONFIG_ATTRIBUTE = 'data-action-scan-config';

/** JSON that is safe inside a <script> element: no `</script>` can end it early. */
export function configJson(config: ActionScanConfig): string {
  return JSON.stringify(config).replaceAll('<', '\\u003c');
}
