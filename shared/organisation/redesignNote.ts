import type { RoleTemplate } from '../domain';
import type { RedesignStatement, RoleRedesign } from './redesign';

/**
 * The pending revision note of a redesign applied to a description (§f4), in the language
 * the description is written in: "流程再造：<as-is> → <to-be>：新增 …；移除 …". The
 * approval's revision note starts from it, so the history says why the duties changed.
 */
export function redesignNote(
  statement: Pick<RedesignStatement, 'asIs' | 'toBe'>,
  role: Pick<RoleRedesign, 'redline' | 'lost' | 'gained'>,
  template: RoleTemplate,
): string {
  const added = role.redline.filter((row) => row.change === 'added').map((row) => row.text);
  const removed = role.redline.filter((row) => row.change === 'removed').map((row) => row.text);
  const zh = template === 'zh';
  const parts: string[] = [];
  if (added.length > 0) parts.push(zh ? `新增 ${added.join('、')}` : `added ${added.join('; ')}`);
  if (removed.length > 0) {
    parts.push(zh ? `移除 ${removed.join('、')}` : `removed ${removed.join('; ')}`);
  }
  // No duty was linked to the steps that moved: name them, so the reviewer checks the duties.
  if (parts.length === 0) {
    const out = role.lost.map((step) => step.label);
    const into = role.gained.map((step) => step.label);
    if (out.length > 0) {
      parts.push(zh ? `移出步骤 ${out.join('、')}` : `steps moved out: ${out.join('; ')}`);
    }
    if (into.length > 0) {
      parts.push(zh ? `接收步骤 ${into.join('、')}` : `steps taken over: ${into.join('; ')}`);
    }
    parts.push(zh ? '请复核职责' : 'review the duties');
  }
  const pair = `${statement.asIs.name} → ${statement.toBe.name}`;
  return zh
    ? `流程再造：${pair}：${parts.join('；')}`.slice(0, 2000)
    : `Process redesign: ${pair}: ${parts.join('; ')}`.slice(0, 2000);
}
