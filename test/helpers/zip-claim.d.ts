/** The zip with the central directory's unpacked size of entry `name` set to `size`: what a forged zip claims. */
export function claiming(zip: Uint8Array, name: string, size: number): Uint8Array;
