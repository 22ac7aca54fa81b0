/** "Smarte Stadt, Smart Leben" → ["Smarte Stadt", "Smart Leben"]; empty text → no filter. */
export function parseList(text: string | undefined | null): string[] {
  return (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}
