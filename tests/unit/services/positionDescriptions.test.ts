import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/ipc/handlers';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import type { FileDelivery } from '../../../electron/services/exportService';
import { draftAsDuty, type Role } from '../../../shared/domain';
import { duty } from '../helpers/fixtures';
import { readDocx, texts } from '../export/docxXml';
import { openTempSession, tempFolder } from '../helpers/tempFiles';

function setup(delivery?: FileDelivery) {
  const { session } = openTempSession();
  const services = createServices({ session, dialogs: NO_DIALOGS, settings: null, delivery });
  const hr = services.departments.create('人力资源部', null);
  const role = services.roles.create(hr.id, '人力资源经理');
  return { services, hr, role };
}

function withDuties(role: Role, texts: string[], weight = 20): Role {
  return {
    ...role,
    duties: texts.map((text, index) =>
      draftAsDuty(duty(text, { weight, frequency: 'monthly', standard: '按时' }), index + 1000),
    ),
  };
}

describe('library template', () => {
  it('gives new roles the library’s default template, Chinese unless changed', () => {
    const { services, hr, role } = setup();
    expect(role.template).toBe('zh');
    services.library.setLibrarySettings({ defaultTemplate: 'en' });
    expect(services.roles.create(hr.id, 'Payroll Specialist').template).toBe('en');
  });
});

describe('approving and history', () => {
  it('approves into version 1 with the note, and an edit starts a new draft', () => {
    const { services, role } = setup();
    const saved = services.roles.save(withDuties(role, ['制定招聘计划']), role.editVersion);
    const approved = services.roles.approve(saved.id, '首次发布', saved.editVersion);
    expect(approved).toMatchObject({ status: 'approved', version: 1 });

    const edited = services.roles.save(
      { ...approved, title: '人力资源总监' },
      approved.editVersion,
    );
    expect(edited).toMatchObject({ status: 'draft', version: 1 });
    const second = services.roles.approve(edited.id, '升级为总监岗位', edited.editVersion);
    expect(second.version).toBe(2);

    expect(services.roles.history(role.id).map((h) => [h.version, h.note])).toEqual([
      [2, '升级为总监岗位'],
      [1, '首次发布'],
    ]);
    const first = services.roles.revision(role.id, 1);
    expect(first.snapshot.title).toBe('人力资源经理');
    expect(first.snapshot.duties.map((d) => d.text)).toEqual(['制定招聘计划']);
    expect(() => services.roles.revision(role.id, 9)).toThrow(/no version 9/);
  });
});

describe('competencies on a role', () => {
  it('are saved with the role, refused when unknown, and reported as used', () => {
    const { services, role } = setup();
    const skill = services.competencies.create({
      kind: 'skill',
      nameZh: '招聘面试技巧',
      nameEn: 'Interviewing',
      descriptionZh: '',
      descriptionEn: '',
      levels: [
        { level: 1, indicatorZh: '了解', indicatorEn: '' },
        { level: 2, indicatorZh: '熟练', indicatorEn: '' },
      ],
    });
    const link = { competencyId: skill.id, requiredLevel: 2, importance: 4 };
    const linked = services.roles.save({ ...role, competencies: [link] }, role.editVersion);
    expect(linked.competencies).toEqual([link]);
    expect(services.competencies.usage(skill.id)).toEqual([
      { roleId: role.id, title: '人力资源经理', requiredLevel: 2 },
    ]);
    expect(() =>
      services.roles.save({ ...role, competencies: [{ ...link, competencyId: 999 }] }, 1),
    ).toThrow(/Competency 999/);
    expect(() => services.roles.save({ ...role, competencies: [link, link] }, 1)).toThrow(/twice/);
    expect(() =>
      services.competencies.update(
        skill.id,
        { ...skill, levels: [{ level: 2, indicatorZh: '', indicatorEn: 'x' }] },
        skill.editVersion,
      ),
    ).toThrow(/numbered/);
  });
});

describe('checks service', () => {
  it('checks a draft against the library, and sees later edits', () => {
    const { services, hr, role } = setup();
    const other = services.roles.create(hr.id, '招聘专员');
    services.roles.save(withDuties(other, ['组织校园招聘活动'], 100), other.editVersion);
    const draft = withDuties(role, ['组织校园招聘活动'], 100);
    const rules = () => services.checks.checkDraft(draft).map((f) => f.rule);
    expect(rules()).toContain('dutyDuplicate');
    const current = services.roles.get(other.id);
    services.roles.save(withDuties(current, ['筛选简历并安排面试'], 100), current.editVersion);
    expect(rules()).not.toContain('dutyDuplicate');
  });

  it('reports the whole library', () => {
    const { services } = setup();
    const { findings, roles } = services.checks.checkLibrary();
    expect(roles).toHaveLength(1);
    expect(findings.length).toBeGreaterThan(0);
  });
});

