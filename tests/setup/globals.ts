// Build-time constants that esbuild defines for the real bundles.
(globalThis as Record<string, unknown>).__DEV__ = true;
(globalThis as Record<string, unknown>).__BROWSER__ = 'chrome';
