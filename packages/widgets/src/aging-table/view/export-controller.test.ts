import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController } from '../../i18n/locale-controller.js';
import { agingTableMessages } from '../aging-table.messages.js';
import { CustomerDetailsController } from '../data/customer-details.js';
import { dataFromReport } from '../data/table-data.js';
import { TableState } from '../data/table-state.js';
import { THREE_BUCKETS, reportRow } from '../test-support/table.js';
import { ExportController, NOTICE_MS, type Scheduler } from './export-controller.js';

class ExportTestHost extends LitElement {}
customElements.define('ck-export-test-host', ExportTestHost);

/** A scheduler the test runs by hand: no waiting on a clock. */
function manualScheduler() {
  const tasks: { task: () => void; ms: number; cancelled: boolean }[] = [];
  const schedule: Scheduler = (task, ms) => {
    const entry = { task, ms, cancelled: false };
    tasks.push(entry);
    return () => (entry.cancelled = true);
  };
  return { tasks, schedule, runDue: () => tasks.filter((t) => !t.cancelled).forEach((t) => t.task()) };
}

describe('ExportController outcome notice', () => {
  it('clears "Copied N rows" once its time has passed (injected scheduler), and a new export cancels the old timer', async () => {
    const host = document.createElement('ck-export-test-host') as ExportTestHost;
    document.body.append(host);
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async () => undefined;
    try {
      const locale = new LocaleController(host, agingTableMessages);
      const state = new TableState({ currency: 'CNY' });
      state.data = dataFromReport({ buckets: THREE_BUCKETS, rows: [reportRow('K1', 'Kappa', ['1.00', '0.00', '0.00'], { total: '1.00' })] }, '2024-06-30');
      const clock = manualScheduler();
      const exports = new ExportController(host, {
        locale,
        state,
        details: new CustomerDetailsController(host, () => undefined, () => ({})),
        viewComplete: () => Promise.resolve(),
        order: () => Uint32Array.of(0),
        stageOf: () => undefined,
        currency: () => 'CNY',
        schedule: clock.schedule,
      });
      await exports.copy();
      expect(exports.notice).to.deep.equal({ text: 'Copied 1 rows to the clipboard.', problem: false });
      expect(clock.tasks.map((t) => t.ms)).to.deep.equal([NOTICE_MS]);
      await exports.copy();
      expect(clock.tasks[0]!.cancelled, 'the first notice\'s timer').to.equal(true);
      clock.runDue();
      expect(exports.notice).to.equal(undefined);
    } finally {
      clipboard.writeText = original;
      host.remove();
    }
  });
});
