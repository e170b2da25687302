/** A one-line progress counter on a terminal; silent when stderr is a pipe or a file, so logs stay clean. */
export interface Progress {
  update(done: number, current: string): void;
  finish(): void;
}

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update: () => undefined, finish: () => undefined };
  const width = stream.columns || 80;
  return {
    update(done, current) {
      const line = `[${done}/${total}] ${current}`;
      stream.write(`\r${line.slice(0, width - 1).padEnd(width - 1)}`);
    },
    finish() {
      stream.write(`\r${' '.repeat(width - 1)}\r`);
    },
  };
}
