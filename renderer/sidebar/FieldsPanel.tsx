import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $fieldEntries, goToField } from '../editor/plugins/fields/fieldEntries';
import { useDocumentSnapshot } from './useDocumentSnapshot';
import { strings } from '../app/strings';

/** “Fill in all fields”: every placeholder in the draft with its context; click to fill it. */
export function FieldsPanel() {
  const [editor] = useLexicalComposerContext();
  const fields = useDocumentSnapshot($fieldEntries, []);
  if (fields.length === 0) return <p className="panel-note">{strings.fields.none}</p>;
  return (
    <>
      <p className="panel-hint">{strings.fields.count(fields.length)}</p>
      <ol className="fields-list" aria-label={strings.fields.list}>
        {fields.map((field) => (
          <li key={field.key}>
            <button type="button" onClick={() => goToField(editor, field.key)}>
              …{field.before}
              <mark>{field.text}</mark>
              {field.after}…
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
