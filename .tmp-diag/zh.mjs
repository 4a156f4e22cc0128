import { measurePages } from '../scripts/build/page-weight.mjs';
import { PAGES } from '../scripts/build/budgets.mjs';
const ids = process.argv.slice(2);
const res = await measurePages(PAGES.filter(p => ids.length === 0 || ids.includes(p.id)));
for (const { page, first, apart } of res) console.log(page.id, first.gzip, apart.filter(a => a.kind==='zh-CN').map(a => `${a.module.split('/').pop()}=${a.gzip}`).join(' '));
