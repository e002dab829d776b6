import { useTranslation } from 'react-i18next';

/**
 * The editor's first Tab stop, shown only while it has focus: it jumps over the toolbar and
 * the palette into the map (the same as F6), instead of some 40 Tab presses. Its holder takes
 * no room, so the focused link lies over the toolbar's left end, not over the app's header.
 */
export function SkipToMap({ onActivate }: { onActivate: () => void }) {
  const { t } = useTranslation();
  return (
    <div style={{ position: 'relative', height: 0 }}>
      <button type="button" className="skip-to-map" onClick={onActivate}>
        {t('mapKeyboard.skipToMap')}
      </button>
    </div>
  );
}
