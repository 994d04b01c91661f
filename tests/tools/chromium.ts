// Finds a Chromium-family browser; on Debian/Ubuntu as root, installs Debian's
// `chromium` when none is there. Never downloads a browser build of its own.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH=${fromEnv} does not exist.`);
  }
  return CANDIDATES.find((p) => existsSync(p));
}

const isDebian = () => existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

export function ensureChromium({ log = console.log } = {}): string {
  const found = findChromium();
  if (found) return found;
  const cmd = 'apt-get update && apt-get install -y chromium';
  if (isDebian() && isRoot()) {
    log(`No Chromium found: installing Debian's chromium package (${cmd})…`);
    execFileSync('bash', ['-c', `DEBIAN_FRONTEND=noninteractive ${cmd}`], { stdio: 'inherit' });
    const now = findChromium();
    if (now) return now;
  }
  const how = isDebian() ? `sudo ${cmd}` : 'install Chrome or Chromium, or set CHROME_PATH';
  throw new Error(
    `No Chromium-family browser found. Run:\n  ${how}\nor set CHROME_PATH=/path/to/chrome`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureChromium());
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
