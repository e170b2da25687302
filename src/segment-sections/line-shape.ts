/**
 * The shape of a line, as extractors read layout: a bullet opens a description, a line of punctuation separates.
 * Bullets include the glyphs resumes use and UTF-8 bytes left escaped by a converter ("\xe2\x80\xa2 Managed …").
 */
import { bulletClass } from '../text/bullets.js';

// At the start of a line a hyphen, an asterisk or a lone "o" is a bullet too; within a line they are not.
const bulletPattern = new RegExp(`^(?:[${bulletClass()}\\-*]|o\\s|(?:\\\\x[0-9a-fA-F]{2}){2,})`, 'u');
const punctuationOnly = /^[\p{P}\p{S}\s]*$/u;

/** The bullet a line starts with, and the spaces after it: "• ", "o ", "\\xe2\\x80\\xa2 ". */
export function bulletPrefix(text: string): string {
  const match = bulletPattern.exec(text);
  return match ? text.slice(0, match[0].length + (/^\s*/.exec(text.slice(match[0].length))?.[0].length ?? 0)) : '';
}

export function isBullet(text: string): boolean {
  return bulletPattern.test(text);
}

/** A line with no letter or digit: "-", "|", "•", "—". */
export function isPunctuationOnly(text: string): boolean {
  return punctuationOnly.test(text);
}
