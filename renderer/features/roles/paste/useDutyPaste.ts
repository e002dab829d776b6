import { useState, type ClipboardEvent } from 'react';
import { parsePastedDuties, type PastedDuty } from '../../../../shared/dutyPaste';
import { emptyDuty, type EditorDuty } from '../roleDraft';

/** A paste into a duty that could become several duties, until the user decides. */
export type PasteOffer = {
  /** The duty pasted into. */
  key: string;
  /** Its text before the paste. */
  before: string;
  /** Its text right after the paste; once the user edits it, the offer no longer applies. */
  after: string;
  duties: PastedDuty[];
};

/** A text area's value has \n line breaks, whatever the clipboard had. */
const lineBreaks = (text: string) => text.replace(/\r\n?/g, '\n');

/**
 * "Paste a list into duties": the paste goes in as pasted (the browser's own paste), and when it
 * holds several lines an offer to split them is shown under the duty. Splitting puts one duty
 * per line in place of the pasted text — the duty keeps what it held before, or takes the first
 * line if it was empty; keeping it, or editing the text, drops the offer.
 */
export function useDutyPaste(duties: EditorDuty[], onChange: (duties: EditorDuty[]) => void) {
  const [offer, setOffer] = useState<PasteOffer | null>(null);

  const onPaste = (duty: EditorDuty, event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    const lines = parsePastedDuties(pasted);
    if (lines.length < 2) return setOffer(null);
    const area = event.currentTarget;
    const before = area.value;
    const after = before.slice(0, area.selectionStart) + pasted + before.slice(area.selectionEnd);
    setOffer({ key: duty.key, before, after: lineBreaks(after), duties: lines });
  };

  /** The offer for this duty, while its text is still what the paste made it. */
  const offerFor = (duty: EditorDuty): PasteOffer | null =>
    offer && offer.key === duty.key && lineBreaks(duty.text) === offer.after ? offer : null;

  const split = () => {
    const index = offer ? duties.findIndex((duty) => duty.key === offer.key) : -1;
    const base = duties[index];
    if (!offer || !base) return setOffer(null);
    const made = offer.duties.map((line) => ({
      ...emptyDuty(),
      text: line.text,
      weight: line.weight,
    }));
    const [first, ...rest] = made;
    const replaced =
      offer.before.trim() !== '' || !first
        ? [{ ...base, text: offer.before }, ...made]
        : [{ ...base, text: first.text, weight: first.weight ?? base.weight }, ...rest];
    onChange([...duties.slice(0, index), ...replaced, ...duties.slice(index + 1)]);
    setOffer(null);
  };

  return { onPaste, offerFor, split, keep: () => setOffer(null) };
}
