/**
 * What a candidate is seeking is no skill of theirs: in "Seeking a customer service role" or "looking for a chat
 * process", the skills between the opener and the word for the job sought are wished for. Only in the sections where
 * people say what they seek (the header and summary), only when the job word comes soon after the opener and in the
 * same sentence, and only up to it: "seeking a position in SAP FI" keeps SAP FI. A note in brackets straight after
 * the job word says what is sought too: "Seeking Finance & Accounting role (AP/AR/GL)". A claim word ("my") ends
 * the wish. The words are data (`skillAspirations` in vocabulary.yaml).
 */
import { countStartingBefore } from '../text/count-starting-before.js';
import { hitsOutside, type HitFilter } from './hits-outside.js';

// A sentence ends at a full stop before a space, or at a semicolon, an exclamation or a question mark.
const sentenceEnd = /\.\s|[;!?]/;
/** A note in brackets straight after the job word: "role (AP/AR/GL)". */
const noteAfter = /^\s*\([^()]*\)/;

export const dropAspiredSkills: HitFilter = (hits, text, tokens, lines, taxonomy) => {
  const { openers, sought, claims, maxWords, sections } = taxonomy.skillAspirations;
  if (hits.length === 0 || openers.size === 0) return [...hits];
  const wished = openers.findAll(text, tokens).flatMap((opener) => {
    const section = lines.at(opener.start)?.section;
    if (section === undefined || !sections.has(section)) return [];
    const first = countStartingBefore(tokens, opener.end, (token) => token.start);
    for (const token of tokens.slice(first, first + maxWords)) {
      if (sentenceEnd.test(text.slice(opener.end, token.start)) || claims.has(token.norm)) return [];
      if (!sought.has(token.norm)) continue;
      const note = noteAfter.exec(text.slice(token.end));
      return [{ start: opener.end, end: note ? token.end + note[0].length : token.start }];
    }
    return [];
  });
  return hitsOutside(hits, wished);
};
