// The minimal Starlight site of `npm run bench`: Starlight's defaults, in Dutch and English,
// with the benchmark's pages in src/content/docs/<lang>/ (written there by the benchmark).
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [
    starlight({
      title: 'Kennisbank Leergemeenschappen',
      defaultLocale: 'nl',
      locales: {
        nl: { label: 'Nederlands', lang: 'nl' },
        en: { label: 'English', lang: 'en' },
      },
    }),
  ],
});
