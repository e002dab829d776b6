import { Grid } from 'antd';

/**
 * True when the window is narrower than antd's `lg` breakpoint (992 CSS px): a 1360 px screen
 * at 150 % zoom or more, a 1920 px screen at 200 %, or a window dragged narrow. Below it the
 * side columns (590 px of departments and roles, 280 px of processes) would leave the editor
 * too narrow to use, so they fold into a drawer. At 1024 px and above the layout is as before.
 * Until antd has measured the window it reports nothing, which reads as wide (no flash).
 */
export function useNarrowWindow(): boolean {
  return Grid.useBreakpoint().lg === false;
}
