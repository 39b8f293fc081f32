/**
 * Builds Precall for Chrome and Firefox from one source.
 *
 *   node build.mjs [--target chrome|firefox|all] [--dev] [--watch] [--zip] [--quiet]
 *
 *   --target  which browser to build (default: all) into dist/<target>/
 *   --dev     development build: no minification, inline source maps, __DEV__ = true (loud adapter errors)
 *   --watch   rebuild on change (esbuild.context + ctx.watch); implies --dev unless --prod is given
 *   --zip     also write the store zips (dist/precall-<target>-<version>.zip) and a source zip for Firefox review
 *   --quiet   print nothing but errors
 *
 * Prints each entry's raw and gzip size at the end.
 */
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { buildManifest } from './scripts/manifest.mjs';

const ROOT = dirname(fileURLToPath(import.meta.url));
const TARGETS = ['chrome', 'firefox'];
/** One entry per extension context; each becomes <name>.js beside its static files. */
const ENTRIES = {
  background: 'src/background/index.ts',
  sidebar: 'src/sidebar/index.tsx',
  options: 'src/options/index.tsx',
  // The options page's team-import worker (src/options/team/prepare-in-workers.ts starts it by this name).
  'team-import-worker': 'src/options/team/import-worker.ts',
};
/**
 * ES modules the content script imports on demand (web-accessible): what only someone using the tab needs (the site
 * adapters, the contact watch) stays out of the script that starts on every CRM and mail tab.
 */
const MODULE_ENTRIES = {
  'content-main': 'src/content/main.ts',
};
/**
 * What runs in the host page (content.js, then content-main.js) is built against the browser's own API object rather
 * than webextension-polyfill: what they use (runtime.getURL, getManifest, sendMessage, storage.local) returns promises
 * in every MV3 browser, and leaving out the polyfill's 10 KB halved content.js (compile on every CRM and mail tab).
 */
const CONTENT_ENTRY = { content: 'src/content/index.ts' };
/** Static files copied next to the bundles. */
const STATIC_FILES = ['src/sidebar/sidebar.html', 'src/options/options.html'];
/** What the Firefox reviewers need to rebuild the store zip byte for byte. */
const SOURCE_ZIP_PATHS = ['src', 'icons', 'scripts', 'tests', 'bench', 'manifest.json', 'build.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'vitest.config.ts', 'eslint.config.js', 'README.md'];

const args = parseArgs(process.argv.slice(2));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const manifestSource = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));

function parseArgs(argv) {
  const options = { target: 'all', dev: false, watch: false, zip: false, quiet: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--target') options.target = argv[++i];
    else if (arg.startsWith('--target=')) options.target = arg.slice('--target='.length);
    else if (arg === '--dev') options.dev = true;
    else if (arg === '--prod') options.prod = true;
    else if (arg === '--watch') options.watch = true;
    else if (arg === '--zip') options.zip = true;
    else if (arg === '--quiet') options.quiet = true;
    else throw new Error(`Unknown option ${arg}. Usage: node build.mjs [--target chrome|firefox|all] [--dev] [--watch] [--zip]`);
  }
  if (options.watch && !options.prod) options.dev = true;
  if (![...TARGETS, 'all'].includes(options.target)) throw new Error(`--target must be chrome, firefox or all, got ${options.target}`);
  return options;
}

/** One esbuild configuration per output format: classic scripts (with the static files) and on-demand modules. */
function esbuildOptions(target) {
  return [
    bundleOptions(target, ENTRIES, 'iife', true),
    bundleOptions(target, CONTENT_ENTRY, 'iife', false, [nativeApiOnly()]),
    bundleOptions(target, MODULE_ENTRIES, 'esm', false, [nativeApiOnly()]),
  ];
}

/** Resolves webextension-polyfill to the browser's own promise-based API object (see CONTENT_ENTRY). */
function nativeApiOnly() {
  return {
    name: 'native-api-only',
    setup(build) {
      build.onResolve({ filter: /^webextension-polyfill$/ }, () => ({ path: 'native-api', namespace: 'precall' }));
      build.onLoad({ filter: /^native-api$/, namespace: 'precall' }, () => ({
        contents: 'module.exports = globalThis.browser ?? globalThis.chrome;',
        loader: 'js',
      }));
    },
  };
}

