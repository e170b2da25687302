/** A size in bytes as messages write it: "10.0 MB". */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * What is over a size limit, said: "cv.pdf is 12.4 MB; the limit is 10.0 MB.", in bytes where the megabytes read alike
 * ("… is 10,485,762 bytes; the limit is 10,485,760 bytes (10.0 MB)."), since "10.0 MB; the limit is 10.0 MB" says
 * nothing.
 */
export function overSizeLimit(subject: string, bytes: number, limit: number): string {
  if (megabytes(bytes) !== megabytes(limit)) return `${subject} is ${megabytes(bytes)}; the limit is ${megabytes(limit)}.`;
  return `${subject} is ${bytes.toLocaleString('en-US')} bytes; the limit is ${limit.toLocaleString('en-US')} bytes (${megabytes(limit)}).`;
}
