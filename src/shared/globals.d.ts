/** Set by build.mjs: true in development builds (loud errors), false in production. */
declare const __DEV__: boolean;
/** Set by build.mjs: the browser a bundle is built for. Known differences are decided at build time, never by sniffing. */
declare const __BROWSER__: 'chrome' | 'firefox';
