import { pageTour } from '../helpers/page-tour.ts';

/** The page tour (tests/helpers/page-tour.ts) of the Dutch pages, / and the 404 page, beside the other language's. */
pageTour('nl');
