import { css } from 'lit';

export const legendStyles = css`
  :host {
    max-width: var(--kn-legend-max-width, 20rem);
  }
  /* On paper there is no scrolling: a legend prints whole (and open: collapseStyles), as far as its map's height goes. */
  @media print {
    .panel {
      max-height: none;
      overflow: visible;
    }
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .layer + .layer {
    margin-top: 0.75rem;
  }
  .layer-name {
    margin: 0 0 0.25rem;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .layer-state {
    font-weight: normal;
    color: var(--kn-color-muted, #555555);
  }
  .symbol {
    display: grid;
    grid-template-columns: var(--kn-legend-swatch-width, 28px) minmax(0, 1fr);
    gap: 0.5rem;
    align-items: start;
    min-height: 24px;
    padding: 2px 0;
  }
  .swatch {
    width: var(--kn-legend-swatch-width, 28px);
    height: calc(var(--kn-legend-swatch-width, 28px) * 20 / 28);
    overflow: hidden;
  }
  .label,
  .detail {
    display: block;
  }
  .detail,
  .note {
    font-size: 0.8125rem;
    color: var(--kn-color-muted, #555555);
  }
  .note {
    margin: 0.25rem 0 0;
  }
  /* A service's own legend picture (WMS): never wider than the panel. */
  .legend-image {
    display: block;
    max-width: 100%;
    height: auto;
    margin: 0.125rem 0;
  }
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
      background: #ffffff;
    }
  }
`;
