import { pageTour } from '../helpers/page-tour.ts';

/** The page tour (tests/helpers/page-tour.ts) of the English pages, beside the other language's. */
pageTour('en');
