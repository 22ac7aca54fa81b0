/**
 * Calls `place` in the frame after any of `targets` changes size, until the returned function stops it. Placed in
 * the next frame, not in the observer's callback: moving things there would start another round of resize
 * notifications in the same frame ("ResizeObserver loop completed …"). The targets are watched from the next frame
 * too: a host's update may run inside another observer's callback, and a new observation made there would be one
 * notification too late for that round. Used by the map's notices and its own details panel.
 */
export function watchSizes(targets: () => readonly (Element | null | undefined)[], place: () => void): () => void {
  let stopped = false;
  const observer = new ResizeObserver(() => requestAnimationFrame(() => !stopped && place()));
  requestAnimationFrame(() => {
    if (stopped) return;
    for (const target of targets()) if (target) observer.observe(target);
  });
  return () => {
    stopped = true;
    observer.disconnect();
  };
}
