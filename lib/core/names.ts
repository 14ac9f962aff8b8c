/**
 * Names that must be unique (places, regions) compared as a reader sees them: the same letters
 * whether written composed (é, U+00E9) or decomposed (e + U+0301), and whatever their case.
 * Upper then lower case folds what lower case alone keeps apart (ß and SS, the final sigma).
 */
export function comparableName(name: string): string {
  return name.normalize('NFC').toUpperCase().toLowerCase().normalize('NFC').trim();
}
