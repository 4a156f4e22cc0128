import { expect, waitUntil } from '@open-wc/testing';
import type { CkAgingTable } from './aging-table.component.js';
import type { CkExportEvent } from './aging-table.events.js';
import { THREE_BUCKETS, parseCsv, q, qa, reportRow, tableWith } from './test-support/table.js';

/** Rows whose names try every CSV hazard; amounts summed by hand. */
const NASTY = {
  asOf: '2024-06-30',
  buckets: THREE_BUCKETS,
  rows: [
    reportRow('N1', 'Acme, "Best" Ltd.\nBranch 2', ['1.00', '2.00', '3.00'], { total: '6.00', overdue: '5.00', salesperson: '=cmd|calc', region: 'East' }),
    reportRow('N2', '=HYPERLINK("http://evil.example","click")', ['-50.00', '0.00', '0.00'], { total: '-50.00', overdue: '0.00', region: '+North' }),
    reportRow('N3', '@SUM(A1:A9)', ['0.00', '0.00', '7.25'], { total: '7.25', overdue: '7.25', salesperson: '-2+3' }),
    reportRow('N4', '华东精密制造有限公司', ['10.00', '0.00', '0.00'], { total: '10.00', overdue: '0.00' }),
  ],
};

interface Captured {
  blob?: Blob;
  url?: string;
  download?: string;
  revoked: string[];
}

