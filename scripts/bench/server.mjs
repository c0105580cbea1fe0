// A static server on 127.0.0.1 (random free port) for the bench pages, after the shared peer harness's
// (../shared/bench-peers/lib/server.mjs): /p/<id>/?n=N&... is the page with the N-capacity document inline,
// /js/<id>.js its bundle. Everything is sent with Cache-Control: no-store, and each load gets a fresh browser
// context, so every load compiles the bundle from scratch.
import http from 'node:http';
import { makeDoc } from '../../bench/lib/doc.mjs';

// The first thing a page runs: the time origin, and a long-task observer (`flushLongTasks()` also takes the
// entries it has not delivered yet).
const HEAD_SCRIPT =
  'window.__bench={t0:performance.now(),longTasks:[]};' +
  'try{const o=new PerformanceObserver(function(l){for(const e of l.getEntries())__bench.longTasks.push({start:e.startTime,duration:e.duration})});' +
  "o.observe({type:'longtask',buffered:true});" +
  '__bench.flushLongTasks=function(){for(const e of o.takeRecords())__bench.longTasks.push({start:e.startTime,duration:e.duration});return __bench.longTasks}' +
  '}catch(e){__bench.longTaskError=String(e);__bench.flushLongTasks=function(){return __bench.longTasks}}';

// The boxes of the shared harness: a 960x400 chart; a 960 px wide form (its height is the content's).
const BOX = { chart: '#app{width:960px;height:400px}', form: '#app{width:960px}' };

export function startServer(pages, bundles) {
  const cache = new Map();
  const html = (id, n) => {
    const key = `${id}:${n}`;
    if (!cache.has(key)) {
      const json = JSON.stringify(makeDoc(n)).replace(/</g, '\\u003c');
      cache.set(
        key,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>${HEAD_SCRIPT}</script>` +
          `<title>${id} n=${n}</title><style>body{margin:0;background:#fff}${BOX[pages[id].box]}</style>` +
          `<script type="module" src="/js/${id}.js"></script></head>` +
          `<body><div id="app"></div><script type="application/json" id="doc">${json}</script></body></html>`,
      );
    }
    return cache.get(key);
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const send = (code, type, body) => {
      res.writeHead(code, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    let m = url.pathname.match(/^\/p\/([\w-]+)\/$/);
    if (m && bundles[m[1]])
      return send(200, 'text/html; charset=utf-8', html(m[1], Number(url.searchParams.get('n'))));
    m = url.pathname.match(/^\/js\/([\w-]+)\.js$/);
    if (m && bundles[m[1]]) return send(200, 'text/javascript', bundles[m[1]]);
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    send(404, 'text/plain', 'not found');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}
