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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [declaredEventsOnly()],
};
