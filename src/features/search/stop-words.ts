/**
 * Words a question or a long query carries that say nothing about the page a reader wants
 * (`hoe start ik een leergemeenschap` -> `start leergemeenschap`). Pagefind requires every
 * word of a query on a page, so each of these would only lose pages. Short on purpose:
 * function words only, never a word that names a subject. Written into each language's
 * search vocabulary; a query of stop words alone is searched as typed.
 */
export const stopWords: Record<string, readonly string[]> = {
  nl: [
    'de', 'het', 'een', 'en', 'of', 'van', 'voor', 'in', 'op', 'met', 'aan', 'bij', 'om', 'te', 'tot', 'uit', 'naar', 'over',
    'door', 'als', 'dan', 'dat', 'die', 'dit', 'deze', 'er', 'is', 'zijn', 'was', 'waren', 'wordt', 'worden', 'werd', 'ben',
    'heb', 'hebben', 'heeft', 'had', 'kan', 'kun', 'kunnen', 'moet', 'moeten', 'mag', 'wil', 'willen', 'zal', 'zou', 'doe',
    'doet', 'hoe', 'wat', 'wie', 'waar', 'wanneer', 'waarom', 'welke', 'welk', 'ik', 'je', 'jij', 'u', 'we', 'wij', 'ze',
    'zij', 'hij', 'mijn', 'jouw', 'onze', 'ons', 'hun', 'zich', 'mij', 'me', 'niet', 'geen', 'ook', 'nog', 'al', 'wel',
    'eigenlijk', 'precies', 'iets', 'daar', 'hier',
  ],
  en: [
    'the', 'a', 'an', 'and', 'or', 'of', 'for', 'in', 'on', 'at', 'to', 'from', 'by', 'with', 'about', 'as', 'into', 'is',
    'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'can', 'could', 'should', 'would', 'will', 'may', 'must', 'have',
    'has', 'had', 'how', 'what', 'who', 'whom', 'where', 'when', 'why', 'which', 'i', 'me', 'my', 'we', 'us', 'our', 'you',
    'your', 'they', 'their', 'it', 'its', 'this', 'that', 'these', 'those', 'there', 'here', 'not', 'no', 'any', 'some',
  ],
};
