/**
 * Groups an education section's lines into one block per entry, by where its year stands. Layouts write the year
 * below what it dates ("B.E. / Anna University / 2012 - 2016") or above it ("2012 / PhD in …, Lodz University"),
 * rarely both in one section. A year line closes a block when years stand below and opens one when they stand above;
 * a second degree always opens a block of its own. The side that dates more degrees wins, then the one that dates
 * more schools, then the one whose years stand closer to their degrees; below when all tie.
 */

export interface EducationFact {
  readonly level: string | null;
  /** The line names a school ("Pune University"). */
  readonly institution: string | null;
  /** The latest year the line holds. */
  readonly year: number | null;
}

export interface EducationBlock {
  /** Index of the block's first line. */
  readonly from: number;
  /** Index after its last line. */
  readonly to: number;
  /** The block's year: that of its degree line, else of the year line that closes (below) or opens (above) it. */
  readonly year: number | null;
  /** Lines between the degree and the line its year was read from; null without a degree or a year. */
  readonly distance: number | null;
  /** The block dates a school but names no degree. */
  readonly datedSchool: boolean;
}

export type YearSide = 'below' | 'above';

function blocksOf(facts: readonly EducationFact[], side: YearSide): EducationBlock[] {
  const blocks: EducationBlock[] = [];
  let from = 0;
  let degreeAt: number | null = null;
  let yearAt: number | null = null;
  const close = (to: number): void => {
    if (to > from) {
      const year = yearAt === null ? null : (facts[yearAt]?.year ?? null);
      const distance = degreeAt === null || yearAt === null ? null : Math.abs(yearAt - degreeAt);
      const datedSchool = degreeAt === null && year !== null && facts.slice(from, to).some((f) => f.institution !== null);
      blocks.push({ from, to, year, distance, datedSchool });
    }
    from = to;
    degreeAt = null;
    yearAt = null;
  };
  facts.forEach((fact, index) => {
    if ((fact.level !== null && degreeAt !== null) || (side === 'above' && fact.year !== null)) close(index);
    if (fact.level !== null) {
      degreeAt = index;
      // The degree line's own year is the best of all.
      if (fact.year !== null) yearAt = index;
    } else if (fact.year !== null && yearAt === null) yearAt = index;
    if (side === 'below' && fact.year !== null) close(index + 1);
  });
  close(facts.length);
  return blocks;
}

/** How well a grouping dates the entries: how many degrees, then schools, it dates, then how close (smaller is better). */
function fit(blocks: readonly EducationBlock[]): [number, number, number] {
  const degrees = blocks.filter((b) => b.distance !== null);
  return [degrees.length, blocks.filter((b) => b.datedSchool).length, -degrees.reduce((sum, b) => sum + (b.distance ?? 0), 0)];
}

export function groupEducationBlocks(facts: readonly EducationFact[]): { side: YearSide; blocks: EducationBlock[] } {
  const below = blocksOf(facts, 'below');
  const above = blocksOf(facts, 'above');
  const [b, a] = [fit(below), fit(above)];
  const better = a.findIndex((value, index) => value !== b[index]);
  return better >= 0 && (a[better] ?? 0) > (b[better] ?? 0) ? { side: 'above', blocks: above } : { side: 'below', blocks: below };
}
