import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildOfflineHtml, jsForInlineScript, jsonForScriptBlock, OFFLINE_GRAPH_ID } from '../../src/export/offline-html.ts';

const hostile = '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)>';
const graphJson = JSON.stringify({ attributes: { name: 't' }, nodes: [{ key: 'paper:a', attributes: { abstract: hostile } }], edges: [] });

describe('offline HTML', () => {
  it('allows exactly its own inline script by hash, and nothing else runs', async () => {
    const js = 'document.title = "ok </script> <!-- x";';
    const html = await buildOfflineHtml({ title: 'T <b>', js, css: 'body{}', bodyHtml: '<main id="graph"></main>', graphJson, view: { sel: 'paper:a' } });
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    const m = /<script type="module">([\s\S]*?)<\/script>/.exec(html)!;
    const digest = createHash('sha256').update(m[1]!, 'utf8').digest('base64');
    expect(csp).toContain(`script-src 'sha256-${digest}'`);
    expect(csp).not.toMatch(/unsafe-inline'[^;]*;?\s*$|script-src[^;]*unsafe/);
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("default-src 'none'");
    // Exactly four script elements: three data blocks and the module.
    expect(html.match(/<script\b/g)).toHaveLength(4);
    expect(html).toContain('<title>T &lt;b&gt;</title>');
  });

  it('keeps hostile data inert and recoverable', async () => {
    const html = await buildOfflineHtml({ title: 't', js: '1', css: '', bodyHtml: '', graphJson });
    const block = new RegExp(`<script type="application/json" id="${OFFLINE_GRAPH_ID}">([\\s\\S]*?)</script>`).exec(html)![1]!;
    expect(block).not.toContain('<');
    expect(JSON.parse(block).nodes[0].attributes.abstract).toBe(hostile);
  });

  it('escapes closing tags in JS and JSON without changing their meaning', () => {
    const js = 'const a = "</script>"; const b = /<!--/; const c = `</SCRIPT`;';
    const safe = jsForInlineScript(js);
    expect(safe).not.toMatch(/<\/script/i);
    expect(safe).not.toContain('<!--');
    // eslint-disable-next-line no-new-func
    const run = (src: string) => new Function(`${src}; return [a, b.test('<!--'), b.test('<x--'), c];`)();
    expect(run(safe)).toEqual(run(js));
    expect(JSON.parse(jsonForScriptBlock('{"a":"</script>\u2028"}'))).toEqual({ a: '</script>\u2028' });
  });

  it('embeds the worker code as an inert JSON string only when asked', async () => {
    const base = { title: 't', js: '1', css: '', bodyHtml: '', graphJson: '{}' };
    const plain = await buildOfflineHtml(base);
    expect(plain).not.toContain('paperweave-worker');
    const worker = 'self.onmessage = () => postMessage("</script>");';
    const html = await buildOfflineHtml({ ...base, workerJs: worker });
    const block = /<script type="application\/json" id="paperweave-worker">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(block)).toBe(worker);
    expect(html.match(/<script\b/g)).toHaveLength(5);
  });

  it('refuses a multi-chunk bundle, a body with scripts and a broken graph', async () => {
    const base = { title: 't', css: '', bodyHtml: '', graphJson: '{}' };
    await expect(buildOfflineHtml({ ...base, js: 'import{a}from"./chunk-1.js";a()' })).rejects.toThrow(/one-chunk/);
    await expect(buildOfflineHtml({ ...base, js: 'import("./x.js")' })).rejects.toThrow(/one-chunk/);
    await expect(buildOfflineHtml({ ...base, js: '1', bodyHtml: '<script>x</script>' })).rejects.toThrow(/bodyHtml/);
    await expect(buildOfflineHtml({ ...base, js: '1', graphJson: '{' })).rejects.toThrow();
  });
});
