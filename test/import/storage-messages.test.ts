/**
 * Issue 14, finding 13: storage failures are said to office staff in Chinese (and English), with
 * what to do — never the browser's raw English ("The quota has been exceeded.").
 */
import { describe, expect, it } from 'vitest';
import { storageMessage } from '../../src/import/storage-messages';
import { StorageTimeoutError } from '../../src/import/timeout';
import { BaseChangedError } from '../../src/import/version-store';

const HAN = /\p{Script=Han}/u;

describe('storageMessage', () => {
  it('a full quota: Chinese, what to do, and none of the browser’s English', () => {
    const error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const message = storageMessage(error);
    expect(message.zh).toMatch(HAN);
    expect(message.zh).toContain('存储空间已满');
    expect(message.zh).toContain('恢复内置数据');
    expect(message.zh).not.toContain('quota');
    expect(message.en).not.toContain('The quota has been exceeded');
  });

  it('a storage that did not answer: nothing saved, close other tabs and retry', () => {
    const message = storageMessage(new StorageTimeoutError(4000));
    expect(message.zh).toContain('没有响应');
    expect(message.zh).toContain('没有保存');
  });

  it('a base that changed: nothing written', () => {
    expect(storageMessage(new BaseChangedError('v1', 'v2')).zh).toContain('没有写入任何内容');
  });

  it('anything else still says in Chinese that nothing was saved, with the detail kept for support', () => {
    const message = storageMessage(new Error('UnknownError: backing store'));
    expect(message.zh).toMatch(/^浏览器存储出错，没有保存任何内容/);
    expect(message.zh).toContain('backing store');
    expect(storageMessage('odd').zh).toContain('odd');
  });
});
