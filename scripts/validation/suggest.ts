export { closestMatch } from '../../src/kernel/content-safety/suggest.ts';
