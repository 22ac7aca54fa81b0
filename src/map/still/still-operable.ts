/**
 * What the still picture needs only where it stays, without WebGL (still-view.ts `operate`): its keys, dragging,
 * zoom and pan buttons and the layout they take (still-input.ts), the click that selects a feature (still-pick.ts)
 * the scale bar (still-scale.ts) and the chosen place's pin (still-pin.ts). A lazy chunk: a browser with WebGL never downloads it.
 */
export { DragPan, onStillKey, stillButtons, stillControlRects } from './still-input.js';
export { pickIn } from './still-pick.js';
export { drawScale } from './still-scale.js';
export { drawPin } from './still-pin.js';
