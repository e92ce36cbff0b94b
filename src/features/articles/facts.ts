/** One fact at a glance on a profile or guide (see src/features/articles/FactList.astro). */
export interface Fact {
  term: string;
  values: { text: string; href?: string | undefined; note?: string | undefined }[];
  /** The search filter's name in the page's language, e.g. `Topsector`: each value becomes a value of it. */
  filter?: string | undefined;
  /** False keeps the values out of the search index (dates, statuses, links to other pages). */
  searchable?: boolean | undefined;
}
