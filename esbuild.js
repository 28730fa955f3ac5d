// Bundles the extension for VS Code (CommonJS, Node, `vscode` external):
//   src/extension.ts → dist/extension.js   what activation loads
//   node-fetch       → dist/fetch.js       loaded on the first API request, not at activation
//   vscode-json-languageservice → dist/jsonLanguageService.js   loaded when a task input first
//                      needs its schema's completion, hovers and diagnostics
// `--production` minifies and drops source maps; `--watch` rebuilds on change.
const fs = require('node:fs');
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints build problems in the form VS Code's problem matchers understand. */
const problemReporter = {
  name: 'problem-reporter',
  setup(build) {
    build.onStart(() => console.log(`[esbuild] build started${production ? ' (production)' : ''}`));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[esbuild] build finished');
    });
  },
};

/**
 * fetch-blob (under node-fetch) falls back to web-streams-polyfill only when Node has no
 * `stream/web`; every Node that runs VS Code ≥ 1.85 (Node 18+) has it. Bundling the unused
 * fallback would add about 60 KB, so it resolves to an empty module.
 */
const dropWebStreamsPolyfill = {
  name: 'drop-web-streams-polyfill',
  setup(build) {
    build.onResolve({ filter: /^web-streams-polyfill(\/|$)/ }, (args) => ({ path: args.path, namespace: 'empty' }));
    build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

/**
 * Each `import * as vscode from 'vscode'` would otherwise become its own `require("vscode")`
 * wrapped in a copy of the whole API object, once per source file, all at activation. One
 * re-exporting module makes that happen once.
 */
const singleVscodeImport = {
  name: 'single-vscode-import',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === 'vscode-shim' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-shim' });
    build.onLoad({ filter: /.*/, namespace: 'vscode-shim' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

/**
 * The client's `import('node-fetch')` loads dist/fetch.js, built separately, when first called:
 * it resolves to a bundled one-line module that requires that file (a plain `require`, which
 * every extension host supports, and which esbuild evaluates only when the import runs).
 */
const nodeFetchAsSeparateFile = {
  name: 'node-fetch-as-separate-file',
  setup(build) {
    build.onResolve({ filter: /^node-fetch$/ }, () => ({ path: 'node-fetch', namespace: 'fetch-loader' }));
    build.onResolve({ filter: /^\.\/fetch\.js$/, namespace: 'fetch-loader' }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'fetch-loader' }, () => ({ contents: "module.exports = require('./fetch.js');", loader: 'js' }));
  },
};

/**
 * The same for the task-input editor's `import('vscode-json-languageservice')`: dist/jsonLanguageService.js,
 * required when the first task input is opened.
 */
const jsonServiceAsSeparateFile = {
  name: 'json-service-as-separate-file',
  setup(build) {
    build.onResolve({ filter: /^vscode-json-languageservice$/ }, () => ({ path: 'vscode-json-languageservice', namespace: 'json-service-loader' }));
    build.onResolve({ filter: /^\.\/jsonLanguageService\.js$/, namespace: 'json-service-loader' }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'json-service-loader' }, () => ({ contents: "module.exports = require('./jsonLanguageService.js');", loader: 'js' }));
  },
};

const JSON_SERVICE_PARTS = [
  "export { JSONSchemaService } from 'vscode-json-languageservice/lib/esm/services/jsonSchemaService';",
  "export { JSONCompletion } from 'vscode-json-languageservice/lib/esm/services/jsonCompletion';",
  "export { JSONHover } from 'vscode-json-languageservice/lib/esm/services/jsonHover';",
  "export { JSONValidation } from 'vscode-json-languageservice/lib/esm/services/jsonValidation';",
  "export { parse } from 'vscode-json-languageservice/lib/esm/parser/jsonParser';",
  "export { TextDocument } from 'vscode-languageserver-textdocument';",
].join('\n');

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  legalComments: production ? 'none' : 'inline',
  logLevel: 'silent',
};

async function main() {
  const contexts = await Promise.all([
    esbuild.context({
      ...common,
      entryPoints: ['src/extension.ts'],
      outfile: 'dist/extension.js',
      plugins: [singleVscodeImport, nodeFetchAsSeparateFile, jsonServiceAsSeparateFile, problemReporter],
    }),
    esbuild.context({
      ...common,
      // Only the parts the editor uses (not symbols, folding, colours, links, formatting or the
      // JSON Schema meta-schemas), from the package's ES-module build: its UMD build hides its
      // requires from the bundler. src/inputEditor/jsonServiceParts.ts types these exports.
      stdin: { contents: JSON_SERVICE_PARTS, resolveDir: __dirname, sourcefile: 'jsonServiceParts.js' },
      mainFields: ['module', 'main'],
      outfile: 'dist/jsonLanguageService.js',
    }),
    esbuild.context({
      ...common,
      entryPoints: [require.resolve('node-fetch')],
      outfile: 'dist/fetch.js',
      plugins: [dropWebStreamsPolyfill],
    }),
  ]);
  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
    return;
  }
  // A production build must not ship a stale source map from an earlier development build.
  fs.rmSync('dist', { recursive: true, force: true });
  const results = await Promise.all(contexts.map((ctx) => ctx.rebuild().catch((error) => error)));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
  if (results.some((result) => result instanceof Error || result.errors.length > 0)) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
