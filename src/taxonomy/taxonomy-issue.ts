/** One problem found in a taxonomy, in zod's shape: a code, where it is (file and path inside it), and a message. */
export interface TaxonomyIssue {
  readonly code: string;
  /** `file: path.inside.file`, e.g. `roles/team-leader.yaml: skills[3].skill`. */
  readonly path: string;
  readonly message: string;
}

export function formatPath(file: string, path: readonly PropertyKey[]): string {
  let inside = '';
  for (const key of path) inside += typeof key === 'number' ? `[${key}]` : `${inside ? '.' : ''}${String(key)}`;
  return inside ? `${file}: ${inside}` : file;
}