function bundleOptions(target, entries, format, withStaticFiles, extraPlugins = []) {
  const outdir = join(ROOT, 'dist', target);
  return {
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, join(ROOT, path)])),
    outdir,
    bundle: true,
    format,
    target: ['chrome120', 'firefox128'],
    minify: !args.dev,
    sourcemap: args.dev ? 'inline' : false,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __DEV__: String(args.dev), __BROWSER__: JSON.stringify(target) },
    logLevel: 'warning',
    plugins: [preactWithoutHtmlSink(), ...extraPlugins, ...(withStaticFiles ? [staticFilesPlugin(target, outdir)] : [])],
  };
}

/** Writes the manifest, HTML and icons after every (re)build, so --watch picks up their changes too. */
function staticFilesPlugin(target, outdir) {
  return {
    name: 'precall-static-files',
    setup(build) {
      build.onStart(() => {
        mkdirSync(outdir, { recursive: true });
      });
      build.onEnd(() => {
        const manifest = buildManifest(manifestSource, { target, version: pkg.version });
        writeFileSync(join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
        for (const file of STATIC_FILES) cpSync(join(ROOT, file), join(outdir, file.split('/').pop()));
        cpSync(join(ROOT, 'icons'), join(outdir, 'icons'), { recursive: true });
      });
    },
  };
}

/**
 * Preact's dangerouslySetInnerHTML is the only HTML sink in our bundles (Firefox's linter flags it). We ban that prop
 * in lint; here its two assignments become textContent, so even a stray use renders text. If Preact's code changes
 * shape the build fails rather than silently keeping the sink.
 */
function preactWithoutHtmlSink() {
  return {
    name: 'preact-without-html-sink',
    setup(build) {
      build.onLoad({ filter: /[\\/]preact[\\/]dist[\\/]preact\.(mjs|module\.js)$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const sinks = source.match(/\.innerHTML=/g)?.length ?? 0;
        if (sinks !== 2) throw new Error(`Expected 2 innerHTML assignments in ${args.path}, found ${sinks}: review preact-without-html-sink.`);
        return { contents: source.replaceAll('.innerHTML=', '.textContent='), loader: 'js' };
      });
    },
  };
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function zipFolder(paths, base, outFile) {
  const entries = {};
  for (const path of paths) {
    for (const file of statSync(path).isDirectory() ? listFiles(path) : [path]) {
      // Fixed timestamps keep the zip reproducible for store review.
      entries[relative(base, file)] = [readFileSync(file), { mtime: new Date('2020-01-01T00:00:00Z') }];
    }
  }
  writeFileSync(outFile, zipSync(entries, { level: 9 }));
  return outFile;
}

function writeZips(targets) {
  const written = targets.map((target) => {
    const dir = join(ROOT, 'dist', target);
    return zipFolder([dir], dir, join(ROOT, 'dist', `precall-${target}-${pkg.version}.zip`));
  });
  const sources = SOURCE_ZIP_PATHS.map((path) => join(ROOT, path)).filter((path) => {
    try {
      statSync(path);
      return true;
    } catch {
      return false;
    }
  });
  written.push(zipFolder(sources, ROOT, join(ROOT, 'dist', `precall-source-${pkg.version}.zip`)));
  return written;
}

function formatKb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function reportSizes(target) {
  const dir = join(ROOT, 'dist', target);
  const rows = readdirSync(dir)
    .filter((name) => name.endsWith('.js') || name.endsWith('.css'))
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return `  ${name.padEnd(16)} ${formatKb(bytes.length).padStart(10)} raw ${formatKb(gzipSync(bytes).length).padStart(10)} gzip`;
    });
  console.log(`dist/${target} (${args.dev ? 'development' : 'production'}, v${pkg.version})\n${rows.join('\n')}`);
}

const targets = args.target === 'all' ? TARGETS : [args.target];
if (args.watch) {
  for (const target of targets) {
    for (const options of esbuildOptions(target)) await (await esbuild.context(options)).watch();
  }
  console.log(`Watching ${targets.join(' and ')}; reload the extension after a rebuild. Ctrl+C stops.`);
} else {
  for (const target of targets) {
    rmSync(join(ROOT, 'dist', target), { recursive: true, force: true });
    for (const options of esbuildOptions(target)) await esbuild.build(options);
    if (!args.quiet) reportSizes(target);
  }
  if (args.zip) for (const file of writeZips(targets)) if (!args.quiet) console.log(`wrote ${relative(ROOT, file)}`);
}
