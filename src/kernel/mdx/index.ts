import Aside from './Aside.astro';
import Figure from './Figure.astro';
import Steps from './Steps.astro';
import Term from './Term.astro';

/**
 * The components authors may use in MDX, without importing them. Validation
 * (scripts/validation/check-mdx.ts) rejects any other component, so this list and the
 * allowed attributes there are the contract with contributors.
 */
export const mdxComponents = { Aside, Figure, Steps, Term };
