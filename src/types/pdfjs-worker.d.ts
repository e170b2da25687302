/** pdf.js's worker bundle, loaded into the same thread (see load-pdfjs.ts); only its presence matters to rolefit. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
