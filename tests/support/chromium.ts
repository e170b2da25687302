import { existsSync } from 'node:fs';

/** Where Debian and Ubuntu put their Chromium; CHROMIUM_PATH overrides both. */
const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const howToInstall = 'run `apt-get install chromium` or set CHROMIUM_PATH';

/** The Chromium to drive, or an error that says how to get one: browser tests fail without it, never skip. */
export function chromiumExecutable(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist: ${howToInstall}.`);
    return fromEnv;
  }
  const found = chromiumCandidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(`No Chromium at ${chromiumCandidates.join(' or ')}: ${howToInstall}.`);
  }
  return found;
}
