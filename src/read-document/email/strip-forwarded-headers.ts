/**
 * A forwarded or replied-to e-mail carries the header lines of the earlier message in its body ("From: Priya
 * <priya@agency.example>", "To: …", "Sent: …"), and a forward starts with the forwarder's own note and signature.
 * Left in, the recruiter's address is read as the candidate's, and two candidates forwarded by one recruiter look
 * like one person. Contact details must come from the resume alone, so those lines go.
 */

/** Gmail, Thunderbird ("-------- Forwarded Message --------") and Apple Mail ("Begin forwarded message:"). */
const forwardMarker = /^\s*(?:-{2,}\s*forwarded message\s*-{2,}|begin forwarded message:)\s*$/i;
/** Outlook and Android replies and forwards: "-----Original Message-----", "-------- Original message --------". */
const originalMarker = /^\s*-{2,}\s*original message\s*-{2,}\s*$/i;
/** Outlook draws a rule of underscores above the header block it quotes. */
const underscoreRule = /^\s*_{10,}\s*$/;
/** A quoted header line, bold in Outlook's plain text ("*From:*"), in English as most clients write it. */
const headerField = /^\s*\*?(from|sent|date|to|cc|bcc|subject|reply-to)\*?\s*:/i;
/** Longest "On <date>, <name> <address> wrote:" line judged; a longer line is no attribution. */
const maxAttributionLength = 300;
const attribution = /^\s*On\s.*\swrote:\s*$/i;
/** A forward's subject, as clients prefix it ("Fwd:", "FW:"), after any "Re:" or "[External]" tag. */
const forwardSubject = /\bfwd?\s*:/i;

export interface StrippedBody {
  readonly text: string;
  /** True when any header block, attribution line or forwarder's note was removed. */
  readonly removed: boolean;
  /**
   * The address in the From line of the last forwarded message's header block: who first sent what was forwarded,
   * most often the applicant. Null when no forward is marked or its From line holds no address.
   */
  readonly forwardedFrom: string | null;
}

const address = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

const fieldOf = (line: string): string | null => headerField.exec(line)?.[1]?.toLowerCase() ?? null;

/** Index of the first line after the header block that starts at or after `start` (blank lines before it skipped). */
function endOfHeaderBlock(lines: readonly string[], start: number): number {
  let index = nextNonBlank(lines, start);
  let previous: string | null = null;
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    // A long To or Cc list wraps onto lines of its own, after a comma or indented.
    const continues = previous !== null && line.trim() !== '' && (previous.trimEnd().endsWith(',') || /^[ \t]/.test(line));
    if (fieldOf(line) === null && !continues) break;
    previous = line;
  }
  return index;
}

/** A header block without a marker: From first, then a date (Sent or Date) and To or Subject. */
function isUnmarkedBlock(block: readonly string[]): boolean {
  if (fieldOf(block[0] ?? '') !== 'from') return false;
  const fields = new Set(block.map(fieldOf));
  return (fields.has('sent') || fields.has('date')) && (fields.has('to') || fields.has('subject'));
}

/** An "On … wrote:" line, or such a line wrapped in two (plain-text clients wrap at 72-78 characters); its length. */
function attributionLines(lines: readonly string[], start: number): number {
  const line = lines[start] ?? '';
  if (line.length <= maxAttributionLength && attribution.test(line)) return 1;
  const joined = `${line} ${lines[start + 1] ?? ''}`;
  return /^\s*On\s/i.test(line) && joined.length <= maxAttributionLength && attribution.test(joined) ? 2 : 0;
}

/**
 * The body without quoted header blocks and attribution lines. Above a forward marker, or above the first header
 * block when the subject says the message is a forward, is the forwarder's note: it goes too.
 */
export function stripForwardedHeaders(body: string, subject: string): StrippedBody {
  const lines = body.split(/\r?\n/);
  const kept: string[] = [];
  let removed = false;
  let blocksSeen = 0;
  let forwardedFrom: string | null = null;
  const isForward = forwardSubject.test(subject);
  for (let index = 0; index < lines.length; ) {
    const line = lines[index] ?? '';
    const opener = openerOf(line);
    if (opener !== null) {
      const start = opener === 'from' ? index : nextNonBlank(lines, index + 1);
      // Each block is measured once, from its first line, so a long run of header-like lines costs one pass.
      const end = endOfHeaderBlock(lines, start);
      // A marker says what follows; an underscore rule or a bare From line counts only before a whole header block.
      if (opener === 'forward' || opener === 'original' || isUnmarkedBlock(lines.slice(start, end))) {
        if (opener === 'forward' || (isForward && blocksSeen === 0)) kept.length = 0;
        if (opener === 'forward') {
          const from = lines.slice(start, end).find((header) => fieldOf(header) === 'from');
          forwardedFrom = (from === undefined ? null : address.exec(from)?.[0]) ?? forwardedFrom;
        }
        blocksSeen += 1;
        removed = true;
        index = end;
        continue;
      }
      if (opener === 'from') {
        // Not spread into push: a run of many thousand lines would overflow the call stack.
        for (; index < end; index += 1) kept.push(lines[index] ?? '');
        continue;
      }
    }
    const attributed = attributionLines(lines, index);
    if (attributed > 0) {
      removed = true;
      index += attributed;
      continue;
    }
    kept.push(line);
    index += 1;
  }
  return { text: kept.join('\n'), removed, forwardedFrom };
}

/** What a line may open: a forward, a quoted original, Outlook's rule, or a header block with no marker. */
function openerOf(line: string): 'forward' | 'original' | 'rule' | 'from' | null {
  if (forwardMarker.test(line)) return 'forward';
  if (originalMarker.test(line)) return 'original';
  if (underscoreRule.test(line)) return 'rule';
  return fieldOf(line) === 'from' ? 'from' : null;
}

function nextNonBlank(lines: readonly string[], start: number): number {
  let index = start;
  while (index < lines.length && lines[index]?.trim() === '') index += 1;
  return index;
}
