/** Files in samples/broken/: inputs a resume reader must reject or survive without crashing. */
import { seededBytes } from './fixed.js';
import { renderScannedImagePdf } from './pdf.js';
import { writeZip } from './zip.js';

const ARCHIVE_TEXT = [
  'Quarterly offsite - packing list',
  '',
  '- projector and HDMI adapter',
  '- name badges (print 40)',
  '- snacks for the afternoon session',
  '- printed agenda, 2 copies per table',
  '',
  'Bus leaves at 7:30 from the main gate.',
  '',
].join('\n');

/** A PDF header and a truncated first object, then noise: no xref, no trailer, no pages. */
function corruptPdf(): Buffer {
  const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pa', 'latin1');
  return Buffer.concat([head, seededBytes(101, 1536)]);
}

/** A ZIP local-file signature followed by noise: no central directory, so no word/document.xml. */
function corruptDocx(): Buffer {
  return Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), seededBytes(202, 1024)]);
}

/** A valid ZIP archive holding a plain text file and nothing a Word document needs. */
function archiveNamedAsDocx(): Buffer {
  return writeZip([{ name: 'offsite/packing-list.txt', data: Buffer.from(ARCHIVE_TEXT, 'utf8') }]);
}

export async function makeBrokenSamples(): Promise<Map<string, Buffer>> {
  return new Map([
    ['empty.pdf', Buffer.alloc(0)],
    ['corrupt.pdf', corruptPdf()],
    ['corrupt.docx', corruptDocx()],
    ['archive-named-as.docx', archiveNamedAsDocx()],
    ['binary-named-as.txt', seededBytes(303, 2048)],
    ['scanned-image.pdf', await renderScannedImagePdf()],
  ]);
}
