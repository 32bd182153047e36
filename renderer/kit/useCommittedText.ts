import { useRef, useState, type ChangeEvent, type CompositionEvent } from 'react';

/**
 * A text box that shows every keystroke but passes on only committed text: while an input method
 * composes (pinyin `tongshi` on its way to 同事) nothing is searched; the word is, when it is
 * committed. Spread the result on the `<input>`.
 */
export function useCommittedText(onCommit: (text: string) => void, initial = '') {
  const [value, setValue] = useState(initial);
  const composing = useRef(false);
  return {
    value,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      setValue(event.target.value);
      if (!composing.current) onCommit(event.target.value);
    },
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: (event: CompositionEvent<HTMLInputElement>) => {
      composing.current = false;
      setValue(event.currentTarget.value);
      onCommit(event.currentTarget.value);
    },
  };
}
