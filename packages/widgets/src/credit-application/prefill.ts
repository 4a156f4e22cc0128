import type { CreditKitClient } from '@credit-kit/client';
import { apiError } from './api-error.js';
import type { Draft } from './draft-store.js';
import { startEdit, type FormEdit } from './form-edits.js';
import type { SectionId } from './fields.js';
import type { CustomerRecord } from './record-changes.js';
import { blankForm, formFromCustomer, formFromPartial, type ApplicationForm, type PartialApplication } from './form-model.js';

const isNotFound = (error: unknown) => apiError(error)?.status === 404;

/**
 * The form prefilled from `GET /customers/{id}` and `GET /customers/{id}/financials`, fetched
 * together; a customer without financials (404) leaves them empty, any other failure rejects.
 */
export async function customerPrefill(client: CreditKitClient, customerId: string, signal: AbortSignal): Promise<ApplicationForm> {
  const [customer, financials] = await Promise.all([
    client.getCustomer(customerId, { signal }),
    client.getFinancials(customerId, { signal }).catch((error: unknown) => {
      if (isNotFound(error)) return undefined;
      throw error;
    }),
  ]);
  return formFromCustomer(blankForm(), customer, financials);
}

/** What the form starts from and returns to: the customer's data (if any) with the host's `defaultValue` over it. */
export class Prefill {
  /** The host's partial application (`defaultValue`). */
  defaults?: PartialApplication;
  /** Whether the customer's data is there (or there is no customer), so `form` is what the form starts from. */
  loaded = false;
  private customerForm: ApplicationForm = blankForm();
  /** A form state the browser restored before the prefill was there. */
  private pendingRestore?: FormEdit;

  /** The customer's data arrived (a blank form without a customer). */
  set customer(form: ApplicationForm) {
    this.customerForm = form;
    this.loaded = true;
  }

  /** Holds a form state the browser restored while the prefill is not there yet; `false` once it is (apply it now). */
  holdRestore(restored: { form: ApplicationForm; section: SectionId }): boolean {
    if (this.loaded) return false;
    this.pendingRestore = startEdit(restored.form, restored.section);
    return true;
  }

  /** What a load starts on: the stored draft, else a state the browser restored (`keep`: a draft to save), else the prefill. */
  starting(draft: Draft | undefined): { edit: FormEdit; keep: boolean } {
    const restore = this.pendingRestore;
    this.pendingRestore = undefined;
    if (draft) return { edit: startEdit(draft.form, draft.section, { resumed: true }), keep: false };
    return { edit: restore ?? startEdit(this.form), keep: restore !== undefined };
  }

  /** The code and name on the record of the existing customer the form is about (none for a new one). */
  get record(): CustomerRecord | undefined {
    const { id, code, name } = this.customerForm.applicant;
    return id ? { code, name } : undefined;
  }

  /** A fresh copy of what the form starts from. */
  get form(): ApplicationForm {
    return formFromPartial(this.customerForm, this.defaults);
  }
}
