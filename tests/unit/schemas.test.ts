import { describe, expect, it } from 'vitest';
import { chapterSchema } from '../../src/kernel/schemas/chapter.ts';
import { communitySchema } from '../../src/kernel/schemas/community.ts';
import { glossarySchema } from '../../src/kernel/schemas/glossary.ts';
import { guideSchema } from '../../src/kernel/schemas/guide.ts';
import { pageSchema } from '../../src/kernel/schemas/page.ts';
import { taxonomyItemSchema } from '../../src/kernel/schemas/taxonomy.ts';

const source = { title: 'GROZ: fieldlabs', url: 'https://groz.nl/fieldlabs' };
const community = {
  title: 'Vitaal in Brainport',
  summary: 'Een GROZzerdam in Eindhoven.',
  kind: 'grozzerdam',
  topSectors: ['life-sciences-health'],
  provinces: ['noord-brabant'],
  themes: [],
  partners: [{ name: 'Fontys Hogescholen', type: 'kennisinstellingen' }],
  status: 'active',
  started: 2020,
  sources: [source],
  updated: '2026-11-01',
};

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('community schema', () => {
  it('accepts a complete profile and turns the date into a Date', () => {
    const result = communitySchema.safeParse(community);
    expect(result.success).toBe(true);
    expect(result.data?.updated).toBeInstanceOf(Date);
  });

  it('requires at least one source', () => {
    expect(issuesOf(communitySchema.safeParse({ ...community, sources: [] }))).toEqual(['sources']);
  });

  it('limits the summary to 200 characters', () => {
    expect(issuesOf(communitySchema.safeParse({ ...community, summary: 'x'.repeat(201) }))).toEqual(['summary']);
  });

  it('rejects an unknown status, a future year, a future date and a malformed website', () => {
    expect(issuesOf(communitySchema.safeParse({ ...community, status: 'paused' }))).toEqual(['status']);
    expect(issuesOf(communitySchema.safeParse({ ...community, started: new Date().getFullYear() + 1 }))).toEqual(['started']);
    expect(issuesOf(communitySchema.safeParse({ ...community, updated: '2999-01-01' }))).toEqual(['updated']);
    expect(issuesOf(communitySchema.safeParse({ ...community, website: 'groz.nl' }))).toEqual(['website']);
  });

  it('rejects ids that are not lower-case and hyphenated', () => {
    expect(issuesOf(communitySchema.safeParse({ ...community, provinces: ['Noord Brabant'] }))).toEqual(['provinces.0']);
  });
});

describe('other schemas', () => {
  it('accept valid entries', () => {
    expect(chapterSchema.safeParse({ title: 'Inleiding', order: 1, summary: 'Over het begin.', updated: '2026-11-01' }).success).toBe(true);
    expect(
      guideSchema.safeParse({
        title: 'Gids',
        summary: 'Kort.',
        audiences: ['docenten'],
        direction: 'fieldlab-to-region',
        basedOn: ['evolva'],
        sources: [source],
        updated: '2026-11-01',
      }).success,
    ).toBe(true);
    expect(
      glossarySchema.safeParse({ term: 'Fieldlab', definition: 'Een praktijkomgeving.', sources: [source], updated: '2026-11-01' }).success,
    ).toBe(true);
    expect(pageSchema.safeParse({ title: 'Over', summary: 'Over de site.', slug: 'over', updated: '2026-11-01' }).success).toBe(true);
    expect(taxonomyItemSchema.safeParse({ id: 'ict', label: { nl: 'ICT', en: 'ICT' } }).success).toBe(true);
  });

  it('name the field that is wrong', () => {
    expect(issuesOf(chapterSchema.safeParse({ title: 'Inleiding', order: 'een', summary: 'x', updated: '2026-11-01' }))).toEqual(['order']);
    expect(
      issuesOf(
        guideSchema.safeParse({
          title: 'Gids',
          summary: 'Kort.',
          audiences: [],
          direction: 'sideways',
          basedOn: ['evolva'],
          sources: [source],
          updated: '2026-11-01',
        }),
      ),
    ).toEqual(['audiences', 'direction']);
    expect(issuesOf(glossarySchema.safeParse({ term: '', definition: 'x', sources: [source], updated: '2026-11-01' }))).toEqual(['term']);
    expect(issuesOf(taxonomyItemSchema.safeParse({ id: 'ict', label: { nl: 'ICT' } }))).toEqual(['label.en']);
  });
});
