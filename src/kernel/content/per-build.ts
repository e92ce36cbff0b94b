/**
 * Remembers an async computation over the content for the rest of the build, per key. Pages
 * that each need the same list (every profile asks for all communities, to find related
 * ones) then share one computation instead of repeating it, which on 10,000 pages grows with
 * the square of the number of pages. The dev server computes afresh on every call, so an
 * edited file shows at once.
 */
export function perBuild<K, V>(compute: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const cache = new Map<K, Promise<V>>();
  return (key) => {
    if (import.meta.env.DEV) return compute(key);
    let value = cache.get(key);
    if (!value) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
