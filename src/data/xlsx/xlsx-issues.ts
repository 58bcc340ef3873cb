/** The workbook reader's issues, Chinese and English, each naming the sheet and cell (`主要指标!D7`). */
import { issue, type ValidationIssue } from '../issues';
import { columnLetters, type CellProblem } from './sheet';
import type { ZipFailure } from './zip';

/** A sheet name as Excel writes it in a reference: quoted unless letters, digits, `_` and `.`. */
export function sheetPrefix(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

export function cellRef(sheet: string, row: number, column: number): string {
  if (row <= 0) return sheet;
  return column > 0 ? `${sheetPrefix(sheet)}${columnLetters(column)}${row}` : `${sheetPrefix(sheet)}${row}:${row}`;
}

export function cellProblemIssue(sheet: string, p: CellProblem): ValidationIssue {
  const ref = cellRef(sheet, p.r, p.c);
  const at = { line: p.r, column: p.c, sheetCell: ref, ...(p.value ? { cell: p.value } : {}) };
  switch (p.kind) {
    case 'uncalculated':
      return issue('formula-error', 'error', at,
        `单元格 ${ref} 是公式，但文件里没有它的计算结果（保存前没有重新计算）。请在 Excel/WPS 中打开，按 F9 重新计算并保存后再导入。`,
        `Cell ${ref} is a formula with no calculated value in the file (saved without recalculating). Open it in Excel/WPS, recalculate (F9), save and import again.`);
    case 'error-value':
      return issue('formula-error', 'warning', at,
        `单元格 ${ref} 的公式结果是错误值 ${p.value}。`, `Cell ${ref} holds the formula error ${p.value}.`);
    case 'bad-string':
      return issue('workbook-error', 'error', at,
        `单元格 ${ref} 引用的文字在工作簿中不存在，文件可能已损坏。`, `Cell ${ref} refers to text the workbook does not hold; the file may be damaged.`);
  }
}

function listed(items: readonly string[], max = 8): string {
  return items.length > max ? `${items.slice(0, max).join('、')} 等 ${items.length} 处` : items.join('、');
}

export function hiddenCellsIssue(sheet: string, rows: readonly number[], columns: readonly number[]): ValidationIssue {
  const letters = columns.map(columnLetters);
  const zh = [rows.length > 0 ? `第 ${listed(rows.map(String))} 行` : '', letters.length > 0 ? `${listed(letters)} 列` : ''].filter(Boolean).join('和');
  const en = [rows.length > 0 ? `row(s) ${rows.slice(0, 8).join(', ')}${rows.length > 8 ? ` (${rows.length} in all)` : ''}` : '', letters.length > 0 ? `column(s) ${letters.slice(0, 8).join(', ')}` : ''].filter(Boolean).join(' and ');
  const first = rows[0] ?? 0;
  return issue('hidden-cells', 'warning', { line: first, sheetCell: cellRef(sheet, first, rows.length > 0 ? 0 : columns[0] ?? 0) },
    `工作表“${sheet}”中隐藏的${zh}有内容，未导入。如需导入，请先在 Excel/WPS 中取消隐藏。`,
    `Hidden ${en} of sheet "${sheet}" hold content and were not imported. Unhide them in Excel/WPS to import them.`);
}

const ZIP_MESSAGES: Readonly<Record<ZipFailure, readonly [string, string]>> = {
  'not-zip': ['文件不是有效的 .xlsx 工作簿（压缩包结构损坏）。', 'Not a valid .xlsx workbook (its ZIP structure is damaged).'],
  zip64: ['工作簿使用了 ZIP64 大文件格式，超出本应用的读取范围。请另存为较小的 .xlsx 或 CSV。', 'The workbook uses the ZIP64 large-file format, beyond what this app reads. Save a smaller .xlsx or a CSV.'],
  encrypted: ['工作簿已加密（设置了打开密码）。请取消密码后另存为 .xlsx 再导入。', 'The workbook is encrypted (has an open password). Remove the password, save as .xlsx and import again.'],
  method: ['工作簿使用了不支持的压缩方式。请在 Excel/WPS 中重新另存为 .xlsx。', 'The workbook uses an unsupported compression method. Save it again as .xlsx in Excel/WPS.'],
  corrupt: ['工作簿已损坏，无法解压。', 'The workbook is damaged and cannot be unpacked.'],
  'too-large': ['工作簿解压后超过读取上限（可能是“压缩炸弹”），未读取。', 'The workbook unpacks past the reading limit (possibly a zip bomb); it was not read.'],
  ratio: ['工作簿的压缩比异常（可能是“压缩炸弹”），未读取。', 'The workbook has an abnormal compression ratio (possibly a zip bomb); it was not read.'],
};

export function zipIssue(reason: ZipFailure, part: string): ValidationIssue {
  const [zh, en] = ZIP_MESSAGES[reason];
  return issue('workbook-error', 'error', { line: 0, ...(part ? { field: part } : {}) }, zh, en);
}

export function brokenPartIssue(part: string, detail: string): ValidationIssue {
  return issue('workbook-error', 'error', { line: 0, field: part },
    `工作簿中的“${part}”无法解析（${detail}），文件可能已损坏。`, `The workbook part "${part}" could not be parsed (${detail}); the file may be damaged.`);
}

export function legacyFormatIssue(): ValidationIssue {
  return issue('unsupported-format', 'error', { line: 0 },
    '这是旧版 Excel（.xls）、WPS 表格（.et）或加密的工作簿，本应用不能读取。请在 Excel/WPS 中“另存为” .xlsx 或 CSV 后再导入。',
    'This is an old Excel (.xls), WPS (.et) or encrypted workbook, which this app does not read. Use "Save as" .xlsx or CSV in Excel/WPS and import that.');
}

export function binaryWorkbookIssue(): ValidationIssue {
  return issue('unsupported-format', 'error', { line: 0 },
    '这是二进制工作簿（.xlsb），本应用不能读取。请在 Excel/WPS 中“另存为” .xlsx 或 CSV 后再导入。',
    'This is a binary workbook (.xlsb), which this app does not read. Use "Save as" .xlsx or CSV in Excel/WPS and import that.');
}

export function ignoredContentIssue(macros: boolean, externalLinks: number): ValidationIssue {
  const zh = [macros ? '宏（不会运行）' : '', externalLinks > 0 ? `${externalLinks} 个外部工作簿链接（不会打开，公式按文件中保存的结果读取）` : ''].filter(Boolean).join('、');
  const en = [macros ? 'macros (not run)' : '', externalLinks > 0 ? `${externalLinks} link(s) to other workbooks (not opened; formulas read by their saved results)` : ''].filter(Boolean).join(' and ');
  return issue('ignored-content', 'warning', { line: 0 }, `工作簿含有${zh}。`, `The workbook has ${en}.`);
}
