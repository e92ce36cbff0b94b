/**
 * npm run new: writes a new entry in both languages, correctly shaped, for a contributor
 * to fill in. Asks for what it needs (in the contributor's language, scripts/language.ts), or
 * takes flags:
 *   npm run new -- --kind community --title "Naam" [--title-en "Name"] [--slug naam] [--slug-en name] [--lang nl|en]
 * The files pass validation apart from the content still to write (summary, sources, ...);
 * `npm run validate` then lists exactly what is left. The English file gets its own address
 * (`slug`, from the English title) when an English title is given; without one, validation
 * asks for it once the title is translated.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { ENTRY_SLUG_MAX, isSlug, slugify, translationSlug } from '../src/kernel/content/slug.ts';
import { contributorTexts } from '../src/kernel/i18n/contributor/messages.ts';
import { commandLanguage } from './language.ts';
import { entryTemplates, type EntryKind } from './new-content/templates.ts';

const { values } = parseArgs({
  options: {
    kind: { type: 'string' },
    title: { type: 'string' },
    'title-en': { type: 'string' },
    slug: { type: 'string' },
    'slug-en': { type: 'string' },
    root: { type: 'string', default: process.cwd() },
    lang: { type: 'string' },
  },
  strict: true,
});
const t = contributorTexts(commandLanguage(values.lang));

const kinds = Object.keys(entryTemplates) as EntryKind[];

function fail(message: string): never {
  console.error(`${message}\n${t('new.usage', { kinds: kinds.join('|') })}`);
  process.exit(1);
}

async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY) fail(t('new.no-terminal', { question }));
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(`${question} `);
  prompt.close();
  return answer.trim();
}

const kind = (values.kind ?? (await ask(t('new.ask-kind', { kinds: kinds.join(', ') })))) as EntryKind;
if (!kinds.includes(kind)) fail(t('new.unknown-kind', { kind, kinds: kinds.join(', ') }));
const template = entryTemplates[kind];
const title = values.title ?? (await ask(t('new.ask-title')));
if (!title) fail(t('new.title-needed'));
const translatedTitle = values['title-en'] ?? (values.title ? undefined : (await ask(t('new.ask-title-en'))) || undefined);
const titleEn = translatedTitle ?? title;
let slug = values.slug ?? slugify(title);
if (!isSlug(slug)) fail(t('new.bad-slug', { slug }));
// The English address, written once: it stays when the title is edited later.
const slugEn = values['slug-en'] ?? (translatedTitle === undefined ? undefined : translationSlug(translatedTitle, title, slug));
if (slugEn !== undefined && (!isSlug(slugEn) || slugEn.length > ENTRY_SLUG_MAX))
  fail(t('new.bad-slug-en', { slug: slugEn, max: ENTRY_SLUG_MAX }));

const root = values.root ?? process.cwd();
const directory = join(root, 'content', template.directory);
let order: number | undefined;
if (kind === 'chapter') {
  const existing = existsSync(join(directory, 'nl')) ? readdirSync(join(directory, 'nl')) : [];
  order = Math.max(0, ...existing.map((name) => Number.parseInt(name, 10)).filter(Number.isFinite)) + 1;
  slug = `${String(order).padStart(2, '0')}-${slug}`;
}

const today = new Date().toISOString().slice(0, 10);
const written: string[] = [];
for (const lang of ['nl', 'en'] as const) {
  const file = join(directory, lang, `${slug}.mdx`);
  if (existsSync(file)) fail(t('new.exists', { file }));
}
for (const lang of ['nl', 'en'] as const) {
  const file = join(directory, lang, `${slug}.mdx`);
  mkdirSync(join(directory, lang), { recursive: true });
  writeFileSync(
    file,
    template.render({
      lang,
      title: lang === 'nl' ? title : titleEn,
      slug: lang === 'en' ? slugEn : undefined,
      updated: today,
      ...(order ? { order } : {}),
    }),
  );
  written.push(`content/${template.directory}/${lang}/${slug}.mdx`);
}

console.log(`${t('new.written')}\n  ${written.join('\n  ')}\n`);
console.log(t('new.next', { next: t(template.next) }));
if (slugEn === undefined) console.log(t('new.slug-later'));
console.log(t('new.then-validate'));
