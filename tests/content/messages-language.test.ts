import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatSpellingProblem } from '../../scripts/spelling/spelling.ts';
import { validateContent } from '../../scripts/validation/validate.ts';
import contentGuard from '../../src/kernel/content-safety/content-guard.ts';
import { titleSchema } from '../../src/kernel/schemas/common.ts';
import { copyContent, lineOf } from './helpers.ts';

/**
 * The content checks speak Dutch or English, as the contributor chooses (--lang, else
 * KENNISBANK_LANG, else the system's locale, else Dutch). Each case breaks the content and
 * reads one message in each language.
 */
let copy: ReturnType<typeof copyContent> | undefined;
let empty: string | undefined;
afterEach(() => {
  copy?.remove();
  if (empty) rmSync(empty, { recursive: true, force: true });
});

const EVOLVA = 'content/communities/nl/evolva.mdx';

/** No language setting at all, as on Windows; a test adds the one it is about. */
const NO_LANGUAGE = { KENNISBANK_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: '', GITHUB_ACTIONS: '' };

function validateCli(root: string, args: string[], environment: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/validate-content.ts', root, ...args], { encoding: 'utf8', env: { ...process.env, ...NO_LANGUAGE, ...environment } });
  return { status: result.status, stdout: result.stdout, output: `${result.stdout}${result.stderr}` };
}

/** What `action` returns in a process whose KENNISBANK_LANG is `lang`. */
function inLanguage<Result>(lang: string, action: () => Result): Result {
  const before = process.env['KENNISBANK_LANG'];
  process.env['KENNISBANK_LANG'] = lang;
  try {
    return action();
  } finally {
    process.env['KENNISBANK_LANG'] = before;
  }
}

/** A copy of the content with an unknown province in one profile. */
function unknownProvince() {
  copy = copyContent();
  copy.edit(EVOLVA, (text) => text.replace(/^provinces: .*/m, 'provinces: [limburgg]'));
  return { root: copy.root, line: lineOf(copy.read(EVOLVA), /^provinces:/) };
}

