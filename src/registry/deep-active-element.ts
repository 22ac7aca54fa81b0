/** The focused element, looked for inside shadow roots (a map's canvas sits in `<kn-map>`'s, a control's button in its own). */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active;
}
