import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const p = await b.newPage();
await p.goto('http://127.0.0.1:4321/search/');
const out = await p.evaluate(async ([q, i]) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const r = await pf.search(q);
  const d = await r.results[i].data();
  const words = d.raw_content.split(/[\s\u200b]+/).filter(Boolean);
  return { url: d.url, subs: d.sub_results.map((s) => ({ url: s.url, locs: s.locations.slice(0, 40), words: s.locations.slice(0, 40).map((l) => words[l]) })), n: words.length, wc: d.word_count };
}, [process.argv[2], Number(process.argv[3] ?? 0)]);
console.log(JSON.stringify(out, null, 1));
await b.close();
