/** 200 hostile strings for contact fields: 20 classic injection shapes × 10 variants, each calling alert(n) if run. */
const TEMPLATES: ((n: number) => string)[] = [
  (n) => `<img src=x onerror=alert(${n})>`,
  (n) => `<script>alert(${n})</script>`,
  (n) => `"><svg onload=alert(${n})>`,
  (n) => `javascript:alert(${n})`,
  (n) => `{{constructor.constructor('alert(${n})')()}}`,
  (n) => `<iframe srcdoc="<script>alert(${n})</script>"></iframe>`,
  (n) => `'-alert(${n})-'`,
  (n) => `</title><script>alert(${n})</script>`,
  (n) => `<a href="javascript:alert(${n})">Dana</a>`,
  (n) => '${alert(' + n + ')}',
  (n) => `<details open ontoggle=alert(${n})>`,
  (n) => `<math><mtext><table><mglyph><style><img src=x onerror=alert(${n})>`,
  (n) => `\u202Eevil${n}\u202C<b onmouseover=alert(${n})>`,
  (n) => `<style>@import'javascript:alert(${n})';</style>`,
  (n) => `<object data="data:text/html,<script>alert(${n})</script>">`,
  (n) => `"onfocus=alert(${n}) autofocus="`,
  (n) => `<body onload=alert(${n})>`,
  (n) => `<svg><animate onbegin=alert(${n}) attributeName=x dur=1s>`,
  (n) => `%3Cscript%3Ealert(${n})%3C%2Fscript%3E`,
  (n) => `<input onfocus=alert(${n}) autofocus>`,
];

export const XSS_PAYLOADS: readonly string[] = Array.from({ length: 200 }, (_, i) => TEMPLATES[i % 20]!(i + 1));
