/**
 * Nothing a document references is fetched and none of its scripts run: a
 * loopback canary server counts every request while Bayan lints (and fixes)
 * pages that reference it in every way HTML, CSS and Markdown allow.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bayan, parseJson, tempDir, warmPacks } from './helpers.js';

let server: Server;
const requests: string[] = [];
let base = '';

beforeAll(async () => {
  await warmPacks();
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('canary');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(() => new Promise<void>((done) => server.close(() => done())));

function page(u: (name: string) => string): string {
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<title>بيان</title>
<base href="${u('base/')}">
<meta http-equiv="refresh" content="0; url=${u('refresh')}">
<link rel="stylesheet" href="${u('style.css')}">
<link rel="preload" href="${u('preload')}" as="script">
<link rel="prefetch" href="${u('prefetch')}">
<link rel="icon" href="${u('icon.png')}">
<link rel="manifest" href="${u('manifest.json')}">
<script src="${u('script.js')}"></script>
<script type="module">import '${u('module.js')}'; fetch('${u('fetch')}');</script>
<script>new Image().src = '${u('inline-script')}'; navigator.sendBeacon && navigator.sendBeacon('${u('beacon')}');</script>
<style>@import url("${u('import.css')}"); body { background: url(${u('bg.png')}); } @font-face { font-family: x; src: url(${u('font.woff')}); }</style>
</head>
<body>
<main>
<h1>بيان صحفي</h1>
<p style="background-image: url('${u('inline-style.png')}')">ذهب الوزير الى الاجتماع.</p>
<img src="${u('img.png')}" srcset="${u('img-2x.png')} 2x" alt="صورة الوزير">
<picture><source srcset="${u('source.webp')}"><img src="${u('picture.png')}" alt="صورة"></picture>
<video src="${u('video.mp4')}" poster="${u('poster.png')}"><track src="${u('track.vtt')}"></video>
<audio src="${u('audio.mp3')}"></audio>
<iframe src="${u('iframe')}" title="إطار"></iframe>
<object data="${u('object')}"></object>
<embed src="${u('embed')}">
<svg><image href="${u('svg-image.png')}"/><use href="${u('sprite.svg#a')}"/></svg>
<form action="${u('form')}"><input type="image" src="${u('input.png')}" alt="إرسال"></form>
<a href="${u('link')}" ping="${u('ping')}">تفاصيل البيان</a>
<img src="x" onerror="fetch('${u('onerror')}')" alt="صورة">
</main>
</body>
</html>
`;
}

describe('a canary server on the loopback interface', () => {
  it(
    'gets no request while pages and Markdown full of references are linted and fixed',
    { timeout: 120_000 },
    async () => {
      const dir = tempDir();
      const u = (name: string) => `${base}/${name}`;
      // The canary does hear a request.
      expect(await (await fetch(u('probe'))).text()).toBe('canary');
      expect(requests.splice(0)).toEqual(['GET /probe']);
      writeFileSync(join(dir, 'page.html'), page(u));
      writeFileSync(
        join(dir, 'release.md'),
        `# بيان\n\nذهب الوزير الى الاجتماع.\n\n![صورة](${u('md-image.png')})\n\n[المرجع][ref]\n\n[ref]: ${u('md-ref')}\n\n<img src="${u('md-html-img.png')}" alt="صورة">\n\n<iframe src="${u('md-iframe')}"></iframe>\n\n<script src="${u('md-script.js')}"></script>\n`,
      );
      const run = await bayan(['--no-config', '--format', 'json', '--fix', '.'], { cwd: dir });
      // Give anything that was started a moment to arrive.
      await new Promise((done) => setTimeout(done, 500));
      expect(requests).toEqual([]);
      // The pages were linted: the slip is reported and fixed in both.
      expect(parseJson(run.stdout).map((r) => r.filePath.split('/').pop())).toEqual(['page.html', 'release.md']);
      expect(run.stderr).toBe('');
    },
  );
});
