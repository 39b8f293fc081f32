export type Target = 'chrome' | 'firefox';
export type Manifest = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a browser manifest is open-ended JSON
export function buildManifest(source: Manifest, options: { target: Target; version: string }): Manifest;
