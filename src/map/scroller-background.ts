import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The `background` of a box that scrolls over the map (a control's panel, the search's results, the consent card):
 * its colour under an image layer that draws nothing (a transparent gradient), not the plain colour alone.
 *
 * With a plain opaque colour, Chromium 156 left the map's canvas out of a rectangle the size of the box, in the
 * wrong place (above it): a blank patch of the page's colour over the city, seen on a phone-sized map with its
 * legend open. Seen here in headless Chromium's pictures of the page (a screenshot that holds the box, or the
 * whole window); a real screen could not be checked. scripts/check-scroll-box.js shows it on a plain page.
 *
 * An image layer keeps Chromium from taking the box as opaque there. It draws nothing, so a see-through colour
 * stays as see-through as given; the colour stays the background, so forced colours (Windows' contrast themes,
 * which drop gradients) still give the box its system background.
 */
export const scrollerBackground = (colour: string): CSSResult => unsafeCSS(`linear-gradient(transparent 0 0) ${colour}`);
