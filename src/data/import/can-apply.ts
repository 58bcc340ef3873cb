/**
 * Whether a previewed import may be applied: it produced a table and has no errors (warnings need
 * the user's tick, which the dialog asks for). Its own module so the page's store can check a plan
 * without loading the file readers that made it.
 */
import type { ImportPlan, ImportPreview } from './import-plan';

export function canApply(plan: ImportPlan | ImportPreview): boolean {
  return plan.next !== null && plan.errors.length === 0;
}
