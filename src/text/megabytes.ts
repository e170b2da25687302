/** A size in bytes as messages write it: "10.0 MB". */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * A size over a limit, and the limit, as a message writes them: in megabytes, or in bytes where the megabytes read
 * alike ("10,485,762 bytes; the limit is 10,485,760"), since "10.0 MB; the limit is 10.0 MB" says nothing.
 */
export function sizeOverLimit(bytes: number, limit: number): { size: string; limit: string } {
  if (megabytes(bytes) !== megabytes(limit)) return { size: megabytes(bytes), limit: megabytes(limit) };
  return { size: `${bytes.toLocaleString('en-US')} bytes`, limit: `${limit.toLocaleString('en-US')} bytes (${megabytes(limit)})` };
}
