import Aside from './Aside.astro';
import Steps from './Steps.astro';
import Term from './Term.astro';

/**
 * The components authors may use in MDX, without importing them. Validation rejects any
 * other component, so this list is also the contract with contributors.
 */
export const mdxComponents = { Aside, Steps, Term };

export const authorComponentNames = Object.keys(mdxComponents);
