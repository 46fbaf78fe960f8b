/**
 * One self-contained HTML file that reopens a view offline (from file://, no server, no network).
 *
 * Layout of the file:
 *   <meta http-equiv="Content-Security-Policy" ...>
 *   <style>  the viewer's CSS  </style>
 *   <script type="application/json" id="paperweave-graph">  graph.json  </script>
 *   <script type="application/json" id="paperweave-view">   view state  </script>
 *   <script type="application/json" id="paperweave-body">   the body markup, for re-export  </script>
 *   <body> the viewer's static markup </body>
 *   <script type="module">  the viewer's bundle (one chunk)  </script>
 *
 * Content-Security-Policy, and why a hash:
 *   - The data travels as `type="application/json"` blocks. Browsers never execute those, so CSP does not
 *     have to allow them, and a hostile abstract inside them stays data (every `<` is written `\u003c`, so
 *     nothing in the JSON can close the element).
 *   - The app code must be inline (file:// has no origin from which `script-src 'self'` could load a
 *     sibling file, and one file is the point). Allowing it with `'unsafe-inline'` would also allow any
 *     script an attacker managed to inject into the markup. A hash source, `script-src 'sha256-<digest>'`,
 *     allows exactly this one script text and nothing else: an injected `<script>`, an `onerror=`
 *     attribute or a `javascript:` URL stays blocked. A nonce would do the same for a server, but a static
 *     file cannot mint a fresh nonce per load, so a nonce here would be a fixed, guessable password;
 *     a hash is the sound choice for a static file. (CSP3 hashes apply to inline module scripts; Chromium,
 *     Firefox and Safari all honour them from a <meta> policy, file:// included.)
 *   - `worker-src blob:` lets the ForceAtlas2 worker (graphology spawns it from a Blob URL) and Vite's
 *     inlined workers run; `img-src data: blob:` covers the PNG snapshot; `connect-src 'none'` makes the
 *     promise "nothing is uploaded anywhere" enforced by the browser, not just by our code.
 *   - `style-src 'unsafe-inline'`: the CSS is inlined and the viewer sets style attributes from markup
 *     templates; styles cannot run code, so this is the accepted trade-off.
 *   - `default-src 'none'`, `base-uri 'none'`, `form-action 'none'`, `object-src 'none'` close the rest.
 *
 * Pure: the digest comes from WebCrypto (`crypto.subtle`, in browsers and Node >= 19), hence async.
 */

export const OFFLINE_GRAPH_ID = 'paperweave-graph';
export const OFFLINE_VIEW_ID = 'paperweave-view';
/** The static body markup again, as a JSON string, so the offline page can export itself once more. */
export const OFFLINE_BODY_ID = 'paperweave-body';
/** The pipeline worker's code, as a JSON string, when the copy was exported with the paper reader. */
export const OFFLINE_WORKER_ID = 'paperweave-worker';
/** `<meta name="paperweave-offline" content="1">` marks a page as an offline snapshot. */
export const OFFLINE_META = 'paperweave-offline';

export interface OfflineHtmlParts {
  title: string;
  /** The viewer's built JS: one ES module with no import of another file. */
  js: string;
  /** The viewer's built CSS. */
  css: string;
  /** The viewer's static <body> markup, without any <script>. */
  bodyHtml: string;
  /** graph.json text (graphology serialisation). */
  graphJson: string;
  /** The view to reopen (filters, selection, camera ...): any JSON-serialisable value. */
  view?: unknown;
  /**
   * The paper-reading pipeline's worker code (one ES module), to let the copy open paper files too: it is
   * stored as a JSON string (inert) and started from a Blob URL (`worker-src blob:`). Optional: ~1.5 MB.
   */
  workerJs?: string;
  lang?: string;
}

/** JSON text safe inside a <script type="application/json"> element: no `<` at all, so no `</script>` or `<!--`. */
export function jsonForScriptBlock(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * JS text safe inside an inline <script>: `</script` and `<!--` can only occur in a module's strings,
 * templates, regular expressions and comments, where `<\/script` and `<\x21--` mean the same.
 */
export function jsForInlineScript(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\x21--');
}

export function escapeHtmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Base64 SHA-256 of a UTF-8 string, as a CSP hash source wants it. */
export async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let bin = '';
  for (const b of new Uint8Array(digest)) bin += String.fromCharCode(b);
  return btoa(bin);
}

export function offlineCsp(scriptHash: string): string {
  return [
    "default-src 'none'",
    `script-src 'sha256-${scriptHash}'`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    'worker-src blob:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export async function buildOfflineHtml(parts: OfflineHtmlParts): Promise<string> {
  if (/<script\b/i.test(parts.bodyHtml)) throw new Error('offline-html: bodyHtml must not contain <script> elements.');
  if (/\bfrom\s*["']\.{0,2}\/[^"'\n]*\.js["']/.test(parts.js) || /\bimport\s*\(\s*["']\.{0,2}\/[^"'\n]*\.js["']\s*\)/.test(parts.js))
    throw new Error('offline-html: the viewer bundle imports other files; a self-contained page needs a one-chunk build.');
  JSON.parse(parts.graphJson); // fail here, not in the reopened page
  const js = jsForInlineScript(parts.js);
  // The hashed text is exactly the element's content, newlines included.
  const scriptText = `\n${js}\n`;
  const hash = await sha256Base64(scriptText);
  const css = parts.css.replace(/<\/(style)/gi, '<\\/$1');
  const view = parts.view === undefined ? 'null' : JSON.stringify(parts.view);
  return [
    '<!doctype html>',
    `<html lang="${escapeHtmlText(parts.lang ?? 'en')}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtmlText(offlineCsp(hash))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="${OFFLINE_META}" content="1">`,
    `<title>${escapeHtmlText(parts.title)}</title>`,
    `<style>\n${css}\n</style>`,
    `<script type="application/json" id="${OFFLINE_GRAPH_ID}">${jsonForScriptBlock(parts.graphJson)}</script>`,
    `<script type="application/json" id="${OFFLINE_VIEW_ID}">${jsonForScriptBlock(view)}</script>`,
    `<script type="application/json" id="${OFFLINE_BODY_ID}">${jsonForScriptBlock(JSON.stringify(parts.bodyHtml))}</script>`,
    ...(parts.workerJs ? [`<script type="application/json" id="${OFFLINE_WORKER_ID}">${jsonForScriptBlock(JSON.stringify(parts.workerJs))}</script>`] : []),
    '</head>',
    '<body>',
    parts.bodyHtml,
    `<script type="module">${scriptText}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
