import { useEffect, useState } from 'react';
import { call } from '../../api/client';

/** This computer's zone: what the library uses until it has one of its own. */
const COMPUTER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The library's time zone (inspection:timeZone), in which "today", a late action and an
 * approval's date are judged — the dashboard's zone, so the panels and the dashboard agree
 * on what is overdue. This computer's zone until the answer arrives (or if it fails).
 */
export function useLibraryTimeZone(): string {
  const [zone, setZone] = useState(COMPUTER_ZONE);
  useEffect(() => {
    let live = true;
    call('inspection:timeZone', {}).then(
      (answer) => live && setZone(answer.timeZone),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return zone;
}
