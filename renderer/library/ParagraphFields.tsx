import { PARTS, type Part } from '../../shared/model/parts';
import { libraryStrings as t } from './strings';

/** The part and tags of a library paragraph, as the edit and save dialogs ask for them. */
export function ParagraphFields({
  part,
  tags,
  onPart,
  onTags,
}: {
  part: Part;
  tags: string;
  onPart: (part: Part) => void;
  onTags: (tags: string) => void;
}) {
  return (
    <>
      <label>
        {t.part}
        <select value={part} onChange={(e) => onPart(e.target.value as Part)}>
          {PARTS.map((s) => (
            <option key={s} value={s}>
              {t.parts[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.tags}
        <input value={tags} onChange={(e) => onTags(e.target.value)} />
      </label>
    </>
  );
}

/** Tags typed with commas, 顿号 or spaces. */
export function parseTags(text: string): string[] {
  return text
    .split(/[,，、\s]+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}
