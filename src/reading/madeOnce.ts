/**
 * A function of an object made into one that makes its value once per object and keeps it while
 * the object lives: definitions are read for every pack a workbook is tried against, sheets by
 * every pack's detection.
 */
export function madeOnce<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}
