/**
 * npm run check-links: the link check of npm run build, on an existing dist/ (or the folder
 * given): fails when any internal link or anchor leads nowhere.
 */
import { resolve } from 'node:path';
import { reportBuiltLinks } from './build/built-links.ts';

process.exit(reportBuiltLinks(resolve(process.argv[2] ?? 'dist')) ? 0 : 1);
