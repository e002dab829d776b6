import { describe, expect, it } from 'vitest';
import { exportBpmn } from '../../../electron/interchange/bpmnExport';
import { importBpmn } from '../../../electron/interchange/bpmnImport';
import { BpmnError, type BpmnErrorCode } from '../../../electron/interchange/errors';
import { guardXml } from '../../../electron/interchange/xmlGuard';
import { fixture, only, fileProblems } from './helpers';

/*
 * Hostile and odd input: every case must be answered with a clear BpmnError, quickly (the
 * guard is one linear scan), and before bpmn-moddle sees the text.
 */

const MODEL = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

async function refusal(
  bytes: Buffer,
): Promise<{ code: BpmnErrorCode; message: string; ms: number }> {
  const start = performance.now();
  try {
    await importBpmn(bytes);
  } catch (error) {
    const ms = performance.now() - start;
    if (error instanceof BpmnError) return { code: error.code, message: error.message, ms };
    throw error;
  }
  throw new Error('import did not refuse the input');
}

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<definitions xmlns="${MODEL}" id="d"><process id="p" name="&lol9;"/></definitions>`;

const externalEntity = `<?xml version="1.0"?>
<!DOCTYPE definitions [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<definitions xmlns="${MODEL}" id="d"><process id="p" name="&xxe;"/></definitions>`;

describe('xmlGuard: hostile input', () => {
  it('refuses a billion-laughs entity expansion as a DOCTYPE, at once', async () => {
    const result = await refusal(Buffer.from(billionLaughs));
    expect(result.code).toBe('doctype');
    expect(result.message).toContain('declares a DOCTYPE');
    expect(result.message).toContain('read local files or exhaust memory');
    expect(result.ms).toBeLessThan(1000);
  });

  it('refuses an external entity (file:///etc/passwd) and never reads the file', async () => {
    const result = await refusal(Buffer.from(externalEntity));
    expect(result.code).toBe('doctype');
    expect(result.message).not.toContain('root:');
    expect(result.ms).toBeLessThan(1000);
  });

  it('refuses a 50 MB attribute by the size cap', async () => {
    const huge = `<definitions xmlns="${MODEL}" id="d" name="${'a'.repeat(50 * 1024 * 1024)}"/>`;
    const result = await refusal(Buffer.from(huge));
    expect(result.code).toBe('too-large');
    expect(result.message).toMatch(/50\.0 MB; RoleFlow opens BPMN files of up to 20 MB/);
    expect(result.ms).toBeLessThan(1000);
  });

  it('refuses a long attribute below the size cap without copying it', async () => {
    const long = `<definitions xmlns="${MODEL}" id="d" name="${'a'.repeat(5 * 1024 * 1024)}"/>`;
    const result = await refusal(Buffer.from(long));
    expect(result.code).toBe('attribute-too-long');
    expect(result.message).toContain('The attribute name on line 1 is 5,242,880 characters long');
    expect(result.ms).toBeLessThan(1000);
  });

  it('refuses 100,000-deep nesting', async () => {
    const depth = 100_000;
    const deep = `<definitions xmlns="${MODEL}" id="d">${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</definitions>`;
    const result = await refusal(Buffer.from(deep));
    expect(result.code).toBe('too-deep');
    expect(result.message).toContain('nested more than 200 levels deep');
    expect(result.ms).toBeLessThan(1000);
  });

  it('refuses too many elements', () => {
    const many = `<definitions xmlns="${MODEL}">${'<a/>'.repeat(300)}</definitions>`;
    expect(() =>
      guardXml(Buffer.from(many), {
        maxBytes: 1e6,
        maxAttributeLength: 1e3,
        maxDepth: 10,
        maxElements: 100,
      }),
    ).toThrow(expect.objectContaining({ code: 'too-many-elements' }));
  });

  it.each([
    ['an unclosed tag', `<definitions xmlns="${MODEL}" id="d"><process`, 'malformed'],
    [
      'a mismatched end tag',
      `<definitions xmlns="${MODEL}"><process></task></definitions>`,
      'malformed',
    ],
    ['a truncated file', `<definitions xmlns="${MODEL}"><process>`, 'malformed'],
    ['an unquoted attribute', `<definitions id=d/>`, 'malformed'],
    ['an empty file', '', 'empty'],
    ['text without elements', 'just text', 'not-bpmn'],
    ['XML that is not BPMN', '<html><body/></html>', 'not-bpmn'],
  ] as const)('refuses %s with a clear code', async (_case, text, code) => {
    const result = await refusal(Buffer.from(text));
    expect(result.code).toBe(code);
    expect(result.message.length).toBeGreaterThan(20);
  });
});

describe('xmlGuard: encodings', () => {
  it('decodes ISO-8859-1 as declared, so a non-ASCII name survives', async () => {
    const latin1 = fixture('A.1.0.bpmn')
      .toString('latin1')
      .replace('name="Task 1"', 'name="Prüfung & Änderung"');
    const bytes = Buffer.from(latin1, 'latin1');
    expect(bytes.includes(Buffer.from([0xfc]))).toBe(true); // ü as one ISO-8859-1 byte
    const result = await importBpmn(bytes);
    const labels = only(result.processes).graph.nodes.map((node) => node.label);
    expect(labels).toContain('Prüfung & Änderung');
    // bpmn-moddle's own "falling back to UTF-8" warning is moot: RoleFlow decoded the bytes.
    expect(fileProblems(result)).toEqual([]);
    // The export is a string saved as UTF-8, and its declaration says so.
    const process = only(result.processes);
    const xml = await exportBpmn({ name: process.name, graph: process.graph });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
    const again = await importBpmn(Buffer.from(xml, 'utf8'));
    expect(only(again.processes).graph.nodes.map((node) => node.label)).toContain(
      'Prüfung & Änderung',
    );
  });

  it('decodes UTF-16 with a byte order mark (little and big endian)', async () => {
    const text = fixture('C.9.1.bpmn')
      .toString('utf8')
      .replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const reference = await importBpmn(fixture('C.9.1.bpmn'));
    for (const bytes of [le, be]) {
      const result = await importBpmn(bytes);
      expect(result.counts).toEqual(reference.counts);
    }
  });

  it('refuses encodings it does not read, and bytes that do not match the declaration', async () => {
    const shiftJis = `<?xml version="1.0" encoding="Shift_JIS"?><definitions xmlns="${MODEL}"/>`;
    const unsupported = await refusal(Buffer.from(shiftJis));
    expect(unsupported.code).toBe('unsupported-encoding');
    expect(unsupported.message).toContain(
      'encoded as shift_jis; RoleFlow reads UTF-8, UTF-16, ISO-8859-1 and windows-1252',
    );

    const badUtf8 = Buffer.concat([
      Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><definitions xmlns="${MODEL}" name="`),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"/>'),
    ]);
    expect((await refusal(badUtf8)).code).toBe('invalid-encoding');
  });

  it('accepts a UTF-8 byte order mark', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixture('C.9.1.bpmn')]);
    const result = await importBpmn(bytes);
    expect(result.processes).toHaveLength(1);
  });
});
