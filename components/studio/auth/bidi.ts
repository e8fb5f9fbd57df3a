/**
 * Wraps a value typed by people (a name, a workspace, an e-mail) in Unicode isolates (FSI … PDI) before it goes
 * into a sentence: an English name in an Arabic sentence, or the reverse, then keeps its own direction and does
 * not drag the punctuation around it to the wrong side.
 */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}
