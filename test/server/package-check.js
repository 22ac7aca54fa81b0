// Test-runner command 'check-package': the package as npm would publish it, checked from the packed tarball in a
// fresh folder (not from the source tree): every export imports in plain Node (as during server-side rendering),
// the types resolve and type-check typed usage, and the tarball holds what package.json promises.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function checkPackage() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const work = mkdtempSync(join(tmpdir(), 'kn-package-'));
  try {
    const [{ filename, files }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }));
    const installed = join(work, 'node_modules', pkg.name);
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['xzf', join(work, filename), '-C', installed, '--strip-components=1']);
    // The dependencies come from this checkout's node_modules (the registry is not needed for the check).
    for (const dep of Object.keys(pkg.dependencies)) {
      const target = join(work, 'node_modules', dep);
      mkdirSync(dirname(target), { recursive: true });
      symlinkSync(join(root, 'node_modules', dep), target, 'dir');
    }
    const paths = files.map((file) => file.path);
    const exportTargets = Object.entries(pkg.exports).flatMap(([key, value]) =>
      key.includes('*') ? [] : typeof value === 'string' ? [value] : Object.values(value),
    );
    const missing = exportTargets.filter((target) => !existsSync(join(installed, target)));

    // The CDN file is a browser-only bundle (lit built for browsers); every other module must import in Node.
    const specifiers = Object.keys(pkg.exports).filter((key) => (key.endsWith('.js') || key === '.') && !key.startsWith('./cdn/')).map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));
    const importScript = `for (const s of ${JSON.stringify(specifiers)}) { try { await import(s); console.log('ok', s); } catch (e) { console.log('FAIL', s, e.message); } }`;
    const nodeImports = execFileSync('node', ['--input-type=module', '-e', importScript], { cwd: work, encoding: 'utf8' }).trim().split('\n');

    writeFileSync(
      join(work, 'usage.ts'),
      `import 'kn-map-elements/define.js';
import { KnMap, KnWlanLayer, configure, type KnSelectEvent } from 'kn-map-elements';
const map: KnMap = document.createElement('kn-map');
map.center = [9.1757, 47.6597];
map.zoom = 14;
const wlan: KnWlanLayer = document.createElement('kn-wlan-layer');
wlan.coverage = 80;
map.append(wlan);
map.addEventListener('kn-select', (event: KnSelectEvent) => console.log(event.detail.feature.properties));
map.addEventListener('kn-move-end', (event) => console.log(event.detail.zoom.toFixed(1)));
configure({ basemap: 'konstanz' });
void map.ready.then(() => map.map?.getZoom());
`,
    );
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, lib: ['ES2023', 'DOM'], types: [] }, files: ['usage.ts'] }),
    );
    let typeErrors = '';
    try {
      execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', work], { cwd: work, encoding: 'utf8' });
    } catch (error) {
      typeErrors = `${error.stdout}${error.stderr}`.trim();
    }
    const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
    const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean)).sort();
    return {
      fileCount: paths.length,
      shipsSourceOrTests: paths.filter((path) => /^(src|test|stories|bench)\//.test(path)),
      shipsSourceMaps: paths.some((path) => path.endsWith('.map')),
      missingExportTargets: missing,
      nodeImports,
      typeErrors,
      manifestTags: tags,
      sideEffects: pkg.sideEffects,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function packageCheckPlugin() {
  return {
    name: 'package-check',
    async executeCommand({ command }) {
      if (command !== 'check-package') return undefined;
      return checkPackage();
    },
  };
}
