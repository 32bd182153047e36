/** Every Chinese text of the editor itself: find and replace, fill-in fields, saving a selection. */
export const editorStrings = {
  pages: {
    /** The page number as GB/T 9704 prints it: half-width digits between em dashes. */
    number: (n: number) => `— ${n} —`,
    label: (n: number) => `第 ${n} 页`,
  },
  find: {
    bar: '查找和替换',
    find: '查找',
    noResults: '无结果',
    previous: '上一个',
    next: '下一个',
    previousHint: '上一个（Shift+Enter）',
    nextHint: '下一个（Enter）',
    replaceWith: '替换为',
    replace: '替换',
    replaceAll: '全部替换',
    replaced: (n: number) => `已替换 ${n} 处（可按 Ctrl+Z 撤销）。`,
    close: '关闭查找',
  },
  paste: {
    removed: (reasons: readonly string[]) =>
      `粘贴时清除了 ${reasons.length} 处网站内容（${[...new Set(reasons)].join('、')}）。`,
    restore: '恢复',
  },
  roles: {
    menu: '段落角色',
    menuTitle: '把光标所在段落设为正文、主送机关、结语、附件说明、落款或成文日期',
    seal: '加盖印章',
    sealHint: '落款处留出印章位置：成文日期右空四字，署名居中其上',
    names: { body: '正文', addressee: '主送机关', closing: '结语', attachment: '附件说明', signature: '落款', date: '成文日期' },
    hints: {
      body: '首行缩进两字',
      addressee: '顶格，标题下一行',
      closing: '如“特此报告。”',
      attachment: '附件：1.……',
      signature: '发文机关，右对齐',
      date: '右对齐，右空四字',
    },
  },
  contextMenu: {
    label: '编辑菜单',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    pastePlain: '粘贴为纯文本',
    setRole: (name: string) => `设为${name}`,
    pasteBlocked: '浏览器不允许读取剪贴板：请按 Ctrl+V 粘贴。',
  },
  fieldHint: '待填写：按 Tab 跳到下一处',
  saveSelection: {
    menu: '保存到段落库',
    title: '保存到段落库',
    saved: '已保存到段落库。',
  },
} as const;
