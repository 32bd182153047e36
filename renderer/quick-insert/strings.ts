/** Every Chinese text of quick insert (Ctrl+K). */
export const quickInsertStrings = {
  kinds: { section: '骨架', phrase: '短语', paragraph: '段落' },
  title: '快速插入',
  search: '搜索骨架、短语和段落',
  placeholder: '输入关键词，↑↓ 选择，Enter 插入，Esc 关闭',
  options: '可插入的内容',
  noMatch: '没有匹配的内容。',
} as const;
