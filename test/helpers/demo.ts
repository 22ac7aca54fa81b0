// The demo page (demo/index.html with the CDN build, as `npm start` serves it) in a frame: needs the build.
import { fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { KnMap } from '../../src/map/kn-map.js';
import { idle, until } from './harness.js';
import { nextFrame } from './map.js';

export interface Demo {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  map: KnMap;
}

/** The demo in a frame of that size (its own viewport), once its map is ready and every layer has its data. */
export async function openDemo(width: number, height: number): Promise<Demo> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/demo/index.html" style="display:block;width:${width}px;height:${height}px;border:0"></iframe>`);
  const loaded = () => frame.contentDocument?.URL.endsWith('/demo/index.html') && frame.contentDocument.readyState === 'complete';
  if (!loaded()) await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('kn-map');
  const map = doc.querySelector('kn-map') as KnMap;
  await map.ready;
  const layers = [...map.children].filter((el): el is HTMLElement & { features: unknown[] } => el.localName.endsWith('-layer'));
  await until(() => layers.every((layer) => layer.features.length > 0), 'the data of every layer of the demo');
  // The CDN script is an autoloader: every element's chunk comes on its own.
  await until(() => ![...doc.querySelectorAll(':not(:defined)')].some((element) => element.localName.startsWith('kn-')), 'every element of the demo defined');
  await nextFrame();
  await idle(map.map!);
  return { frame, doc, win, map };
}
