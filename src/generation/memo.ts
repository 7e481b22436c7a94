/** A Map or a WeakMap: what memo needs of one. */
interface Store<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** Looks a key up, making its entry the first time it is asked for. */
export function memo<K, V>(store: Store<K, V>, key: K, make: (key: K) => V): V {
  let value = store.get(key);
  if (value === undefined) store.set(key, (value = make(key)));
  return value;
}
