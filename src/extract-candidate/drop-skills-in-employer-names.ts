/**
 * An employer's name is no skill of the candidate's: "Revenue Cycle Partners" names no revenue-cycle management,
 * "Midwest Receivables Group" no accounts receivable, "Keystone Loan Servicing" no loan processing. A skill is
 * dropped where it stands inside an employer's name, wherever the resume writes that name; a skill the name is as a
 * whole (a header part read as an employer, which may be a line of work) is kept.
 */
import type { Span } from './hits-outside.js';

/** The stretches of the text that write one of the employers' names, longest names first. */
function employerSpans(employers: readonly string[], text: string): Span[] {
  const spans: Span[] = [];
  for (const employer of new Set(employers)) {
    for (let at = text.indexOf(employer); at >= 0; at = text.indexOf(employer, at + employer.length)) {
      spans.push({ start: at, end: at + employer.length });
    }
  }
  return spans;
}

export function dropSkillsInEmployerNames<T extends Span>(hits: readonly T[], employers: readonly (string | null)[], text: string): T[] {
  const named = employers.filter((employer): employer is string => employer !== null && employer.length > 0);
  if (named.length === 0) return [...hits];
  const spans = employerSpans(named, text);
  const inside = (hit: Span, span: Span): boolean => span.start <= hit.start && hit.end <= span.end && hit.end - hit.start < span.end - span.start;
  return hits.filter((hit) => !spans.some((span) => inside(hit, span)));
}
