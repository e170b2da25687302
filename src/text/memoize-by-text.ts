/**
 * Remembers a pure function of a text and an immutable owner (the compiled taxonomy): resumes repeat their header
 * lines ("Company Name – City, State", a title held at three employers), and reading one again through every
 * dictionary costs what reading it the first time did. Entries are kept per owner, up to `limit` texts; at the limit
 * they are all forgotten, so that a worker reading resumes for weeks holds a bounded memory.
 */
export function memoizeByText<O extends object, V>(limit: number, compute: (text: string, owner: O) => V): (text: string, owner: O) => V {
  const byOwner = new WeakMap<O, Map<string, V>>();
  return (text, owner) => {
    let known = byOwner.get(owner);
    if (!known) {
      known = new Map();
      byOwner.set(owner, known);
    }
    const remembered = known.get(text);
    if (remembered !== undefined) return remembered;
    const value = compute(text, owner);
    if (known.size >= limit) known.clear();
    known.set(text, value);
    return value;
  };
}
