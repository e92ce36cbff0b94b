import { describe, expect, it } from 'vitest';
import { apaCitation } from '../../src/features/paper/citation.ts';
import { editUrl, repositoryUrl, webAddressOfRemote } from '../../src/kernel/build/repository.ts';

describe('APA citation', () => {
  const base = {
    author: 'Kennisbank Leergemeenschappen',
    date: new Date('2026-11-22T10:00:00Z'),
    url: 'https://example.test/nl/position-paper/inleiding/',
  };
  it('writes a Dutch reference with the month in Dutch', () => {
    expect(apaCitation({ ...base, title: 'Inleiding en perspectieven', description: 'Navertelling', lang: 'nl' })).toBe(
      'Kennisbank Leergemeenschappen. (2026, 22 november). Inleiding en perspectieven [Navertelling]. https://example.test/nl/position-paper/inleiding/',
    );
  });
  it('writes an English reference, month before day', () => {
    expect(apaCitation({ ...base, title: 'Introduction', lang: 'en' })).toBe(
      'Kennisbank Leergemeenschappen. (2026, November 22). Introduction. https://example.test/nl/position-paper/inleiding/',
    );
  });
  it('does not double the full stop after a question', () => {
    expect(apaCitation({ ...base, title: 'Wat levert het op?', lang: 'nl' })).toContain('Wat levert het op? https://');
  });
});

describe('repository address for edit links', () => {
  it('prefers REPOSITORY_URL, then GitHub Actions, then a web remote', () => {
    expect(repositoryUrl({ REPOSITORY_URL: 'https://git.example/kb/site/' }, () => undefined)).toBe('https://git.example/kb/site');
    expect(repositoryUrl({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'owner/kb' }, () => undefined)).toBe(
      'https://github.com/owner/kb',
    );
    expect(repositoryUrl({}, () => 'git@github.com:owner/kb.git')).toBe('https://github.com/owner/kb');
  });
  it('knows no address for a local remote, so no edit link is shown', () => {
    expect(repositoryUrl({}, () => '/work/main')).toBeUndefined();
    expect(webAddressOfRemote(undefined)).toBeUndefined();
    expect(webAddressOfRemote('https://token@github.com/owner/kb.git')).toBe('https://github.com/owner/kb');
  });
  it('points the edit link at the file on its branch', () => {
    expect(editUrl('https://github.com/owner/kb', 'content/glossary/nl/fieldlab.mdx', 'main')).toBe(
      'https://github.com/owner/kb/edit/main/content/glossary/nl/fieldlab.mdx',
    );
  });
});
