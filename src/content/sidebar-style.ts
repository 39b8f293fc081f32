/** Styles of the sidebar host. Inline !important on the host beats any page rule; px only (a page may set html{font-size:62.5%}). */

export function HOST_STYLE(open: boolean, width: number): string {
  const common =
    'all:initial!important;position:fixed!important;top:0!important;right:0!important;z-index:2147483646!important;' +
    'display:block!important;visibility:visible!important;opacity:1!important;transform:none!important;margin:0!important;' +
    'padding:0!important;border:0!important;direction:ltr!important;pointer-events:none!important;';
  return open
    ? `${common}width:${width + 28}px!important;height:100vh!important;`
    : `${common}width:28px!important;height:100vh!important;`;
}

export const SHADOW_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.tab {
  all: initial; pointer-events: auto; position: absolute; right: 0; top: 50%; transform: translateY(-50%);
  width: 28px; height: 96px; border-radius: 8px 0 0 8px; background: #2563eb; color: #fff; cursor: pointer;
  font: 600 12px/1 system-ui, sans-serif; writing-mode: vertical-rl; text-align: center; letter-spacing: 1px;
  box-shadow: -2px 0 8px rgba(0, 0, 0, 0.25);
}
:host([data-open]) .tab { right: auto; left: 0; }
.tab:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.panel {
  pointer-events: auto; position: absolute; top: 0; right: 0; bottom: 0; left: 28px;
  background: #fff; box-shadow: -4px 0 16px rgba(0, 0, 0, 0.2); border-left: 1px solid #d0d7de;
}
.panel[hidden] { display: none; }
.grip { position: absolute; left: -4px; top: 0; bottom: 0; width: 8px; cursor: ew-resize; z-index: 1; }
iframe { all: initial; display: block; width: 100%; height: 100%; border: 0; color-scheme: light dark; }
.panel.resizing iframe { pointer-events: none; }
@media (prefers-color-scheme: dark) {
  .panel { background: #0d1117; border-left-color: #30363d; }
}
`;
