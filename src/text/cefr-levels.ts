/** The Common European Framework's levels, lowest first: the one list resumes, tests and the taxonomy are read against. */
export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

export type CefrLevel = (typeof cefrLevels)[number];
