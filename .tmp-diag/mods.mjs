import { measurePages } from '../scripts/build/page-weight.mjs';
import { PAGES } from '../scripts/build/budgets.mjs';
const [{ metafile }] = await measurePages(PAGES.filter(p => p.id === process.argv[2]));
const rows = [];
for (const [out, o] of Object.entries(metafile.outputs)) for (const [inp, i] of Object.entries(o.inputs)) rows.push([i.bytesInOutput, inp]);
rows.sort((a,b)=>b[0]-a[0]); for (const r of rows.filter(r => /widgets\/src|core\/src/.test(r[1])).slice(0, +process.argv[3] || 30)) console.log(r[0], r[1]);
