/**
 * What the data writes — apply an import, undo it, switch a table's version — say while they run
 * and when they are refused, in both languages (typed like messages.ts: English must have every
 * key). Storage failures themselves are worded in src/import/storage-messages.ts.
 */
import type { Lang } from '../data/lang';

const zh = {
  applying: '正在应用…',
  undoing: '正在撤销…',
  switching: '正在切换…',
  resetting: '正在恢复…',
  undoRefused:
    '撤销未执行：这次导入之后，数据已被另一次导入或恢复更改，撤销会丢掉那次更改。请在下方版本列表中选择要使用的版本。',
} as const;

export type WriteMessages = { readonly [K in keyof typeof zh]: string };

const en: WriteMessages = {
  applying: 'Applying…',
  undoing: 'Undoing…',
  switching: 'Switching…',
  resetting: 'Resetting…',
  undoRefused:
    'Not undone: the data changed after this import (another import or restore), and undoing would lose that change. Choose the version to use in the list below.',
};

export function writeMessages(lang: Lang): WriteMessages {
  return lang === 'en' ? en : zh;
}