describe('npm run validate in Dutch and in English', () => {
  it('--lang nl explains the problem in Dutch, --lang en in English', () => {
    const { root, line } = unknownProvince();
    const dutch = validateCli(root, ['--lang', 'nl']);
    expect(dutch.status).toBe(1);
    expect(dutch.output).toContain('1 probleem gevonden in de inhoud');
    expect(dutch.output).toContain(`${EVOLVA}:${line}:13  veld "provinces[0]"  [reference.unknown]`);
    expect(dutch.output).toContain('  Verwacht:  een id die bestaat in content/taxonomy/provinces.yaml: drenthe, ');
    expect(dutch.output).toContain('  Gevonden:  "limburgg"');
    expect(dutch.output).toContain('  Oplossing: Bedoel je "limburg"? Gebruik een id die bestaat, of voeg "limburgg" toe aan content/taxonomy/provinces.yaml, met een Nederlands en een Engels label.');
    expect(dutch.output).toContain('Er is niets gebouwd.');
    expect(dutch.output).not.toContain('Did you mean');

    const english = validateCli(root, ['--lang=en'], { LANG: 'nl_NL.UTF-8' });
    expect(english.status).toBe(1);
    expect(english.output).toContain('Found 1 problem in the content');
    expect(english.output).toContain(`${EVOLVA}:${line}:13  field "provinces[0]"  [reference.unknown]`);
    expect(english.output).toContain('  Fix:      Did you mean "limburg"? Use an id that exists, or add "limburgg" to content/taxonomy/provinces.yaml with a Dutch and an English label.');
    expect(english.output).not.toContain('Bedoel je');
  });

  it('without --lang: KENNISBANK_LANG, else the locale (nl_* Dutch, another language English), else Dutch', () => {
    // An empty folder: every file the site needs is missing, and quickly said so.
    empty = mkdtempSync(join(tmpdir(), 'kennisbank-empty-'));
    const said = (environment: Record<string, string>) => {
      const { status, output } = validateCli(empty ?? '', [], environment);
      expect(status).toBe(1);
      return output.includes('\n  Oplossing: ') && !output.includes('\n  Fix: ') ? 'nl' : output.includes('\n  Fix: ') && !output.includes('\n  Oplossing: ') ? 'en' : 'mixed';
    };
    // Each order of the settings is tested on contributorLanguage() (tests/unit/contributor-messages.test.ts).
    expect(said({ KENNISBANK_LANG: 'nl', LANG: 'en_GB.UTF-8' })).toBe('nl');
    expect(said({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(said({ LANG: 'C.UTF-8' })).toBe('nl');
  });

  it('refuses a --lang it does not know, in both languages', () => {
    const result = validateCli(process.cwd(), ['--lang', 'de']);
    expect(result.status).toBe(1);
    expect(result.output).toContain('--lang moet nl of en zijn (nu is het "de").');
    expect(result.output).toContain('--lang must be nl or en (it is "de").');
  });

  it('on GitHub Actions, annotates the pull request in Dutch first, then in English', () => {
    const { root } = unknownProvince();
    const result = validateCli(root, ['--lang', 'en'], { GITHUB_ACTIONS: 'true' });
    const annotation = result.stdout.split('\n').find((line) => line.startsWith('::error '));
    expect(annotation).toMatch(/^::error file=content\/communities\/nl\/evolva\.mdx,line=\d+,col=13,title=reference\.unknown%3A provinces\[0\]::Verwacht: een id die bestaat in /);
    const [nl, en] = (annotation ?? '').split('::').at(-1)?.split('%0A%0A') ?? [];
    expect(nl).toContain('%0AOplossing: Bedoel je "limburg"?');
    expect(en).toMatch(/^Expected: an id defined in content\/taxonomy\/provinces\.yaml: /);
    expect(en).toContain('%0AFix: Did you mean "limburg"?');
  });
});

describe('the checks behind it, in each language', () => {
  it('validateContent returns the texts in the language asked for', () => {
    copy = copyContent();
    copy.edit('content/glossary/nl/proeftuin.mdx', (text) => text.replace(/^term: .*\n/m, ''));
    const [dutch] = validateContent(copy.root, { lang: 'nl' }).problems;
    expect(dutch).toMatchObject({ rule: 'schema.required', field: 'term', found: 'niets (het veld ontbreekt)' });
    expect(dutch?.fix).toMatch(/^Voeg het veld "term" toe aan de frontmatter tussen de regels ---, met /);
    const [english] = validateContent(copy.root, { lang: 'en' }).problems;
    expect(english).toMatchObject({ rule: 'schema.required', field: 'term', found: 'nothing (the field is missing)' });
    expect(english?.fix).toMatch(/^Add the field "term" to the frontmatter between the --- lines, with /);
  });

  it("a schema's own words reach Astro in the contributor's language", () => {
    const message = (lang: string) => inLanguage(lang, () => titleSchema.safeParse(' ').error?.issues[0]?.message);
    expect(message('nl')).toBe('een titel die niet leeg is');
    expect(message('en')).toBe('a title that is not empty');
  });

  it("the build's content guard stops unsafe MDX with a message in the contributor's language", () => {
    copy = copyContent();
    const file = join(copy.root, EVOLVA);
    copy.edit(EVOLVA, (text) => `${text.trimEnd()}\n\n<script>alert(1)</script>\n`);
    // The guard's Vite plugin, as Astro sets it up in a build started in `lang`.
    const load = (lang: string) => inLanguage(lang, () => {
      let plugin: { load: (id: string) => unknown } | undefined;
      const setup = contentGuard(join(copy?.root ?? '', 'content')).hooks['astro:config:setup'] as unknown as (options: { updateConfig: (config: { vite: { plugins: [typeof plugin] } }) => void }) => void;
      setup({ updateConfig: (config) => { plugin = config.vite.plugins[0]; } });
      return () => plugin?.load(file);
    });
    expect(load('nl')).toThrow(/^Onveilige inhoud heeft de build gestopt \(voer npm run validate uit om te zien hoe je het oplost\):\n.*evolva\.mdx:\d+ \[mdx\.unsafe-element\] <script> \(verwacht: alleen de componenten Aside, /);
    expect(load('en')).toThrow(/^Unsafe content stopped the build \(run npm run validate for how to fix it\):\n.*evolva\.mdx:\d+ \[mdx\.unsafe-element\] <script> \(expected only the components Aside, /);
    expect(readFileSync(file, 'utf8')).toContain('<script>');
  });

  it('npm run spelling explains an unknown word in either language', () => {
    const problem = { file: 'content/guides/nl/x.mdx', line: 3, column: 5, word: 'leergemeenschapp', language: 'nl' as const };
    expect(formatSpellingProblem(problem, 'nl')).toBe('content/guides/nl/x.mdx:3:5  "leergemeenschapp" staat niet in het Nederlandse woordenboek. Oplossing: verbeter de spelling. Is het een naam, of een term die gespeld is zoals de bron hem spelt? Zet hem dan in content/spelling/words.txt onder [nl] (één taal) of [all] (beide talen), in de juiste groep.');
    expect(formatSpellingProblem(problem, 'en')).toContain('"leergemeenschapp" is not in the Dutch dictionary. Fix: correct the spelling;');
  });

  it('npm run new asks and answers in the chosen language', () => {
    copy = copyContent();
    const run = (...args: string[]) => {
      const result = spawnSync(process.execPath, ['scripts/new-content.ts', '--root', copy?.root ?? '', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...NO_LANGUAGE } });
      return { status: result.status, output: `${result.stdout}${result.stderr}` };
    };
    const unknown = run('--kind', 'blog', '--title', 'Iets', '--lang', 'nl');
    expect(unknown.status).toBe(1);
    expect(unknown.output).toContain('"blog" is geen soort item. Kies een van: community, guide, term, chapter.');
    expect(unknown.output).toContain('Gebruik: npm run new -- --kind <community|guide|term|chapter> --title "Nederlandse titel"');
    expect(run('--kind', 'term').output).toContain('Er ontbreekt informatie en er is geen terminal om ernaar te vragen: Titel in het Nederlands:');
    const written = run('--kind', 'term', '--title', 'Leerkring', '--lang', 'en');
    expect(written.status).toBe(0);
    expect(written.output).toContain('Next: fill in the one-sentence definition, the sources, and a longer explanation below the frontmatter.');
  });
});
