/**
 * A small streaming scanner for the XML parts of office documents (DOCX, ODT): tags and text in order, no tree.
 *
 * These parts are machine-written and regular, so a full XML parser buys nothing but time: a one-page document.xml
 * scans in about a millisecond. What it does handle: quoted attribute values that contain `>`, comments, CDATA,
 * processing instructions and DOCTYPE (skipped, and entities are never expanded, so no entity bombs), the five
 * predefined entities and numeric character references, and namespace prefixes other than the usual ones (names are
 * reported with the usual prefix for each known namespace URI, so `<x:p>` bound to WordprocessingML reads as `w:p`).
 */
/** Thrown for XML that cannot be scanned (a tag or comment that never ends); readers turn it into corrupt_document. */
export class BrokenXmlError extends Error {
  override readonly name = 'BrokenXmlError';
}

export interface XmlHandler {
  /**
   * `attributes` is the raw attribute text of the tag; read values with {@link attribute}. A self-closing tag is
   * reported as an open followed by a close.
   */
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data with entities decoded. */
  text(text: string): void;
}

/** The prefix each namespace is reported with, whatever the document binds it to. */
const usualPrefixes: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'urn:oasis:names:tc:opendocument:xmlns:office:1.0': 'office',
  'urn:oasis:names:tc:opendocument:xmlns:text:1.0': 'text',
  'urn:oasis:names:tc:opendocument:xmlns:table:1.0': 'table',
  'urn:oasis:names:tc:opendocument:xmlns:style:1.0': 'style',
  'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0': 'draw',
};

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function scanXml(xml: string, handler: XmlHandler): void {
  const names = new NameMap();
  const length = xml.length;
  // The next quote of each kind, kept between tags so that finding a tag's end stays linear in the whole document.
  let nextDouble = -1;
  let nextSingle = -1;
  let at = 0;
  while (at < length) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) {
      if (at < length) handler.text(decodeEntities(xml.slice(at)));
      return;
    }
    if (lt > at) handler.text(decodeEntities(xml.slice(at, lt)));
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        at = endOf(xml, '-->', lt + 4);
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = endOf(xml, ']]>', lt + 9);
        handler.text(xml.slice(lt + 9, end - 3));
        at = end;
      } else {
        at = skipDeclaration(xml, lt);
      }
      continue;
    }
    if (next === 0x3f /* ? */) {
      at = endOf(xml, '?>', lt + 2);
      continue;
    }
    // Find the closing '>' outside quoted attribute values. A '>' found stays the first after each value skipped until
    // a value runs past it: searched again only then, a tag of many attributes is read once, not once per attribute.
    let from = lt + 1;
    let gt = -1;
    for (;;) {
      if (gt < from) gt = xml.indexOf('>', from);
      if (gt < 0) throw broken('a tag that never ends');
      if (nextDouble !== Number.MAX_SAFE_INTEGER && nextDouble < from) nextDouble = indexOrMax(xml, '"', from);
      if (nextSingle !== Number.MAX_SAFE_INTEGER && nextSingle < from) nextSingle = indexOrMax(xml, "'", from);
      const quote = Math.min(nextDouble, nextSingle);
      if (quote > gt) break;
      const closing = xml.indexOf(xml.charAt(quote), quote + 1);
      if (closing < 0) throw broken('an attribute value that never ends');
      from = closing + 1;
    }
    if (next === 0x2f /* / */) {
      handler.close(names.get(xml.slice(lt + 2, gt).trim()));
      at = gt + 1;
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
    const end = selfClosing ? gt - 1 : gt;
    let nameEnd = lt + 1;
    while (nameEnd < end && !isSpace(xml.charCodeAt(nameEnd))) nameEnd += 1;
    const attributes = nameEnd < end ? xml.slice(nameEnd, end) : '';
    // A tag's own declarations apply to its name too.
    if (attributes.includes('xmlns')) names.declare(attributes);
    const name = names.get(xml.slice(lt + 1, nameEnd));
    handler.open(name, attributes, selfClosing);
    if (selfClosing) handler.close(name);
    at = gt + 1;
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}

/** An attribute's decoded value, matched by its local name (`val` finds `w:val`), or undefined. */
export function attribute(attributes: string, localName: string): string | undefined {
  if (!attributes.includes(localName)) return undefined;
  const match = attributePattern(localName).exec(attributes);
  if (!match) return undefined;
  return decodeEntities(match[1] ?? match[2] ?? '');
}

const patterns = new Map<string, RegExp>();
function attributePattern(localName: string): RegExp {
  let pattern = patterns.get(localName);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${localName}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    patterns.set(localName, pattern);
  }
  return pattern;
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return entities[body] ?? whole;
  });
}

/** Reports names with the usual prefix of their namespace; unknown namespaces and usual prefixes pass unchanged. */
class NameMap {
  private readonly renamed = new Map<string, string>();
  private readonly cache = new Map<string, string>();

  declare(attributes: string): void {
    for (const match of attributes.matchAll(/xmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const prefix = match[1] ?? '';
      const usual = usualPrefixes[match[2] ?? match[3] ?? ''];
      if (usual !== undefined && usual !== prefix) {
        this.renamed.set(prefix, usual);
        this.cache.clear();
      }
    }
  }

  get(name: string): string {
    if (this.renamed.size === 0) return name;
    let mapped = this.cache.get(name);
    if (mapped === undefined) {
      const colon = name.indexOf(':');
      const prefix = colon < 0 ? '' : name.slice(0, colon);
      const usual = this.renamed.get(prefix);
      mapped = usual === undefined ? name : `${usual}:${name.slice(colon + 1)}`;
      this.cache.set(name, mapped);
    }
    return mapped;
  }
}

function endOf(xml: string, terminator: string, from: number): number {
  const end = xml.indexOf(terminator, from);
  if (end < 0) throw broken(`a "${terminator}" that never comes`);
  return end + terminator.length;
}

/** `<!DOCTYPE …>` may hold an internal subset in brackets; it is skipped whole, never interpreted. */
function skipDeclaration(xml: string, lt: number): number {
  let depth = 0;
  for (let at = lt + 2; at < xml.length; at += 1) {
    const code = xml.charCodeAt(at);
    if (code === 0x5b /* [ */) depth += 1;
    else if (code === 0x5d /* ] */) depth -= 1;
    else if (code === 0x3e /* > */ && depth <= 0) return at + 1;
  }
  throw broken('a declaration that never ends');
}

function indexOrMax(xml: string, search: string, from: number): number {
  const index = xml.indexOf(search, from);
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}

function broken(what: string): BrokenXmlError {
  return new BrokenXmlError(`damaged XML: ${what}`);
}
