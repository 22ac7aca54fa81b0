// Pure (no Node, no DOM): used by the browser tests (test/data/formats.test.ts) and by the fixture maker
// (test/server/format-fixtures.js) to forge what a zip claims.

/**
 * The zip with the central directory's unpacked size of entry `name` set to `size`: what a forged zip claims.
 * @param {Uint8Array} zip
 * @param {string} name
 * @param {number} size
 * @returns {Uint8Array}
 */
export function claiming(zip, name, size) {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  for (let i = 0, at = view.getUint32(end + 16, true); i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)) === name) view.setUint32(at + 24, size, true);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}
