import type { TemplateResult } from 'lit';
import { REQUEST_FIELDS } from '../form-model.js';
import { renderFields } from './field.js';
import type { FormView } from './view.js';

/** 申请内容: amount, currency, credit period, purpose and settlement method. */
export function renderRequestSection(view: FormView): TemplateResult {
  return renderFields(view, REQUEST_FIELDS.map((f) => `request.${f}`));
}
