import { locales } from '../../kernel/i18n/locales.ts';

// Forward to the first of the reader's preferred languages that the site has. When the
// browser prefers neither, the reader stays here and chooses.
const preferred = navigator.languages.map((tag) => tag.toLowerCase().split('-')[0]);
const match = preferred.find((tag) => (locales as readonly (string | undefined)[]).includes(tag));
if (match) window.location.replace(`/${match}/`);
