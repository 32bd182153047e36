import { pathOf, regionChoices, regionOf } from '../../shared/genre/places';
import { draftStrings } from './strings';

const t = draftStrings.newReport;
const UNIT_KEY = 'wengao.unit';
const REGION_KEY = 'wengao.region';

/** The unit and region of the last new report: an office writes for the same unit every year. */
export function rememberedHome(): { unit: string; region: string } {
  try {
    return { unit: globalThis.localStorage?.getItem(UNIT_KEY) ?? '', region: globalThis.localStorage?.getItem(REGION_KEY) ?? '' };
  } catch {
    return { unit: '', region: '' };
  }
}

export function rememberHome(unit: string, region: string): void {
  try {
    globalThis.localStorage?.setItem(UNIT_KEY, unit.trim());
    globalThis.localStorage?.setItem(REGION_KEY, region.trim());
  } catch {
    // Asked again next time; this draft keeps what was typed.
  }
}

/** What the region field resolves to, for the note under it; empty when nothing was typed. */
export function regionNote(unit: string, region: string): { text: string; error: boolean } | null {
  const typed = region.trim();
  const place = typed ? regionOf(typed) : null;
  if (typed && !place) return { text: t.regionUnknown, error: true };
  if (place) return { text: t.regionIs(`${pathOf(place)}${place.name}`), error: false };
  const guessed = unit.trim() ? regionOf(unit, { short: false }) : null;
  return guessed ? { text: t.regionGuessed(`${pathOf(guessed)}${guessed.name}`), error: false } : null;
}

interface Props {
  unit: string;
  region: string;
  onUnit: (unit: string) => void;
  onRegion: (region: string) => void;
}

/** 单位名称 and 所在地区, asked in 新建文稿 and kept with the draft: other places' names are flagged in 检查. */
export function HomeFields({ unit, region, onUnit, onRegion }: Props) {
  const choices = regionChoices();
  const note = regionNote(unit, region);
  return (
    <>
      <label>
        {t.unit}
        <input value={unit} placeholder={t.unitPlaceholder} onChange={(e) => onUnit(e.target.value)} />
      </label>
      <label>
        {t.region}
        <input value={region} list="wengao-regions" placeholder={t.regionPlaceholder} aria-describedby="new-report-region-note" onChange={(e) => onRegion(e.target.value)} />
        <datalist id="wengao-regions">
          {choices.map((choice) => (
            <option key={choice} value={choice} />
          ))}
        </datalist>
      </label>
      {note && (
        <p id="new-report-region-note" className={`panel-note${note.error ? ' panel-error' : ''}`}>
          {note.text}
        </p>
      )}
    </>
  );
}
