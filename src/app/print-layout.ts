/**
 * Printing lays the page out again at the paper's width, and charts are drawn in pixels: they
 * must be resized *before* the browser takes its print snapshot. `beforeprint` fires before that
 * layout, so on it the root gets `print-layout` (print.css lays the page out at A4 width under
 * that class) and the chart host, listening after this module, measures and resizes into it.
 * Installed before the first render, so these listeners run before every chart's own.
 */
export const PRINT_LAYOUT_CLASS = 'print-layout';

export function installPrintLayout(): void {
  const root = document.documentElement;
  const on = (): void => {
    root.classList.add(PRINT_LAYOUT_CLASS);
  };
  const off = (): void => {
    root.classList.remove(PRINT_LAYOUT_CLASS);
  };
  window.addEventListener('beforeprint', on);
  window.addEventListener('afterprint', off);
  // Emulated print media (tests, "print to PDF" tools) and browsers that lay out by media only.
  const print = window.matchMedia('print');
  if (print.matches) on();
  print.addEventListener('change', (event) => {
    if (event.matches) on();
    else off();
  });
}
