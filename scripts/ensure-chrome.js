// `npm test` step: make sure a Chrome/Chromium exists. On Debian/Ubuntu as root, installs Debian's chromium.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { findChrome } from './chrome.js';

let chrome = findChrome();
if (!chrome) {
  const isDebian = existsSync('/etc/debian_version');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isDebian && isRoot) {
    console.log('No Chrome/Chromium found: installing Debian\'s chromium (apt-get) …');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    chrome = findChrome();
  }
  if (!chrome) {
    console.error('No Chrome/Chromium found: install Chrome or Chromium, or set CHROME_PATH=/path/to/chrome, then run npm test again.');
    process.exit(1);
  }
}
console.log(`Browser: ${chrome}`);