/** Stubs the download path: the Blob URL, the link click and the revocation. */
function captureDownloads(): { captured: Captured; restore: () => void } {
  const captured: Captured = { revoked: [] };
  const create = URL.createObjectURL;
  const revoke = URL.revokeObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    captured.blob = blob as Blob;
    captured.url = 'blob:test/aging';
    return captured.url;
  };
  URL.revokeObjectURL = (url: string) => void captured.revoked.push(url);
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    captured.download = this.download;
    expect(this.href).to.equal(captured.url);
  };
  return {
    captured,
    restore: () => {
      URL.createObjectURL = create;
      URL.revokeObjectURL = revoke;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

function exportButton(el: CkAgingTable, label: string): HTMLButtonElement {
  return qa<HTMLButtonElement>(el, '[part~=export-button]').find((b) => b.textContent === label)!;
}

describe('<ck-aging-table> export', () => {
  it('downloads the rows shown as CSV: BOM, RFC 4180 escaping, formula injection neutralised, current sort and filter', async () => {
    const el = await tableWith({ report: NASTY });
    await el.sortBy('total', 'descending');
    await el.setFilter({ search: 'n' }); // every code starts with N: all four stay
    const events: CkExportEvent[] = [];
    el.addEventListener('ck-export', (e) => events.push(e));
    const { captured, restore } = captureDownloads();
    try {
      exportButton(el, 'Export CSV').click();
      await waitUntil(() => captured.download, 'download starts', { timeout: 10_000 });
      expect(captured.download).to.equal('aging-2024-06-30-CNY.csv');
      expect(captured.blob!.type).to.equal('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await captured.blob!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // UTF-8 BOM
      const text = await captured.blob!.text();
      expect(text.endsWith('\r\n')).to.equal(true);
      // Quoted field with a comma, doubled quotes and a line break inside.
      expect(text).to.include('"Acme, ""Best"" Ltd.\nBranch 2"');
      const records = parseCsv(text.replace(/^\uFEFF/, ''));
      expect(records[0]!.slice(0, 8)).to.deep.equal(['Customer code', 'Customer', 'Currency', 'Salesperson', 'Region', 'Not due', '1–30 days', 'Over 30 days']);
      expect(records.length).to.equal(5);
      // Sorted by total, descending: 10.00, 7.25, 6.00, −50.00.
      expect(records.slice(1).map((r) => r[0])).to.deep.equal(['N4', 'N3', 'N1', 'N2']);
      const byId = Object.fromEntries(records.slice(1).map((r) => [r[0], r]));
      expect(byId.N1![1]).to.equal('Acme, "Best" Ltd.\nBranch 2');
      expect(byId.N1![3]).to.equal("'=cmd|calc");
      expect(byId.N2![1]).to.equal(`'=HYPERLINK("http://evil.example","click")`);
      expect(byId.N2![4]).to.equal("'+North");
      expect(byId.N3![1]).to.equal("'@SUM(A1:A9)");
      expect(byId.N3![3]).to.equal("'-2+3");
      expect(byId.N4![1]).to.equal('华东精密制造有限公司');
      // Amounts are plain numbers, negative ones without a prefix.
      expect(byId.N2!.slice(5, 10)).to.deep.equal(['-50.00', '0.00', '0.00', '-50.00', '0.00']);
      expect(byId.N3!.slice(5, 10)).to.deep.equal(['0.00', '0.00', '7.25', '7.25', '7.25']);
      expect(events.map((e) => e.detail)).to.deep.equal([{ format: 'csv', rows: 4 }]);
      expect(q(el, '.toolbar + .notice').textContent).to.equal('Exported 4 rows as CSV.');
      // The Blob URL is revoked once the download has started.
      await waitUntil(() => captured.revoked.length === 1, 'revoked', { timeout: 3000 });
      expect(captured.revoked).to.deep.equal([captured.url]);
    } finally {
      restore();
    }
  });

  it('exports only the current currency and the filtered rows, headers in the reader\'s language', async () => {
    const el = await tableWith({
      report: { ...NASTY, rows: [...NASTY.rows, reportRow('U1', 'Dollar Inc', ['1.00', '0.00', '0.00'], { currency: 'USD', total: '1.00' })] },
    });
    await el.setFilter({ onlyOverdue: true }); // N1 (5.00) and N3 (7.25)
    el.lang = 'zh-CN';
    await el.updateComplete;
    const records = parseCsv((await el.toCsv()).slice(1));
    expect(records[0]!.slice(0, 5)).to.deep.equal(['客户编码', '客户', '币种', '业务员', '区域']);
    expect(records.slice(1).map((r) => [r[0], r[2]])).to.deep.equal([['N1', 'CNY'], ['N3', 'CNY']]);
    el.currency = 'USD';
    await el.setFilter({ onlyOverdue: false });
    const usd = parseCsv((await el.toCsv()).slice(1));
    expect(usd.slice(1).map((r) => [r[0], r[2], r[8]])).to.deep.equal([['U1', 'USD', '1.00']]); // total after 3 buckets
  });

  it('copies the rows shown to the clipboard as tab-separated text, with a visible confirmation', async () => {
    const el = await tableWith({ report: NASTY });
    const events: CkExportEvent[] = [];
    el.addEventListener('ck-export', (e) => events.push(e));
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    let copied = '';
    clipboard.writeText = async (text: string) => {
      copied = text;
    };
    try {
      exportButton(el, 'Copy').click();
      await waitUntil(() => events.length === 1, 'copied');
      const lines = copied.split('\r\n');
      expect(lines[0]!.split('\t').slice(0, 3)).to.deep.equal(['Customer code', 'Customer', 'Currency']);
      expect(lines[1]).to.match(/^N1\t"Acme, ""Best"" Ltd\.\nBranch 2"\tCNY\t'=cmd\|calc\tEast\t1\.00\t2\.00\t3\.00\t6\.00\t5\.00\t/);
      expect(copied.charCodeAt(0)).to.not.equal(0xfeff); // no BOM on the clipboard
      expect(events[0]!.detail).to.deep.equal({ format: 'clipboard', rows: 4 });
      const notice = q(el, '.toolbar + .notice');
      expect(notice.getAttribute('role')).to.equal('status');
      expect(notice.textContent).to.equal('Copied 4 rows to the clipboard.');
    } finally {
      clipboard.writeText = original;
    }
  });

  it('says so when the browser refuses the clipboard, and fires no export event', async () => {
    const el = await tableWith({ report: NASTY });
    let fired = false;
    el.addEventListener('ck-export', () => (fired = true));
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    try {
      exportButton(el, 'Copy').click();
      const notice = q(el, '.toolbar + .notice');
      await waitUntil(() => notice.textContent!.startsWith('Could not copy'), 'failure shown');
      expect(notice.textContent).to.equal('Could not copy: the browser did not allow access to the clipboard. Use Export CSV instead.');
      expect(notice.classList.contains('problem')).to.equal(true);
      expect(fired).to.equal(false);
      await expect(el).to.be.accessible();
    } finally {
      clipboard.writeText = original;
    }
  });
});
