/** The part of word-extractor's API that rolefit uses (the package ships no types). */
declare module 'word-extractor' {
  interface TextOptions {
    /** Default true: turns curly quotes, dashes and wide spaces into ASCII. */
    filterUnicode?: boolean;
  }

  class WordDocument {
    getBody(options?: TextOptions): string;
    getFootnotes(options?: TextOptions): string;
    getEndnotes(options?: TextOptions): string;
    /** Headers, followed by the footers unless includeFooters is false. */
    getHeaders(options?: TextOptions & { includeFooters?: boolean }): string;
    getFooters(options?: TextOptions): string;
    getAnnotations(options?: TextOptions): string;
    getTextboxes(options?: TextOptions & { includeHeadersAndFooters?: boolean; includeBody?: boolean }): string;
  }

  class WordExtractor {
    /** A .doc (OLE) or .docx file, as a path or its bytes. */
    extract(source: string | Buffer): Promise<WordDocument>;
  }

  export = WordExtractor;
}
