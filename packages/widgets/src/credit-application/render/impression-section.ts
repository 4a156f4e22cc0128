import type { TemplateResult } from 'lit';
import { IMPRESSION_FIELDS } from '../form-model.js';
import { renderFields } from './field.js';
import type { FormView } from './view.js';

/** 综合印象: the salesperson's notes and score. */
export function renderImpressionSection(view: FormView): TemplateResult {
  return renderFields(view, IMPRESSION_FIELDS.map((f) => `impression.${f}`));
}
