export { closestMatch } from '../../src/content-safety/suggest.ts';
