/**
 * The shape a translation of the catalogue must have: every key of the source (nl.ts), each
 * text a string. A key missing in a translation, or one the source does not have, is a type
 * error; that the placeholders match is checked by tests/unit/contributor-messages.test.ts.
 */
export type CatalogueShape<Source> = {
  -readonly [Key in keyof Source]: Source[Key] extends string ? string : CatalogueShape<Source[Key]>;
};
