/**
 * npm run new: writes a new entry in both languages, correctly shaped, for a contributor
 * to fill in. Asks for what it needs, or takes flags:
 *   npm run new -- --kind community --title "Naam" [--title-en "Name"] [--slug naam] [--slug-en name]
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
import { entryTemplates, type EntryKind } from './new-content/templates.ts';

const kinds = Object.keys(entryTemplates) as EntryKind[];
const usage = `Usage: npm run new -- --kind <${kinds.join('|')}> --title "Dutch title" [--title-en "English title"] [--slug file-name] [--slug-en english-address]`;

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    kind: { type: 'string' },
    title: { type: 'string' },
    'title-en': { type: 'string' },
    slug: { type: 'string' },
    'slug-en': { type: 'string' },
    root: { type: 'string', default: process.cwd() },
  },
  strict: true,
});

async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY) fail(`Missing information and no terminal to ask it in: ${question}`);
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(`${question} `);
  prompt.close();
  return answer.trim();
}

const kind = (values.kind ?? (await ask(`What do you want to add? (${kinds.join(', ')})`))) as EntryKind;
if (!kinds.includes(kind)) fail(`"${kind}" is not a kind of entry. Choose one of: ${kinds.join(', ')}.`);
const template = entryTemplates[kind];
const title = values.title ?? (await ask('Title in Dutch:'));
if (!title) fail('A title is needed.');
const translatedTitle = values['title-en'] ?? (values.title ? undefined : (await ask('Title in English (Enter to translate later):')) || undefined);
const titleEn = translatedTitle ?? title;
let slug = values.slug ?? slugify(title);
if (!isSlug(slug)) fail(`"${slug}" cannot be a file name: use lower-case letters, digits and hyphens.`);
// The English address, written once: it stays when the title is edited later.
const slugEn = values['slug-en'] ?? (translatedTitle === undefined ? undefined : translationSlug(translatedTitle, title, slug));
if (slugEn !== undefined && (!isSlug(slugEn) || slugEn.length > ENTRY_SLUG_MAX)) fail(`"${slugEn}" cannot be an English address: use at most ${ENTRY_SLUG_MAX} lower-case letters, digits and hyphens.`);

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
  if (existsSync(file)) fail(`${file} already exists. Choose another --slug, or edit that file.`);
}
for (const lang of ['nl', 'en'] as const) {
  const file = join(directory, lang, `${slug}.mdx`);
  mkdirSync(join(directory, lang), { recursive: true });
  writeFileSync(file, template.render({ lang, title: lang === 'nl' ? title : titleEn, slug: lang === 'en' ? slugEn : undefined, updated: today, ...(order ? { order } : {}) }));
  written.push(`content/${template.directory}/${lang}/${slug}.mdx`);
}

console.log(`Written:\n  ${written.join('\n  ')}\n`);
console.log(`Next: ${template.next}`);
if (slugEn === undefined) console.log('The English file gets its own address once its title is translated: `npm run validate` then asks for the line "slug: ...".');
console.log('Then run `npm run validate`: it lists what is still missing, with the line to fill in.');
