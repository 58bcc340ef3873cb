/**
 * The publish panel's words, Chinese and English, in one typed place.
 */
import type { PublishErrorKind } from '../../import/publish/publish-target';

export type Pair = readonly [zh: string, en: string];

export const PUBLISH_TEXT = {
  title: ['发布到所有屏幕', 'Publish for every screen'],
  intro: [
    '“应用导入”只改变本浏览器；发布会把核对过的表写入服务器的 data/ 文件夹，所有大屏在下次刷新时显示。',
    '“Apply” changes this browser only; publishing writes the checked table into the server’s data/ folder, and every screen shows it at its next refresh.',
  ],
  server: [
    '服务器支持直接发布（WebDAV），需要发布账号：',
    'The server accepts publishing (WebDAV), with a publishing account:',
  ],
  folder: ['发布到已选择的数据文件夹：', 'Publish into the chosen data folder:'],
  pickFolder: ['选择服务器的 data 文件夹…', 'Choose the server’s data folder…'],
  regrant: ['允许写入数据文件夹', 'Allow writing to the data folder'],
  by: ['发布人', 'Published by'],
  publish: ['发布', 'Publish'],
  publishing: ['正在发布…', 'Publishing…'],
  needsCheck: ['请先核对并勾选上面的警告。', 'Check and tick the warnings above first.'],
  download: ['下载', 'Download'],
  downloadIntro: [
    '这台电脑不能直接写入服务器。可以下载发布用文件：',
    'This computer cannot write to the server directly. Download the file to publish:',
  ],
  history: ['发布记录（服务器 data/history/）', 'Publications (server data/history/)'],
  noHistory: ['还没有发布记录。', 'Nothing published yet.'],
  republish: ['重新发布被替换的版本', 'Publish again the version this replaced'],
  repreview: ['按服务器上现在的文件重新预览', 'Preview again against the file now on the server'],
  replacedCopy: ['被替换的文件', 'replaced file'],
  planDownload: [
    '新增规划还要把下载的 catalog.json 放进 data/（替换原文件；它已包含服务器上现有的全部规划）。',
    'For a new plan, also put the downloaded catalog.json into data/ (replacing the old one; it already holds every plan now on the server).',
  ],
  planNote: [
    '这是新增规划：发布时先写入数据表，再把规划加入 data/catalog.json，各屏幕才会列出它。',
    'This is a new plan: publishing writes the table first, then adds the plan to data/catalog.json so every screen lists it.',
  ],
} as const satisfies Record<string, Pair>;

export function downloadSteps(file: string): readonly Pair[] {
  return [
    [
      `1. 文件名必须是 ${file}（UTF-8，已是看板的标准格式），不要改名或用 Excel 另存。`,
      `1. Keep the name ${file} (UTF-8, the board’s own layout); do not rename it or re-save it in Excel.`,
    ],
    [
      `2. 先把服务器 data/ 里的旧 ${file} 移到 data/history/，再把下载的文件放进 data/。`,
      `2. Move the old ${file} in the server’s data/ into data/history/, then put the downloaded file in data/.`,
    ],
    [
      '3. 大屏在下次刷新时（默认 60 秒）显示新数据；管理员也可以用 npm run publish 检查后写入。',
      '3. Screens show it at their next refresh (60 s by default); an administrator can also check and write it with npm run publish.',
    ],
  ];
}

export function baseLine(exists: boolean, modified: string | null): Pair {
  if (!exists)
    return ['服务器上还没有这个文件：将新建。', 'The file is not on the server yet: it will be created.'];
  const zh = modified ? new Date(modified).toLocaleString('zh-CN') : '时间不详';
  const en = modified ? new Date(modified).toLocaleString('en-GB') : 'time unknown';
  return [
    `预览时服务器上的文件：最后修改于 ${zh}。如有人在此之后改动，发布会被拒绝，不会覆盖。`,
    `The file on the server at preview time: last changed ${en}. If anyone changes it after this, publishing is refused, never overwritten.`,
  ];
}

export function publishedLine(file: string, rows: number, replaced: string | null): Pair {
  const kept: Pair = replaced
    ? [`原文件保存为 data/${replaced}。`, `The old file is kept as data/${replaced}.`]
    : ['（新文件）', '(a new file)'];
  return [
    `已发布 data/${file}（${rows} 行）。${kept[0]}已从服务器重新读取并通过校验：已生效，各屏幕将在下次刷新时显示。`,
    `Published data/${file} (${rows} rows). ${kept[1]} Read back from the server and checked: it is live; every screen shows it at its next refresh.`,
  ];
}

export function catalogLine(title: string, how: 'added' | 'replaced'): Pair {
  return how === 'added'
    ? [
        `规划“${title}”已加入 data/catalog.json，各屏幕刷新后列出。`,
        `The plan “${title}” was added to data/catalog.json; every screen lists it after its refresh.`,
      ]
    : [
        `data/catalog.json 中的规划“${title}”已按本次填写更新。`,
        `The plan “${title}” in data/catalog.json was updated with these details.`,
      ];
}

export const PUBLISH_ERRORS: Readonly<Record<PublishErrorKind, Pair>> = {
  conflict: [
    '发布被拒绝：在你预览之后，别人已经修改了服务器上的这个文件。你的文件没有写入。请重新预览，核对别人的改动后再发布。',
    'Publishing refused: someone else changed this file on the server since your preview. Nothing was written. Preview again and check their change before publishing.',
  ],
  auth: [
    '服务器要求发布账号：用户名或密码不对，或者取消了登录。没有写入任何内容。',
    'The server needs a publishing account: wrong user name or password, or the sign-in was cancelled. Nothing was written.',
  ],
  server: ['服务器拒绝了发布：', 'The server refused the publication:'],
  'no-etag': [
    '服务器没有给出文件版本（ETag），无法确认没有人同时修改，因此不发布。',
    'The server gave no file version (ETag), so a concurrent change could not be ruled out; not published.',
  ],
  permission: ['浏览器没有允许写入数据文件夹。', 'The browser did not allow writing to the data folder.'],
  catalog: [
    '规划目录 data/catalog.json 不能加入这个规划，没有写入任何内容：',
    'The plan catalog data/catalog.json cannot take this plan; nothing was written:',
  ],
  'catalog-late': [
    '数据表已写入，但规划目录 data/catalog.json 没能更新，屏幕还不会列出这个规划。请重新预览并再发布一次：',
    'The table was written, but data/catalog.json could not be updated, so screens do not list the plan yet. Preview again and publish once more:',
  ],
  'not-live': [
    '已写入，但从服务器读回的文件与发布的不一致或未通过校验，请联系管理员检查 data/ 文件夹。',
    'Written, but the file read back from the server differs or fails the checks; ask an administrator to check the data/ folder.',
  ],
};
