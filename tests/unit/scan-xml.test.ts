import { describe, expect, it } from 'vitest';
import { BrokenXmlError, attribute, scanXml } from '../../src/read-document/docx/scan-xml.js';

function events(xml: string): string[] {
  const seen: string[] = [];
  scanXml(xml, {
    open: (name, attributes, selfClosing) => seen.push(`<${name}${attributes}${selfClosing ? '/' : ''}>`),
    close: (name) => seen.push(`</${name}>`),
    text: (text) => seen.push(text),
  });
  return seen;
}

describe('scanXml', () => {
  it('reports tags and text in order, with entities decoded and markup that holds no content skipped', () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e "boom">]><!-- a <comment> --><d a="x > y" b=\'say "hi"\'>' +
      'Tom &amp; Jerry &#233;&#x2014;&e;<![CDATA[<raw> & text]]><empty/></d>';
    expect(events(xml)).toEqual([
      '<d a="x > y" b=\'say "hi"\'>',
      'Tom & Jerry é—&e;',
      '<raw> & text',
      '<empty/>',
      '</empty>',
      '</d>',
    ]);
  });

  it('reads attributes by local name, decoded', () => {
    const attributes = ' w:val="a &amp; b" r:id=\'rId7\' w:type="first"';
    expect(attribute(attributes, 'val')).toBe('a & b');
    expect(attribute(attributes, 'id')).toBe('rId7');
    expect(attribute(attributes, 'type')).toBe('first');
    expect(attribute(attributes, 'missing')).toBeUndefined();
    expect(attribute(' w:value="x"', 'val')).toBeUndefined();
  });

  it('reports known namespaces with their usual prefix, whatever the document binds', () => {
    const xml = '<ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:o="urn:other"><ns0:p/><o:p/></ns0:document>';
    expect(events(xml).filter((event) => !event.startsWith('<w:document'))).toEqual(['<w:p/>', '</w:p>', '<o:p/>', '</o:p>', '</w:document>']);
  });

  it('throws BrokenXmlError for markup that never ends, and accepts text that merely stops', () => {
    for (const broken of ['<a><b attr="x', '<a><b', '<a><!-- never', '<a><![CDATA[ never']) {
      expect(() => events(broken)).toThrow(BrokenXmlError);
    }
    expect(events('<a>cut off text')).toEqual(['<a>', 'cut off text']);
  });
});
