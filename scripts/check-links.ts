/**
 * npm run check-links [-- folder] [--lang nl|en]: the link check of npm run build, on an
 * existing dist/ (or the folder given): fails when any internal link or anchor leads nowhere.
 */
import { resolve } from 'node:path';
import { reportBuiltLinks } from './build/built-links.ts';
import { pathsAndLanguage } from './language.ts';

const { paths, lang } = pathsAndLanguage();
process.exit(reportBuiltLinks(resolve(paths[0] ?? 'dist'), lang) ? 0 : 1);
