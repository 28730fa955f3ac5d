// Bundles src/extension.ts into dist/extension.js (CommonJS, Node, `vscode` external).
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
 * fallback would add about 60 KB to the extension, so it resolves to an empty module.
 */
const dropWebStreamsPolyfill = {
  name: 'drop-web-streams-polyfill',
  setup(build) {
    build.onResolve({ filter: /^web-streams-polyfill(\/|$)/ }, (args) => ({ path: args.path, namespace: 'empty' }));
    build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

async function main() {
  const ctx = await esbuild.context({
    entryPoints: ['src/extension.ts'],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node18',
    outfile: 'dist/extension.js',
    external: ['vscode'],
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    legalComments: production ? 'none' : 'inline',
    metafile: true,
    logLevel: 'silent',
    plugins: [dropWebStreamsPolyfill, problemReporter],
  });
  if (watch) {
    await ctx.watch();
    return;
  }
  // A production build must not ship a stale source map from an earlier development build.
  fs.rmSync('dist', { recursive: true, force: true });
  const result = await ctx.rebuild();
  await ctx.dispose();
  if (result.errors.length > 0) process.exit(1);
  if (process.argv.includes('--analyze')) console.log(await esbuild.analyzeMetafile(result.metafile));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
