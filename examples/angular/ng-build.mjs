// `ng build` without the Angular CLI: runs angular.json's build target through Angular's Architect, as the CLI does.
// The CLI (22.x) refuses to start on Node < 22.22; the builder itself (@angular/build:application) runs on Node 20,
// which is what the repository's machines have. With Node 22.22+ or 24 use `npx ng build` (npm i -D @angular/cli).
//
//   node examples/angular/ng-build.mjs [--base-href /path/] [--configuration development] [--stats-json]
//
// Prints the builder's messages and ends with exit code 1 when the build fails (errors, or a budget exceeded).
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// CommonJS packages with folder entry points (`…/node`), which ESM imports cannot name.
const require = createRequire(import.meta.url);
const { Architect } = require('@angular-devkit/architect');
const { WorkspaceNodeModulesArchitectHost } = require('@angular-devkit/architect/node');
const { json, logging, workspaces } = require('@angular-devkit/core');
const { NodeJsSyncHost } = require('@angular-devkit/core/node');

const workspaceRoot = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({ options: { 'base-href': { type: 'string' }, configuration: { type: 'string' }, 'stats-json': { type: 'boolean' } } });

const registry = new json.schema.CoreSchemaRegistry();
registry.addPostTransform(json.schema.transforms.addUndefinedDefaults);
const { workspace } = await workspaces.readWorkspace(workspaceRoot, workspaces.createWorkspaceHost(new NodeJsSyncHost()));
const architect = new Architect(new WorkspaceNodeModulesArchitectHost(workspace, workspaceRoot), registry);

const logger = new logging.Logger('ng-build');
logger.subscribe(({ level, message }) => (level === 'error' || level === 'fatal' || level === 'warn' ? console.error : console.log)(message));

const project = [...workspace.projects.keys()][0];
const overrides = {
  ...(values['base-href'] ? { baseHref: values['base-href'] } : {}),
  ...(values['stats-json'] ? { statsJson: true } : {}), // esbuild's metafile: the chunks and their imports
};
const target = { project, target: 'build', ...(values.configuration ? { configuration: values.configuration } : {}) };
const run = await architect.scheduleTarget(target, overrides, { logger });
const result = await run.result;
await run.stop();
if (!result.success && result.error) console.error(result.error);
process.exit(result.success ? 0 : 1);
