/** maplibre's box for a group of control buttons, with classes of ours after its own. */
export function controlGroup(className = ''): HTMLDivElement {
  const container = document.createElement('div');
  container.className = `maplibregl-ctrl maplibregl-ctrl-group ${className}`.trim();
  return container;
}

/**
 * A button in maplibre's control style for the map's own controls (reset, keyboard help, tools menu, pan
 * buttons): `icon` is a constant SVG of ours, never data; the label is its accessible name and its tooltip.
 */
export function controlButton(icon: string, onClick: () => void, { label, className = '' }: { label?: string; className?: string } = {}): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `kn-ctrl-button ${className}`.trim();
  if (label) labelButton(button, label);
  button.innerHTML = icon;
  button.addEventListener('click', onClick);
  return button;
}

/** Names a control button (its accessible name and tooltip), e.g. again when its meaning changes. */
export function labelButton(button: HTMLButtonElement, label: string): void {
  button.setAttribute('aria-label', label);
  button.title = label;
}
