import * as Dialog from '@radix-ui/react-dialog';
import { useConfirm } from '../kit/confirm';
import { AppDialog } from '../kit/AppDialog';
import { useState } from 'react';
import type { CheckRule } from '../../shared/ipc/library';
import { useBridge } from '../kit/BridgeContext';
import { useLibraryVersion } from '../kit/LibraryRefresh';
import { strings } from '../kit/strings';
import { checkStrings as s } from './strings';
import { useAnswer } from '../kit/useAnswer';

/** The user's list of “wrong → right” wordings and sensitive words, kept in the library. */
export function CheckRulesDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const bridge = useBridge();
  const confirm = useConfirm();
  const { bump } = useLibraryVersion();
  const [kind, setKind] = useState<CheckRule['kind']>('wording');
  const [wrong, setWrong] = useState('');
  const [right, setRight] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  const rules = useAnswer(open ? String(tick) : null, () => bridge['checks:listRules']({})) ?? [];

  const changed = () => {
    setTick((t) => t + 1);
    bump();
  };

  const add = async () => {
    const result = await bridge['checks:saveRule']({ kind, wrong, ...(kind === 'wording' ? { right } : {}), ...(note ? { note } : {}) });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setWrong('');
    setRight('');
    setNote('');
    changed();
  };

  const remove = async (rule: CheckRule) => {
    if (!(await confirm({ message: s.confirmDelete(rule.wrong), confirmLabel: strings.delete }))) return;
    const result = await bridge['checks:deleteRule']({ id: rule.id });
    if (!result.ok) setError(result.error.message);
    changed();
  };

  return (
    <AppDialog open={open} onOpenChange={onOpenChange} title={s.rulesTitle} description={s.rulesHint} className="check-rules-dialog">
      <form
        className="check-rule-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <select aria-label={s.ruleKind} value={kind} onChange={(e) => setKind(e.target.value as CheckRule['kind'])}>
          <option value="wording">{s.wordingKind}</option>
          <option value="sensitive">{s.sensitiveKind}</option>
        </select>
        <input aria-label={kind === 'wording' ? s.wrong : s.sensitiveWord} placeholder={kind === 'wording' ? s.wrong : s.sensitiveWord} value={wrong} onChange={(e) => setWrong(e.target.value)} required />
        {kind === 'wording' && <input aria-label={s.right} placeholder={s.right} value={right} onChange={(e) => setRight(e.target.value)} required />}
        <input aria-label={s.note} placeholder={s.note} value={note} onChange={(e) => setNote(e.target.value)} />
        <button type="submit" className="primary">
          {s.add}
        </button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ul className="check-rules" aria-label={s.rulesTitle}>
        {rules.map((rule) => (
          <li key={rule.id}>
            <span>
              {rule.kind === 'wording' ? (
                <>
                  <del>{rule.wrong}</del> → {rule.right}
                </>
              ) : (
                <>
                  {s.sensitiveKind}：{rule.wrong}
                </>
              )}
              {rule.note && <span className="rule-note">（{rule.note}）</span>}
              {rule.builtin && <span className="rule-note">{s.builtin}</span>}
            </span>
            <button type="button" aria-label={s.delete(rule.wrong)} onClick={() => void remove(rule)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-footer">
        <Dialog.Close asChild>
          <button type="button">{s.close}</button>
        </Dialog.Close>
      </div>
    </AppDialog>
  );
}
