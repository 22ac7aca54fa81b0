import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/lang.js';
import type { DragPan, onStillKey, StillButtons, StillNavigation, stillButtons } from './still-input.js';
import { t } from './still.messages.js';

/** What the still picture shows besides its drawing (still-view.ts decides, this renders). */
export interface StillState {
  /** The picture can be moved and clicked (no WebGL, `interactive`): an application with keys and buttons. */
  operable: boolean;
  /** The canvas's name. */
  label: string;
  /** Whether anything is drawn yet (until then the picture is hidden from assistive technology). */
  drawn: boolean;
  buttons: StillButtons;
  /** The credit line ('' for none). */
  credits: string;
  /** On a small map the credits are an ⓘ that opens them (without WebGL; while MapLibre loads it brings its own). */
  creditsButton: boolean;
  /** The map is as small as MapLibre's credits are an ⓘ on. */
  compact: boolean;
  navigation: StillNavigation;
  /** The picture's keys, dragging and buttons, once their lazy chunk (still-operable.ts) is there: operable only then. */
  input?: StillInput;
}

/** What the operable picture renders with, from the lazy chunk still-operable.ts (still-input.ts). */
export interface StillInput {
  onKey: typeof onStillKey;
  buttons: typeof stillButtons;
  drag: DragPan;
}

/**
 * `<canvas class="still-view" part="still-view">`: a picture (`role="img"`) while MapLibre loads; without WebGL an
 * application in the tab order described by the keys it takes, with zoom buttons top right and, bottom right, the pan
 * buttons and the credit line.
 */
export function stillTemplate(lang: Lang, state: StillState): TemplateResult {
  const { navigation } = state;
  const input = state.operable ? state.input : undefined;
  const operable = !!input;
  return html`
    <canvas
      class="still-view ${operable ? 'still-view--operable' : ''}"
      part="still-view"
      role=${operable ? 'application' : 'img'}
      aria-label=${state.label}
      aria-hidden=${state.drawn ? 'false' : 'true'}
      aria-roledescription=${operable ? t(lang, 'roledescription') : nothing}
      aria-describedby=${operable ? 'kn-still-operation' : nothing}
      tabindex=${operable ? '0' : nothing}
      @keydown=${input ? (event: KeyboardEvent) => input.onKey(event, navigation) : nothing}
      @pointerdown=${input ? input.drag.down : nothing}
      @pointermove=${input ? input.drag.move : nothing}
      @pointerup=${input ? input.drag.up : nothing}
      @pointercancel=${input ? input.drag.cancel : nothing}
    ></canvas>
    ${operable ? html`<p hidden id="kn-still-operation">${t(lang, 'operation')}</p>` : nothing}
    ${input ? input.buttons(lang, navigation, { ...state.buttons, pan: false }) : nothing}
    <div class="still-bottom ${state.compact ? 'still-bottom--compact' : ''}">
      ${input && state.buttons.pan ? input.buttons(lang, navigation, { zoom: false, pan: true }) : nothing}
      ${credits(lang, state)}
    </div>
  `;
}

/** The credit line; before the picture is drawn laid out but not shown (`--pending`), so that the first view is fitted clear of it. */
function credits(lang: Lang, { credits: line, compact, creditsButton, drawn }: StillState): TemplateResult | typeof nothing {
  if (!line) return nothing;
  const pending = drawn ? '' : 'still-credits--pending';
  if (!compact) return html`<p class="still-credits ${pending}" part="still-credits" aria-hidden=${drawn ? nothing : 'true'}>${line}</p>`;
  if (!creditsButton) return nothing;
  return html`<details class="still-credits ${pending}" part="still-credits" aria-hidden=${drawn ? nothing : 'true'}>
    <summary aria-label=${t(lang, 'credits')} title=${t(lang, 'credits')}>i</summary>${line}
  </details>`;
}
