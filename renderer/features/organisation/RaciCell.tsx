import { Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { RACI, type RaciLetter } from '../../../shared/process';
import { useMenuTrigger } from '../../ui/useMenuTrigger';

const COLOURS: Record<RaciLetter, string> = {
  R: '#1f5fa8',
  A: '#b42318',
  C: '#7a5a00',
  I: '#52606d',
};

/** One cell of the matrix: its letters, and a menu to set R, A, C, I or none. */
export function RaciCell(props: {
  letters: RaciLetter[];
  isLaneRole: boolean;
  roleTitle: string;
  stepLabel: string;
  onSet: (letter: RaciLetter | null) => void;
}) {
  const { t } = useTranslation();
  const { letters, isLaneRole } = props;
  const menu = useMenuTrigger('click');
  const items = [
    ...RACI.map((letter) => ({ key: letter, label: letter })),
    // The lane's role always has a letter (R by default): someone does the work drawn there.
    ...(isLaneRole ? [] : [{ key: 'none', label: t('alignment.organisation.raci.none') }]),
  ];
  return (
    <Dropdown
      {...menu.dropdown}
      menu={{
        id: menu.menuId,
        items,
        selectable: true,
        selectedKeys: letters.length === 1 ? [letters[0] ?? ''] : [],
        onClick: ({ key }) => props.onSet(key === 'none' ? null : (key as RaciLetter)),
      }}
    >
      <button
        type="button"
        {...menu.trigger}
        aria-label={`${props.stepLabel} · ${props.roleTitle}`}
        title={isLaneRole ? t('alignment.organisation.raci.laneRole') : undefined}
        style={{
          width: '100%',
          minHeight: 24,
          border: 'none',
          background: isLaneRole ? '#f3f7fc' : 'transparent',
          cursor: 'pointer',
          fontWeight: 600,
          font: 'inherit',
        }}
      >
        {letters.map((letter) => (
          <span key={letter} style={{ color: COLOURS[letter], margin: '0 1px' }}>
            {letter}
          </span>
        ))}
      </button>
    </Dropdown>
  );
}
