/** The embedded credit table read by the app's pipeline, and its chart model: the credit chart tests' shared input. */
import { toCreditModel } from '../../../src/charts/credit/credit-model';
import { loadCsvText } from '../../../src/data/pipeline';
import { dataText } from '../../data/helpers';

export const text = dataText('credit-indicators.csv');
export const records = loadCsvText(text, 'utf-8').records;
export const targets = records.filter((r) => r.kind === 'target');
export const model = toCreditModel(records, 'zh');

/** A numeric credit indicator of the model by its code (the part after `credit-indicators.`). */
export function item(code: string) {
  const found = model.numeric.find((i) => i.indicator === `credit-indicators.${code}`);
  if (!found) throw new Error(`no ${code}`);
  return found;
}
