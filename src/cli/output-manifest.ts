/**
 * The file in an output folder that lists the per-resume files a run wrote, one relative path a line: the next run
 * into the folder removes them, and folder scans pass by a folder that holds it.
 */
export const manifestName = '.rolefit-files';
