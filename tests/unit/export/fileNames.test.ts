import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES, safeFileName } from '../../../shared/fileNames';

const stem = (name: string) => name.replace(/\.docx$/, '');

describe('safeFileName', () => {
  it('keeps a Chinese title as it is', () => {
    expect(safeFileName('人力资源经理', 'docx')).toBe('人力资源经理.docx');
    expect(safeFileName('人力资源经理', '.docx')).toBe('人力资源经理.docx');
  });

  it('never yields a path: no separators, no parent folder', () => {
    for (const title of ['../../etc/passwd', '..\\..\\Windows\\win.ini', 'a/b\\c', '..', '.']) {
      const name = safeFileName(title, 'docx');
      expect(name).not.toMatch(/[/\\]/);
      expect(name).not.toContain('..');
      expect(name.startsWith('.')).toBe(false);
    }
    expect(safeFileName('..', 'docx')).toBe('role.docx');
    expect(safeFileName('../secret', 'docx')).toBe('_secret.docx');
  });

  it('replaces characters Windows refuses', () => {
    expect(safeFileName('a:b', 'docx')).toBe('a_b.docx');
    expect(safeFileName('<岗位>*?"|', 'docx')).toBe('_岗位_____.docx');
  });

  it('removes control characters and direction overrides', () => {
    const name = safeFileName('报告\u0000\u0007\u001f\u007f\u202e名称\n\t第二行', 'docx');
    // eslint-disable-next-line no-control-regex
    expect(name).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(name).toBe('报告_____名称 第二行.docx');
  });

  it('drops trailing dots and spaces, which Windows would drop silently', () => {
    expect(safeFileName('经理...', 'docx')).toBe('经理.docx');
    expect(safeFileName('经理 . . ', 'docx')).toBe('经理.docx');
    expect(safeFileName('  经理', 'docx')).toBe('经理.docx');
  });

  it('avoids Windows device names, in any case and with an extension', () => {
    expect(safeFileName('CON', 'docx')).toBe('CON_.docx');
    expect(safeFileName('con', 'docx')).toBe('con_.docx');
    expect(safeFileName('CON.docx', 'docx')).toBe('CON_.docx.docx');
    expect(safeFileName('com1', 'docx')).toBe('com1_.docx');
    expect(safeFileName('LPT9.txt', 'docx')).toBe('LPT9_.txt.docx');
    for (const device of ['PRN', 'AUX', 'NUL', 'COM5', 'lpt1']) {
      expect(stem(safeFileName(device, 'docx')).split('.')[0]).not.toMatch(
        /^(con|prn|aux|nul|com\d|lpt\d)$/i,
      );
    }
    // Only the device names themselves: these are ordinary names.
    expect(safeFileName('CONTROL', 'docx')).toBe('CONTROL.docx');
    expect(safeFileName('COM10', 'docx')).toBe('COM10.docx');
  });

  it('caps long Chinese titles at 120 UTF-8 bytes without splitting a character', () => {
    const title = '负责公司人力资源规划招聘配置培训开发绩效管理薪酬福利劳动关系'.repeat(5);
    const name = stem(safeFileName(title, 'docx'));
    expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name.length).toBe(40); // 3 bytes a character: 40 characters
    expect(title.startsWith(name)).toBe(true);
    expect(name).not.toContain('\ufffd');
  });

  it('does not split a surrogate pair (emoji) at the cap', () => {
    const title = `${'a'.repeat(118)}😀😀`;
    const name = stem(safeFileName(title, 'docx'));
    expect(name).toBe('a'.repeat(118));
  });

  it('falls back to a name when nothing usable is left', () => {
    expect(safeFileName('', 'docx')).toBe('role.docx');
    expect(safeFileName('   ', 'docx')).toBe('role.docx');
    expect(safeFileName('???', 'docx')).toBe('role.docx');
    expect(safeFileName('...', 'docx')).toBe('role.docx');
  });

  it('cleans the extension too', () => {
    expect(safeFileName('经理', 'do/cx')).toBe('经理.docx');
    expect(safeFileName('经理', '')).toBe('经理');
  });
});
