import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contributorLanguage } from '../i18n/contributor/language.ts';
import { contributorTexts, explain } from '../i18n/contributor/messages.ts';
import { unsafeMdxProblems } from './guard.ts';

/**
 * The build's own check that no contributed MDX can run code, even when `astro build` is
 * started without `npm run validate` first. Every MDX file under the content folder is
 * loaded through this plugin: it reads the file, makes the validator's reading of it
 * (src/kernel/content-safety), and stops the build on anything unsafe. Where it can, it hands
 * the MDX compiler the very text it checked.
 */
export default function contentGuard(contentDirectory: string): AstroIntegration {
  const root = resolve(contentDirectory);
  // Astro takes no --lang: the build speaks the language of KENNISBANK_LANG or the system's locale.
  const lang = contributorLanguage();
  return {
    name: 'kennisbank:content-guard',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'kennisbank:content-guard',
                enforce: 'pre',
                load(id) {
                  const [path = '', query] = id.split('?');
                  if (!path.endsWith('.mdx')) return undefined;
                  const absolute = resolve(path);
                  if (relative(root, absolute).startsWith('..')) return undefined;
                  const bytes = readFileSync(absolute);
                  const file = relative(process.cwd(), absolute).replaceAll('\\', '/');
                  const problems = unsafeMdxProblems(file, bytes);
                  if (problems.length > 0) {
                    const t = contributorTexts(lang);
                    const lines = problems.map((problem) => {
                      const { expected, found } = explain(problem.message, lang);
                      return t('guard.line', {
                        where: `${problem.file}${problem.line ? `:${problem.line}` : ''}`,
                        rule: problem.rule,
                        found: found ?? '',
                        expected,
                      });
                    });
                    throw new Error(`${t('guard.stopped')}\n${lines.join('\n')}`);
                  }
                  return query === undefined ? new TextDecoder().decode(bytes) : undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}
