import { describe, expect, it } from 'vitest';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { readDocument } from '../../src/read-document/read-document.js';
import { readRtf } from '../../src/read-document/read-rtf.js';

const rtf = (source: string): Uint8Array => Buffer.from(source, 'latin1');
const text = (source: string): string => readRtf(rtf(source)).text;

const resume = String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil\fcharset0 Calibri;}{\f1\fnil\fcharset2 Symbol;}{\f2\froman\fcharset204 Times New Roman Cyr;}}
{\colortbl ;\red0\green0\blue255;}{\*\generator Riched20 10.0.19041}{\info{\title My resume}{\author Jos\'e9}}
{\stylesheet{\s0 Normal;}{\s1 heading 1;}}
{\footer \pard\plain \f0 References on request\par Page {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}
{\header \pard\plain \f0 Jos\'e9 N\'fa\'f1ez \endash  jose@example.com\par}
\viewkind4\uc1\pard\b\f0\fs28 Customer Support Specialist\b0\fs22\par
Bilingual agent \'96 5 years in \ldblquote tier 1\rdblquote  support.\line Caf\'e9 owner. \u8364?100K sales.{\v  hidden note}\par
{\pict\wmetafile8\picw100\pich100 0102030405060708}{\*\shppict{\pict\pngblip 89504e47}}{\nonshppict{\pict\wmetafile8 0102}}
\pard{\pntext\f1\'B7\tab}{\*\pn\pnlvlblt\pnf1{\pntxtb\'B7}}\fi-360\li720 Zendesk\par
{\pntext\f1\'B7\tab}De-escalation\par
\pard\ls1\ilvl0{\listtext\f1\'b7\tab}Typing 70 WPM\par
{\listtext\f1\'b7\tab}Chat support\par
\pard Languages: {\f2\'d0\'f3\'f1\'f1\'ea\'e8\'e9}, {\uc2\u21271\'93\'fa\u25991\'93\'fa}\par
\trowd\cellx3000\cellx6000\pard\intbl Acme Telecom\cell 2019\endash Present\cell\row
\trowd\cellx3000\cellx6000\pard\intbl Globex BPO\cell 2016\endash 2019\cell\row
\pard {\shp{\*\shpinst\shpleft0{\sp{\sn shapeType}{\sv 202}}{\shptxt Text box words\par}}{\shprslt{\*\do\dobxcolumn Text box words}}}\par
{\object\objemb{\*\objclass Excel}{\*\objdata 0105000002}{\result Embedded result}}\par
Binary {\bin6 {}{}\\}ends. Escapes: \{braces\} and \\ backslash\par
}` + '\0\0';

describe('RTF', () => {
  it('keeps the text a reader sees, headers first and footers last', () => {
    const read = readRtf(rtf(resume));
    expect(read.text.split('\n').filter((line) => line.trim() !== '')).toEqual([
      'José Núñez – jose@example.com',
      'Customer Support Specialist',
      'Bilingual agent – 5 years in “tier 1” support.',
      'Café owner. €100K sales.',
      '• Zendesk',
      '• De-escalation',
      '• Typing 70 WPM',
      '• Chat support',
      'Languages: Русский, 北文',
      'Acme Telecom\t2019–Present',
      'Globex BPO\t2016–2019',
      'Text box words',
      'Embedded result',
      'Binary ends. Escapes: {braces} and \\ backslash',
      'References on request',
    ]);
    expect(read.flags).toEqual(['header_footer_included']);
    expect(read.format).toBe('rtf');
  });

  it('leaves out what is not on the page: tables of fonts and styles, metadata, pictures, hidden text, field codes', () => {
    const all = text(resume);
    for (const hidden of ['Calibri', 'Normal', 'My resume', 'Riched20', '0102030405', 'hidden note', 'PAGE', 'shapeType', 'Excel']) {
      expect(all).not.toContain(hidden);
    }
    expect(all.match(/Text box words/g)).toHaveLength(1);
  });

  it('has no header flag when there is no header or footer', () => {
    expect(readRtf(rtf(String.raw`{\rtf1\ansi Hello\par world}`))).toEqual({ format: 'rtf', text: 'Hello\nworld', pages: null, flags: [] });
  });

  it('decodes in the code page the document declares, and survives damaged input', () => {
    expect(text(String.raw`{\rtf1\ansi\ansicpg1251 \'cf\'f0\'e8\'e2\'e5\'f2\par}`)).toBe('Привет');
    expect(text(String.raw`{\rtf1\mac Caf\'8e\par}`)).toBe('Café');
    // A cut-off escape takes no brace with it; an unclosed group and stray braces end nothing but themselves.
    expect(text(String.raw`{\rtf1{\info{\author Jos\'e}} Kept\par}`)).toBe(' Kept');
    expect(text(String.raw`{\rtf1 Unclosed {\b bold`)).toBe('Unclosed bold');
    expect(text(String.raw`{\rtf1 a}} b}`)).toBe('a');
  });

  it('is detected from its bytes and read by readDocument', async () => {
    const read = await readDocument({ name: 'cv.doc', bytes: rtf(resume) }, defaultReadOptions);
    expect(read.format).toBe('rtf');
    expect(read.flags).toContain('extension_mismatch');
    expect(read.text.startsWith('José Núñez – jose@example.com\nCustomer Support Specialist')).toBe(true);
  });
});
