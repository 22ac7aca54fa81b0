import { css } from 'lit';

/**
 * The keyboard's focus marker on a feature, and the cross-hair at the centre where Enter "clicks": adopted by the
 * walk's loader with the walk's chunk (the marker and the cross-hair show only once the walk is there).
 */
export const walkStyles = css`
  .walk-marker,
  .centre-mark {
    position: absolute;
    left: 0;
    top: 0;
    pointer-events: none;
    box-sizing: border-box;
    border-radius: 50%;
  }
  .walk-marker {
    width: 34px;
    height: 34px;
    margin: -17px 0 0 -17px;
    /* A dark ring inside a white one: at least 3:1 against any map colour underneath. */
    border: 3px solid var(--kn-color-focus, #1d5fa8);
    box-shadow:
      0 0 0 2px #fff,
      inset 0 0 0 2px #fff;
  }
  .walk-marker[hidden] {
    display: none;
  }
  .centre-mark {
    display: none;
    left: 50%;
    top: 50%;
    width: 22px;
    height: 22px;
    margin: -11px 0 0 -11px;
    border: 2px solid #1a1a1a;
    box-shadow:
      0 0 0 2px #fff,
      inset 0 0 0 2px #fff;
  }
  .frame:has(.maplibregl-canvas:focus-visible) .centre-mark {
    display: block;
  }
  .frame:has(.walk-marker:not([hidden])) .centre-mark {
    display: none;
  }
  @media (forced-colors: active) {
    .walk-marker,
    .centre-mark {
      border-color: Highlight;
      box-shadow: none;
    }
  }
`;
