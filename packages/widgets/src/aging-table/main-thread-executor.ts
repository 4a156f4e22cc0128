import type { ReceivableInput } from '@credit-kit/core/lean';
import type { AgingExecutor } from './aging-executor.js';
import { AgingEngine, type AgeRequest, type AgingOutcome } from './data/aging-engine.js';
import type { ItemRow } from './data/aging-model.js';
import { ITEMS_PER_MESSAGE } from './data/aging-protocol.js';
import { TimeSlicer } from './view/time-slice.js';

/** The fallback: the same engine on the main thread, aging in chunks between pauses. */
export class MainThreadExecutor implements AgingExecutor {
  readonly kind = 'main-thread' as const;
  private readonly engine = new AgingEngine();

  async append(items: readonly ReceivableInput[], slicer: TimeSlicer): Promise<void> {
    for (let start = 0; start < items.length; start += ITEMS_PER_MESSAGE) {
      this.engine.append(items.slice(start, start + ITEMS_PER_MESSAGE));
      await slicer.checkpoint();
    }
  }

  clear(): void {
    this.engine.clear();
  }

  age(request: AgeRequest): Promise<AgingOutcome> {
    return this.engine.age(request, new TimeSlicer());
  }

  async itemsOf(customerId: string, currency: string): Promise<ItemRow[]> {
    return this.engine.itemsOf(customerId, currency);
  }

  dispose(): void {
    this.engine.clear();
  }
}
