/**
 * Word documents (DOCX), read from their XML: the body in document order with tables and text boxes, plus the
 * headers and footers the sections show. The header goes first, because it usually holds the name and the contact
 * block; footers go last. A header or footer repeated across sections is kept once.
 */
import { posix } from 'node:path';
import { RolefitError } from '../errors.js';
import { BrokenXmlError, attribute, scanXml } from './docx/scan-xml.js';
import { keepOnce } from './docx/text-blocks.js';
import { readWordXml, type HeaderFooterReference, type WordText } from './docx/word-text.js';
import type { DocumentText, QualityFlag, ReadOptions } from './document-types.js';
import { ZipArchive } from './zip/read-zip.js';

const mainPart = 'word/document.xml';
const mainRelationships = 'word/_rels/document.xml.rels';

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

export function readDocx(name: string, bytes: Uint8Array, options: Pick<ReadOptions, 'maxUnzippedBytes'>): DocumentText {
  try {
    const archive = new ZipArchive(name, bytes, options.maxUnzippedBytes);
    const [documentXml, relationshipsXml] = archive.readTexts([mainPart, mainRelationships]);
    if (documentXml === undefined) throw new RolefitError('corrupt_document', `${name} is a ZIP without ${mainPart}: not a Word document.`);
    const body = readWordXml(documentXml);
    const parts = headerFooterParts(body, relationshipsXml === undefined ? [] : readRelationships(relationshipsXml));
    const texts = archive.readTexts(parts.map((part) => part.path));
    const partTexts = parts.map((part, index) => {
      const xml = texts[index];
      return { kind: part.kind, text: xml === undefined ? '' : readWordXml(xml).text };
    });
    const headers = keepOnce(partTexts.filter((part) => part.kind === 'header').map((part) => part.text));
    const footers = keepOnce(partTexts.filter((part) => part.kind === 'footer').map((part) => part.text));
    const text = [...headers, body.text, ...footers].join('\n');
    const flags: QualityFlag[] = headers.length + footers.length > 0 ? ['header_footer_included'] : [];
    return { format: 'docx', text, pages: null, flags };
  } catch (error) {
    if (error instanceof BrokenXmlError) {
      throw new RolefitError('corrupt_document', `${name} looks like a Word document but cannot be read: ${error.message}.`, { cause: error });
    }
    throw error;
  }
}

/**
 * The header and footer parts that are shown, in reading order: per section the first-page part (only when the
 * section has a distinct first page), then the default, then the even-page one. A document whose sections reference
 * none (unusual) gets every header and footer its relationships list.
 */
function headerFooterParts(body: WordText, relationships: readonly Relationship[]): { kind: 'header' | 'footer'; path: string }[] {
  const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
  const typeOrder: Record<string, number> = { first: 0, default: 1, even: 2 };
  const shown = body.references
    .filter((reference) => reference.type !== 'first' || body.titlePageSections.has(reference.section))
    .toSorted((a, b) => a.section - b.section || (typeOrder[a.type] ?? 3) - (typeOrder[b.type] ?? 3));
  const references: Pick<HeaderFooterReference, 'kind' | 'id'>[] =
    body.references.length > 0 ? shown
    : relationships.flatMap((relationship) => {
        const kind = partKind(relationship.type);
        return kind ? [{ kind, id: relationship.id }] : [];
      });
  const paths = new Set<string>();
  const parts: { kind: 'header' | 'footer'; path: string }[] = [];
  for (const reference of references) {
    const relationship = byId.get(reference.id);
    if (!relationship || partKind(relationship.type) !== reference.kind) continue;
    const path = resolvePart(relationship.target);
    if (paths.has(path)) continue;
    paths.add(path);
    parts.push({ kind: reference.kind, path });
  }
  return parts;
}

function partKind(type: string): 'header' | 'footer' | null {
  if (type.endsWith('/header')) return 'header';
  if (type.endsWith('/footer')) return 'footer';
  return null;
}

/** Targets are relative to the word/ folder, or absolute from the package root. */
function resolvePart(target: string): string {
  return target.startsWith('/') ? posix.normalize(target.slice(1)) : posix.normalize(posix.join('word', target));
}

function readRelationships(xml: string): Relationship[] {
  const relationships: Relationship[] = [];
  scanXml(xml, {
    open(name, attributes) {
      if (!name.endsWith('Relationship') || attribute(attributes, 'TargetMode') === 'External') return;
      const id = attribute(attributes, 'Id');
      const type = attribute(attributes, 'Type');
      const target = attribute(attributes, 'Target');
      if (id !== undefined && type !== undefined && target !== undefined) relationships.push({ id, type, target });
    },
    close() {},
    text() {},
  });
  return relationships;
}
