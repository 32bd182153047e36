/** Chinese texts of the library store: each says what happened and what to do. */
const salvaged = (drafts: number) => (drafts > 0 ? `已从损坏的文件中找回 ${drafts} 份文稿的最新内容。` : '');

export const libraryMessages = {
  corrupt: (file: string) =>
    `素材库文件已损坏，无法打开：${file}。请关闭文稿助手，把该文件移到别处保存（可交给技术人员尝试修复），再从备份恢复；` +
    '把它移走后，文稿助手下次启动时会新建一个空的素材库。',
  integrity: (file: string, detail: string) =>
    `素材库文件未通过完整性检查：${file}（${detail}）。请从备份恢复，或把该文件移走后重新启动。`,
  unavailable: (file: string, detail: string) =>
    `无法打开素材库：${file}（${detail}）。请确认该文件夹可写、没有被其他程序占用，然后重试。`,
  tooNew: (file: string, version: number, supported: number) =>
    `素材库 ${file} 由更新版本的文稿助手创建（结构版本 ${version}，本程序支持到 ${supported}）。请升级文稿助手后再打开。`,
  backupNotWritten: (dir: string, reason: string) => `备份没有完成：无法在 ${dir} 写入备份（${reason}）。素材库本身没有改动。请换到可写、空间充足的磁盘后再备份。`,
  backupReasons: { full: '磁盘空间已满', readOnly: '这个磁盘或文件夹不允许写入', inTheWay: '那里有一个同名的文件占着备份文件夹的位置' },
  backupDamaged: (file: string) => `备份文件已损坏，不能使用：${file}。请选择另一个备份。`,
  recovered: (damaged: string, backup: string, drafts: number) =>
    `素材库文件损坏，已自动从备份恢复（${backup}）。${salvaged(drafts)}损坏的文件已移到 ${damaged}，可交给技术人员检查。` +
    `最近一次备份之后的${drafts > 0 ? '其他' : ''}修改（导入的报告、段落库、短语）可能需要重新做。`,
  lostRecovered: (file: string, backup: string) =>
    `素材库文件是空的或不见了（${file}），已自动从最近的完好备份恢复（${backup}）。最近一次备份之后的修改可能需要重新做。`,
  notALibrary: (file: string) =>
    `${file} 不是文稿助手的素材库（不是 SQLite 数据库文件），程序没有改动它。请用 --db 指定素材库文件（.sqlite），或不加 --db 使用默认的素材库。`,
  foreignDatabase: (file: string) =>
    `${file} 不是文稿助手的素材库（是另一个程序的 SQLite 数据库），程序没有改动它。请用 --db 指定文稿助手的素材库文件，或不加 --db 使用默认的素材库。`,
  repaired: (damaged: string) =>
    `素材库的索引损坏，已重建索引修复，内容没有丢失。修复前的文件副本保存在 ${damaged}。`,
  recreated: (damaged: string, drafts: number) =>
    `素材库文件损坏，且没有可用的备份，已新建一个空的素材库。${salvaged(drafts)}损坏的文件已移到 ${damaged}，可交给技术人员尝试修复。`,
  diskFull: '磁盘空间已满，刚才的修改没有保存（已保存的内容不受影响）。请清理磁盘，或把素材库移到空间充足的磁盘，然后重试。',
  notABackup: (path: string) => `${path} 不是这个素材库的备份，未恢复。请在“备份与素材包”中从列出的备份里选一个。`,
  readOnly: '素材库文件是只读的（或所在文件夹不可写），刚才的修改没有保存。请检查文件属性和文件夹权限后重试。',
  openedReadOnly: (file: string) =>
    `素材库 ${file} 是只读的（文件属性、文件夹权限或磁盘不允许写入），现在只能查看、搜索和导出，修改不会保存。请检查文件属性和文件夹权限，然后重新启动程序。`,
  readOnlyOutdated: (file: string) =>
    `素材库 ${file} 是只读的，而且需要升级到新版本的结构才能使用。请让该文件和所在文件夹可写，然后重新启动程序。`,
  busy: '素材库正被其他程序（例如正在导入的命令行）占用，刚才的操作没有完成。请稍等片刻再试。',
  ioError: '读写素材库时磁盘出错，刚才的修改没有保存。请检查磁盘（或 U 盘、网络盘是否已断开）后重试。',
  packNotJson: '这个文件不是有效的素材包（不是 JSON）。请选择由文稿助手导出的 .json 素材包。',
  packInvalid: (detail: string) => `素材包的内容不符合格式，未导入任何内容：${detail}`,
  damagedWhileOpen: (file: string, detail: string) =>
    `完整性检查发现素材库已损坏（${detail}）：${file}。请立即重启文稿助手，程序会自动从最近的完好备份恢复；在此之前请不要继续修改素材库。`,
  paragraphMissing: (id: number) => `段落 ${id} 不存在，可能已被删除。`,
  sourceMissing: (id: number) => `导入的报告 ${id} 不存在，可能已被删除。`,
  sourceWithoutReport: (title: string) => `“${title}”是较早导入的，素材库只存了它的段落：请重新导入这份报告后再以它为基础续写。`,
  paragraphDuplicate: (id: number) => `修改后的内容与段落库中已有的段落（编号 ${id}）相同。可以改用“合并”把它们合为一段。`,
  missing: (what: string) => `要修改的${what}不存在，可能已被删除。请刷新后重试。`,
  phraseExists: (text: string) => `这个分类里已经有“${text}”了。`,
  categoryExists: (name: string) => `已经有名为“${name}”的分类了，请换一个名字。`,
  addonMissing: (detail: string) =>
    `文稿助手的数据库组件无法加载（${detail}）。这是程序安装的问题，不是素材库文件的问题：请重新安装文稿助手；从源码运行时请重新执行 npm install 或 npm start。`,
  draftNotSaved: (problem: string) => `文稿没有保存：${problem}。已保存的文稿没有改动。`,
  draftMissing: (id: number) => `文稿 ${id} 不存在，可能已被删除。`,
  ruleNeedsRight: '不规范表述需要同时填写正确的写法。',
  duplicateRule: (wrong: string) => `检查规则里已经有“${wrong}”了。`,
};
