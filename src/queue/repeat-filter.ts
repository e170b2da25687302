/**
 * Lets a repeated message through once a while: with Redis gone, every connection of every queue reports the same
 * refused connection several times a second, and logs must still say it, not drown in it.
 */
export interface RepeatFilter {
  /** Whether to log `message` now; when it does after holding repeats back, how many it held. */
  admit(message: string, nowMs: number): { readonly log: boolean; readonly heldBack: number };
}

export function repeatFilter(quietMs: number): RepeatFilter {
  const last = new Map<string, { at: number; heldBack: number }>();
  return {
    admit(message, nowMs) {
      const seen = last.get(message);
      if (seen && nowMs - seen.at < quietMs) {
        seen.heldBack += 1;
        return { log: false, heldBack: 0 };
      }
      last.set(message, { at: nowMs, heldBack: 0 });
      return { log: true, heldBack: seen?.heldBack ?? 0 };
    },
  };
}
