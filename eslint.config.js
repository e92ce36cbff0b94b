// Lint rules for the site, the scripts, the tests and the benchmarks. Style (spacing,
// quotes, line length) is Prettier's job (.prettierrc.json); these rules catch mistakes.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist.partial/', '.astro/', 'node_modules/', 'test-results/', 'bench/.work/', 'content/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      // Undefined names are the type checker's to find (`npm run check`), as typescript-eslint advises.
      'no-undef': 'off',
      // An unused argument named with a leading underscore is deliberate (a callback's shape).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Matching control characters is the point of these files: they find and remove them.
    files: ['src/kernel/content-safety/**', 'src/kernel/build/output-text.ts', 'scripts/build-site.ts'],
    rules: { 'no-control-regex': 'off' },
  },
);
