import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';

/** Keeps the manifest to the documented public API. Events are declared with JSDoc `@event` on each element; the analyzer also guesses events from
 *  `dispatchEvent(new KnXEvent(detail))` calls and names them after the argument. Keep the declared ones. */
function declaredEventsOnly() {
  return {
    name: 'declared-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('kn-'));
          // The manifest documents the public API only.
          if (declaration.members) declaration.members = declaration.members.filter((member) => !member.privacy || member.privacy === 'public');
        }
      }
    },
  };
}

/**
 * Read-only members (getters without a setter such as `map`, `ready`, `isDark`, `features`, `effectiveLang`, and
 * `readonly` fields such as `registry`) stay documented in the manifest but are no props of the framework typings:
 * a framework would set them, and setting a getter throws (`<kn-map isDark={false}>` renders nothing in React).
 * The generators take every public field; the first plugin hides the read-only ones from them, the second gives
 * them back to the manifest.
 */
function readonlyMembersOutOfFrameworkTypes() {
  const hidden = new Map();
  return {
    hide: {
      name: 'hide-readonly-members',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.tagName || !declaration.members) continue;
            hidden.set(declaration, declaration.members);
            declaration.members = declaration.members.filter((member) => !member.readonly);
          }
        }
      },
    },
    restore: {
      name: 'restore-readonly-members',
      packageLinkPhase() {
        for (const [declaration, members] of hidden) declaration.members = members;
        hidden.clear();
      },
    },
  };
}
const readonlyMembers = readonlyMembersOutOfFrameworkTypes();

// Framework typings, generated from the manifest into dist/types/ (shipped as `kn-map-elements/types/react` and
// `kn-map-elements/types/vue`). Each element's attribute and property types come from its class in `dist/<tag>.d.ts`.
const typesDir = 'dist/types';
const frameworkTypeOptions = {
  outdir: typesDir,
  componentTypePath: (_name, tag) => `../${tag}.js`,
  hideLogs: true,
};

/**
 * Finishes what the two generators write, which needs the library's own event classes and React's module name:
 * - an event prop's handler takes the event class (`KnSelectEvent`), not `CustomEvent<KnSelectEvent>`, and the
 *   classes are imported from the package's index (the generators import them from each element's module,
 *   which does not export them, and would import the global `Event` too);
 * - React 19 adds `onkn-select` on a custom element as a listener of `kn-select` (the generated name); Vue
 *   compiles `@kn-select` to the prop `onKnSelect`, so the Vue typings use that name;
 * - React: the element types are added to `React.JSX.IntrinsicElements`, with a typed `ref`;
 * - Vue: only `GlobalComponents` (the generator's global `JSX.IntrinsicElements` would take components for props).
 */
function finishFrameworkTypes() {
  return {
    name: 'finish-framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElementsManifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.tagName));
      for (const { tagName } of elements) {
        if (!existsSync(join('src', `${tagName}.ts`))) throw new Error(`finish-framework-types: <${tagName}> has no src/${tagName}.ts to take its types from`);
      }
      const eventClasses = [...new Set(elements.flatMap((element) => (element.events ?? []).map((event) => event.type?.text)))].filter((type) => /^Kn\w+Event$/.test(type ?? '')).sort();
      const withEventClasses = (source) =>
        source
          .replace(/^import type \{\s*(\w+)\s*,[^}]*\} from (".*?");$/gm, 'import type { $1 } from $2;')
          .replace(/CustomEvent<(\w*Event)>/g, '$1')
          .replace(/^/, `import type { ${eventClasses.join(', ')} } from "../index.js";\n`);

      const reactPath = join(typesDir, 'react.d.ts');
      let react = withEventClasses(readFileSync(reactPath, 'utf8'));
      react = `/** React 19 JSX typings of the kn-* elements: \`import type {} from 'kn-map-elements/types/react';\` once in the app. Generated from custom-elements.json. */\n${react}`;
      react += `
import type { RefAttributes } from "react";
${elements.map((element) => `import type { ${element.name} } from "../${element.tagName}.js";`).join('\n')}

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((element) => `      "${element.tagName}": CustomElements["${element.tagName}"] & RefAttributes<${element.name}>;`).join('\n')}
    }
  }
}
`;
      writeFileSync(reactPath, dedupeImports(react));

      const vuePath = join(typesDir, 'vue.d.ts');
      let vue = withEventClasses(readFileSync(vuePath, 'utf8'))
        .replace(/"on(kn-[\w-]+)"\?:/g, (_match, name) => `on${name.replace(/(^|-)(\w)/g, (_m, _dash, letter) => letter.toUpperCase())}?:`)
        .replace(/\n\s*declare global \{\s*namespace JSX \{[\s\S]*?\}\s*\}\s*\}\s*$/, '\n');
      vue = `/** Vue 3 GlobalComponents typings of the kn-* elements: \`import type {} from 'kn-map-elements/types/vue';\` once in the app. Generated from custom-elements.json. */\n${vue}`;
      writeFileSync(vuePath, vue);

      // Svelte 5: element props on \`SvelteHTMLElements\` (svelte/elements), the page's HTML attributes from Svelte's own
      // types (the generator's base props name a global JSX that Svelte apps do not have), a property without an
      // attribute (\`data\`) set as a prop (Svelte 5 sets a custom element's props as properties), and each event as
      // Svelte 5's \`onkn-select\` beside Svelte 4's \`on:kn-select\`.
      const sveltePath = join(typesDir, 'svelte.d.ts');
      let svelte = withEventClasses(readFileSync(sveltePath, 'utf8'))
        .replace(/^type BaseProps = \{[\s\S]*?^\};$/m, 'type BaseProps = HTMLAttributes<HTMLElement>;')
        .replace(/"bind:(\w+)"\?:/g, '$1?:')
        .replace(/^(\s*)"on:(kn-[\w-]+)"\?: (.*)$/gm, '$1"on:$2"?: $3\n$1"on$2"?: $3')
        .replace(/\n\s*declare namespace svelteHTML \{[\s\S]*$/, '\n');
      svelte = `/** Svelte 5 typings of the kn-* elements: \`import type {} from 'kn-map-elements/types/svelte';\` once in the app. Generated from custom-elements.json. */\nimport type { HTMLAttributes } from "svelte/elements";\n${svelte}`;
      svelte += `
declare module "svelte/elements" {
  interface SvelteHTMLElements {
${elements.map((element) => `    "${element.tagName}": CustomElements["${element.tagName}"];`).join('\n')}
  }
}
`;
      writeFileSync(sveltePath, svelte);
    },
  };
}

/** The generators import each element class per element; the React part above imports them again. */
function dedupeImports(source) {
  const seen = new Set();
  return source
    .split('\n')
    .filter((line) => {
      if (!line.startsWith('import type ')) return true;
      if (seen.has(line)) return false;
      seen.add(line);
      return true;
    })
    .join('\n');
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [
    declaredEventsOnly(),
    readonlyMembers.hide,
    customElementJsxPlugin({ ...frameworkTypeOptions, fileName: 'react.d.ts' }),
    customElementVuejsPlugin({ ...frameworkTypeOptions, fileName: 'vue.d.ts' }),
    customElementSveltePlugin({ ...frameworkTypeOptions, fileName: 'svelte.d.ts' }),
    readonlyMembers.restore,
    finishFrameworkTypes(),
  ],
};