describe('Word export', () => {
  it('hands the browser host the bytes of a real .docx', async () => {
    const { services, role } = setup();
    services.roles.save(withDuties(role, ['制定年度招聘计划']), role.editVersion);
    const result = await services.exports.roleDocx(role.id, null);
    expect(result.fileName).toBe('人力资源经理.docx');
    const zip = await JSZip.loadAsync(Buffer.from(result.data ?? '', 'base64'));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('制定年度招聘计划');
  });

  it('prints who approved the version it prints, and a picked earlier version', async () => {
    const { services, role } = setup();
    const saved = services.roles.save(withDuties(role, ['制定年度招聘计划']), role.editVersion);
    const first = services.roles.approve(saved.id, '首次发布', saved.editVersion, '王芳');
    expect(services.roles.history(role.id)[0]).toMatchObject({ version: 1, approver: '王芳' });
    // A later draft: the current export is the draft, version 1 is still there to pick.
    services.roles.save(withDuties(first, ['组织招聘面试']), first.editVersion);
    const headerText = async (version: number | null) => {
      const result = await services.exports.roleDocx(role.id, version);
      const docx = await readDocx(Buffer.from(result.data ?? '', 'base64'));
      return { headers: docx.headers.map((h) => texts(h).join('')).join('|'), body: docx.document };
    };
    const v1 = await headerText(1);
    expect(v1.headers).toContain('王芳批准');
    expect(v1.body).toContain('制定年度招聘计划');
    expect(v1.body).not.toContain('组织招聘面试');
    const draft = await headerText(null);
    expect(draft.headers).not.toContain('王芳批准');
    expect(draft.body).toContain('组织招聘面试');
  });

  it('writes the file chosen in the save dialog, replacing an old one whole', async () => {
    const folder = tempFolder();
    const target = path.join(folder, 'out.docx');
    fs.writeFileSync(target, 'old');
    const { services, role } = setup({ chooseTarget: () => Promise.resolve(target) });
    const result = await services.exports.roleDocx(role.id, null);
    expect(result).toEqual({ fileName: 'out.docx', data: null });
    expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readdirSync(folder)).toEqual(['out.docx']);
  });

  it('does nothing when the save dialog is cancelled', async () => {
    const { services, role } = setup({ chooseTarget: () => Promise.resolve(null) });
    await expect(services.exports.roleDocx(role.id, null)).rejects.toMatchObject({
      code: 'CANCELLED',
    });
  });

  it('builds a handbook as a job with progress, and can cancel one', async () => {
    const { services, hr } = setup();
    for (const title of ['招聘专员', '薪酬专员']) services.roles.create(hr.id, title);
    const { jobId } = await services.exports.startHandbook({
      departmentId: hr.id,
      versions: 'latest',
      template: 'own',
    });
    let job = services.exports.job(jobId);
    for (let i = 0; i < 200 && job.state === 'running'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      job = services.exports.job(jobId);
    }
    expect(job).toMatchObject({ state: 'done', done: 3, total: 3, leftOut: [] });
    expect(
      Buffer.from(job.data ?? '', 'base64')
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    const second = await services.exports.startHandbook({
      departmentId: null,
      versions: 'latest',
      template: 'zh',
    });
    services.exports.cancel(second.jobId);
    let cancelled = services.exports.job(second.jobId);
    for (let i = 0; i < 200 && cancelled.state === 'running'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      cancelled = services.exports.job(second.jobId);
    }
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.data).toBeNull();
  });

  it('prints approved versions only and names the roles that have none', async () => {
    const { services, hr, role } = setup();
    services.roles.create(hr.id, '薪酬专员');
    services.roles.approve(role.id, '首次发布', role.editVersion);
    // A later draft of the approved role is not what the handbook prints.
    const current = services.roles.get(role.id);
    services.roles.save({ ...current, title: '人力资源总监（草拟）' }, current.editVersion);

    const { jobId } = await services.exports.startHandbook({
      departmentId: null,
      versions: 'approved',
      template: 'own',
    });
    let job = services.exports.job(jobId);
    for (let i = 0; i < 200 && job.state === 'running'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      job = services.exports.job(jobId);
    }
    expect(job).toMatchObject({ state: 'done', total: 1, leftOut: [{ title: '薪酬专员' }] });
    const { document } = await readDocx(Buffer.from(job.data ?? '', 'base64'));
    const text = texts(document).join('');
    expect(text).toContain('人力资源经理');
    expect(text).not.toContain('人力资源总监（草拟）');
    expect(text).toContain('未收录（无批准版本）');
  });
});
