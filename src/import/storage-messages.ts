/**
 * What went wrong with browser storage, said to office staff in their words with what to do —
 * never the browser's raw English ("The quota has been exceeded.").
 */
import { BaseChangedError, VersionMissingError } from './version-store';
import { StorageTimeoutError } from './timeout';

export interface Message {
  readonly zh: string;
  readonly en: string;
}

function named(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === name;
}

export function storageMessage(error: unknown): Message {
  if (error instanceof BaseChangedError) {
    return {
      zh: '数据在预览之后已被更改（另一个标签页或另一次导入、恢复）。没有写入任何内容。',
      en: 'The data changed after the preview (another tab, import or restore). Nothing was written.',
    };
  }
  if (error instanceof VersionMissingError) {
    return {
      zh: '要恢复的版本已不在保留的版本中。没有做任何更改；请在下方版本列表中选择其他版本。',
      en: 'The version to restore is no longer kept. Nothing changed; choose another version in the list below.',
    };
  }
  if (error instanceof StorageTimeoutError) {
    return {
      zh: '浏览器存储没有响应，没有保存任何内容。请关闭本网站的其他标签页，刷新页面后重试。',
      en: 'Browser storage did not answer; nothing was saved. Close other tabs of this site, reload and try again.',
    };
  }
  if (named(error, 'QuotaExceededError')) {
    return {
      zh: '浏览器存储空间已满，这次导入没有保存。请在下方版本列表中恢复内置数据、清理浏览器中本网站的数据后重试，或把文件交给管理员放到服务器的 data 文件夹。',
      en: 'Browser storage is full; this import was not saved. Reset to the embedded data in the list below or clear this site’s data, then retry — or have the administrator put the file in the server’s data folder.',
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    zh: `浏览器存储出错，没有保存任何内容（${detail}）。请刷新页面后重试。`,
    en: `Browser storage failed; nothing was saved (${detail}). Reload the page and try again.`,
  };
}

/** The notice an open preview shows after it was computed again against a new base. */
export const REPREVIEWED: Message = {
  zh: '当前数据已被更改（另一个标签页或另一次导入），预览已按最新数据重新比较，请再次核对后应用。',
  en: 'The current data changed (another tab or import); the preview was computed again against it. Check it again before applying.',
};
