import { AppDialog } from '../kit/AppDialog';
import { editorKeys, shortcuts, type ShortcutGroup } from '../kit/shortcuts';
import { strings } from '../kit/strings';

const groups: ShortcutGroup[] = ['文稿', '插入', '编辑', '查看'];

/** 快捷键 (Ctrl+/): every shortcut of the app, read from the one table. */
export function ShortcutsDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const all = [...Object.values(shortcuts), ...editorKeys];
  return (
    <AppDialog open={open} onOpenChange={onOpenChange} title={strings.shortcutsHelp} className="shortcuts-dialog">
      <div className="shortcut-groups">
        {groups.map((group) => (
          <section key={group} aria-label={group}>
            <h3>{group}</h3>
            <dl>
              {all
                .filter((s) => s.group === group)
                .map((s) => (
                  <div key={s.label} className="shortcut-row">
                    <dt>{s.label}</dt>
                    <dd>
                      <kbd>{s.keys}</kbd>
                    </dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
      </div>
    </AppDialog>
  );
}
