/** Maps start when they come this close to view, in CSS pixels (also the CDN autoloader's early start). */
export const NEAR_PX = 300;
/** One IntersectionObserver for every map on the page, with this margin. */
const NEAR_MARGIN = `${NEAR_PX}px`;

type Listener = (near: boolean) => void;
const listeners = new WeakMap<Element, Listener>();
let observer: IntersectionObserver | undefined;

export function observeViewport(element: Element, listener: Listener): void {
  observer ??= new IntersectionObserver(
    (entries) => entries.forEach((entry) => listeners.get(entry.target)?.(entry.isIntersecting)),
    { rootMargin: NEAR_MARGIN },
  );
  listeners.set(element, listener);
  observer.observe(element);
}

export function unobserveViewport(element: Element): void {
  observer?.unobserve(element);
  listeners.delete(element);
}

/** 0 when any part of the element is in the viewport, else the gap in px. */
export function distanceToViewport(element: Element): number {
  const rect = element.getBoundingClientRect();
  const dx = Math.max(0, rect.left - innerWidth, -rect.right);
  const dy = Math.max(0, rect.top - innerHeight, -rect.bottom);
  return Math.hypot(dx, dy);
}
