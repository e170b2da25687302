/**
 * The open elements of an XML part, for readers that tolerate broken nesting: a stray end tag is ignored, and an end
 * tag closes every element opened after its own start. Whether a name is open is answered from a count per name, so
 * a part with 100,000 unclosed elements followed by 100,000 stray end tags costs linear time, not 10^10 steps.
 */
export class ElementStack {
  private readonly names: string[] = [];
  private readonly open = new Map<string, number>();
  /** How deep inside a skipped element (a deleted run, a hidden header) the reader is; 0 when reading. */
  private skipDepth = 0;

  /** True inside a skipped element: its text is not read. */
  get skipping(): boolean {
    return this.skipDepth > 0;
  }

  /**
   * Opens `name` for reading; false when it stands inside a skipped element, or `skip` says to skip it with
   * everything inside.
   */
  enter(name: string, skip: (name: string) => boolean): boolean {
    if (this.skipDepth > 0 || skip(name)) {
      this.skipDepth += 1;
      return false;
    }
    this.push(name);
    return true;
  }

  /** Closes what `enter` opened; false for the end of a skipped element and for a stray end tag. */
  leave(name: string): boolean {
    if (this.skipDepth > 0) {
      this.skipDepth -= 1;
      return false;
    }
    return this.close(name);
  }

  push(name: string): void {
    this.names.push(name);
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
  }

  /** The element `index` places from the end (-1 is the innermost), as Array.prototype.at. */
  at(index: number): string | undefined {
    return this.names.at(index);
  }

  /** Closes `name` and every element opened inside it; false (and nothing changes) when `name` is not open. */
  close(name: string): boolean {
    if ((this.open.get(name) ?? 0) === 0) return false;
    for (;;) {
      const top = this.names.pop();
      if (top === undefined) return false;
      const count = (this.open.get(top) ?? 1) - 1;
      if (count === 0) this.open.delete(top);
      else this.open.set(top, count);
      if (top === name) return true;
    }
  }
}
