/**
 * The pipeline's stages and the helpers the benchmarks drive them with, as built into dist/ (see compiled-modules.ts),
 * loaded once for every benchmark alike.
 */
import { compiledModule } from './compiled-modules.js';

export async function compiledPipeline() {
  const [gaps, inputs, match, order, load, extract, readers, types, read, ocr, score, segment, taxonomy, posting] = await Promise.all([
    compiledModule<typeof import('../src/build-reports/build-gap-analysis.js')>('src/build-reports/build-gap-analysis.js'),
    compiledModule<typeof import('../src/cli/collect-inputs.js')>('src/cli/collect-inputs.js'),
    compiledModule<typeof import('../src/cli/match-command.js')>('src/cli/match-command.js'),
    compiledModule<typeof import('../src/parallel/map-in-order.js')>('src/parallel/map-in-order.js'),
    compiledModule<typeof import('../src/io/load-document.js')>('src/io/load-document.js'),
    compiledModule<typeof import('../src/extract-candidate/extract-candidate.js')>('src/extract-candidate/extract-candidate.js'),
    compiledModule<typeof import('../src/parallel/document-readers.js')>('src/parallel/document-readers.js'),
    compiledModule<typeof import('../src/read-document/document-types.js')>('src/read-document/document-types.js'),
    compiledModule<typeof import('../src/read-document/read-document.js')>('src/read-document/read-document.js'),
    compiledModule<typeof import('../src/read-document/ocr/recognize-text.js')>('src/read-document/ocr/recognize-text.js'),
    compiledModule<typeof import('../src/score-roles/score-roles.js')>('src/score-roles/score-roles.js'),
    compiledModule<typeof import('../src/segment-sections/group-lines-into-sections.js')>('src/segment-sections/group-lines-into-sections.js'),
    compiledModule<typeof import('../src/taxonomy/load-taxonomy.js')>('src/taxonomy/load-taxonomy.js'),
    compiledModule<typeof import('../src/build-job-profile/build-job-profile.js')>('src/build-job-profile/build-job-profile.js'),
  ]);
  return {
    buildGapAnalyses: gaps.buildGapAnalyses,
    adviceContextOf: gaps.adviceContextOf,
    collectInputs: inputs.collectInputs,
    analyseFile: match.analyseFile,
    mapInOrder: order.mapInOrder,
    loadDocument: load.loadDocument,
    extractCandidate: extract.extractCandidate,
    threadPoolReader: readers.threadPoolReader,
    defaultReadOptions: types.defaultReadOptions,
    readDocument: read.readDocument,
    stopRecognizer: ocr.stopRecognizer,
    scoreRoles: score.scoreRoles,
    segmentSections: segment.segmentSections,
    loadTaxonomy: taxonomy.loadTaxonomy,
    buildJobProfile: posting.buildJobProfile,
  };
}
