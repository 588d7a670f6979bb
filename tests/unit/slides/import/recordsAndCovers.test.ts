import { describe, expect, it } from 'vitest';
import { boilerplateKind } from '../../../../slides/import/boilerplate';
import { importText } from '../../../../slides/import/plainText';
import { importHtml } from '../../../../slides/import/html';

/** An appeal court's judgment as the court publishes it: a cover sheet, the judgment, Crown copyright. */
const JUDGMENT = [
  'Neutral Citation Number: [2025] EWCA Civ 208',
  '',
  'Case No: CA-2025-000114',
  '',
  'IN THE COURT OF APPEAL (CIVIL DIVISION)',
  'ON APPEAL FROM THE HIGH COURT OF JUSTICE',
  'KING\u2019S BENCH DIVISION',
  'MR JUSTICE PELLEW',
  '[2024] EWHC 930 (KB)',
  '',
  'Royal Courts of Justice',
  'Strand, London, WC2A 2LL',
  '',
  'Date: 3 March 2025',
  '',
  'Before:',
  '',
  'LADY JUSTICE ORMEROD',
  'LORD JUSTICE FENN',
  'and',
  'LORD JUSTICE ACHTERBERG',
  '',
  'Between:',
  '',
  'HALLORAN ESTATES LIMITED',
  'Appellant',
  '',
  '- and -',
  '',
  'MARGIT SOLVANG-REES',
  'Respondent',
  '',
  'Ms Priya Durrant KC (instructed by Keele Marsh LLP) for the Appellant',
  'Mr Tobias Wren (instructed by Fenmore Law Centre) for the Respondent',
  '',
  'Hearing dates: 11 and 12 February 2025',
  '',
  'Approved Judgment',
  '',
  'This judgment was handed down remotely at 10.30am on 3 March 2025 by circulation to the parties or their representatives by e-mail.',
  '',
  'JUDGMENT',
  '',
  'LADY JUSTICE ORMEROD:',
  '',
  '1. This appeal asks whether a tenant who reports a leak through the landlord\u2019s online portal has given notice in writing of the disrepair.',
  '',
  '2. The judge held that she had, and awarded damages of \u00a34,200. I would dismiss the appeal, for the reasons that follow.',
  '',
  '3. A portal message is writing: it is made of words, it is sent, and it stays where the landlord can read it again.',
  '',
  'Crown copyright \u00a9. This transcript has been prepared from the approved judgment and is not to be reproduced for commercial purposes without the permission of the court.',
];

/** A parliamentary record of a debate: its volume line, columns, times, interruptions and licence. */
const DEBATE = [
  'Flood Defences (Funding) Bill',
  'Volume 772: debated on Wednesday 5 November 2025',
  '',
  'House of Commons',
  'Hansard record of the debate. \u00a9 Parliamentary copyright 2025. Reproduced under the Open Parliament Licence v3.0.',
  '',
  'Second Reading',
  '',
  'Column 88',
  '',
  'The Minister for Floods (Ana Petrakis): The Bill guarantees capital for flood schemes for ten years rather than one, so that councils can plan the defences their towns need.',
  '',
  'Mr Owain Hale (Severnside) (Con): Will the Minister confirm that maintenance will be funded as well as new schemes?',
  '',
  'Ana Petrakis: [Interruption.] Members opposite may groan, but maintenance is funded for the first time in a decade.',
  '',
  'Hon. Members: Hear, hear!',
];

describe('a judgment as the court publishes it', () => {
  it('is titled with its parties, published by its court and dated the day it was handed down', () => {
    const source = importText(JUDGMENT.join('\n'), { format: 'txt' });
    expect(source.title).toBe('Halloran Estates Limited v Margit Solvang-Rees');
    expect(source.publisher).toBe('Court of Appeal, Civil Division');
    expect(source.date).toBe('3 March 2025');
  });

  it('leaves out the cover sheet and the Crown copyright note, and keeps the judgment whole', () => {
    const source = importText(JUDGMENT.join('\n'), { format: 'txt' });
    const text = source.paragraphs.join('\n');
    expect(text).not.toMatch(
      /Neutral Citation|Case No|Royal Courts|Before:|Appellant$|instructed by|Hearing dates|handed down remotely|Crown copyright|transcript has been prepared/m,
    );
    expect(text).toMatch(/This appeal asks whether a tenant/);
    expect(text).toMatch(/I would dismiss the appeal, for the reasons that follow\./);
    expect(text).toMatch(/A portal message is writing/);
  });

  it('reads a judge or a party in capitals as furniture only on a line of its own', () => {
    expect(boilerplateKind('HALLORAN ESTATES LIMITED Appellant')).toBe('judgmentParties');
    expect(boilerplateKind('LADY JUSTICE ORMEROD LORD JUSTICE FENN and LORD JUSTICE ACHTERBERG')).toBe(
      'judgmentParties',
    );
    expect(boilerplateKind('LADY JUSTICE ORMEROD:')).toBeUndefined();
    expect(boilerplateKind('The court heard from the respondent')).toBeUndefined();
  });
});

describe('a parliamentary record of a debate', () => {
  it('is titled with the bill and dated the day of the debate', () => {
    const source = importText(DEBATE.join('\n'), { format: 'txt' });
    expect(source.title).toBe('Flood Defences (Funding) Bill');
    expect(source.date).toBe('5 November 2025');
  });

  it('leaves out the volume line, the licence, columns, interruptions and cheers, and keeps what is said', () => {
    const text = importText(DEBATE.join('\n'), { format: 'txt' }).paragraphs.join('\n');
    expect(text).not.toMatch(/Volume 772|Open Parliament Licence|Column 88|Interruption|Hear, hear/);
    expect(text).toMatch(
      /Members opposite may groan, but maintenance is funded for the first time in a decade\./,
    );
    expect(text).toMatch(/guarantees capital for flood schemes for ten years/);
  });
});

describe("a document's number, reference and release line", () => {
  it('drops a series number, a reference and a release line, alone or among the parts of a line', () => {
    expect(boilerplateKind('Policy Brief No. 27')).toBe('documentNumber');
    expect(boilerplateKind('Campaign update no. 14.')).toBe('documentNumber');
    expect(boilerplateKind('Fenwick Institute for Regional Policy · Policy Brief No. 27 · June 2025')).toBe(
      'documentNumber',
    );
    expect(boilerplateKind('Final report · June 2025 · Ref HE/SCTP/25/014')).toBeDefined();
    expect(boilerplateKind('CONFIDENTIAL \u2013 FOR CLIENT USE')).toBe('classification');
  });

  it('keeps a sentence that mentions an issue, a reference or a licence', () => {
    expect(boilerplateKind('Issue 3 of the report shows growth in every region.')).toBeUndefined();
    expect(boilerplateKind('Reference points matter more than targets.')).toBeUndefined();
    expect(
      boilerplateKind(
        'The council published the data under an open licence so that residents could check it.',
      ),
    ).toBeUndefined();
    expect(boilerplateKind('Ruth Adeyemi · The Courier · 18 February 2027')).not.toBe('documentNumber');
  });
});

/** A company's press release as its newsroom posts it: the release line, the news, the notes on each company. */
const RELEASE = `<!doctype html><html><head><title>Orrin Foods to acquire Delby Dairy | Orrin Newsroom</title></head>
<body><main><article>
<p class="release-label">FOR IMMEDIATE RELEASE</p>
<h1>Orrin Foods to acquire Delby Dairy for $410 million</h1>
<p><strong>MARLOW FALLS, Ore., May 4, 2026</strong> — Orrin Foods, Inc. today announced that it has agreed to buy Delby Dairy, a maker of cultured butter and cheese, for $410 million in cash.</p>
<p>The price is 11.5 times Delby's expected earnings before interest, tax, depreciation and amortisation for 2026, and Orrin expects cost savings of $18 million a year by 2029.</p>
<p>Delby's three creameries will keep their names, and Orrin will fund the purchase from cash on hand and a new $250 million term loan.</p>
<p>The deal is expected to close in the third quarter of 2026, subject to approval by regulators.</p>
<h2>About Orrin Foods</h2>
<p>Orrin Foods, Inc. makes breakfast cereals, baked snacks and frozen meals sold in 31 countries. Founded in 1952, the company is headquartered in Marlow Falls, Oregon.</p>
<h2>About Delby Dairy</h2>
<p>Delby Dairy is a family-owned maker of cultured butter and farmhouse cheese. Founded in 1988, it is based in Tillamook County.</p>
</article></main></body></html>`;

describe('a press release as a newsroom posts it', () => {
  it('takes no release line for its publisher, and leaves out the notes on each company', () => {
    const source = importHtml(RELEASE);
    expect(source.title).toBe('Orrin Foods to acquire Delby Dairy for $410 million');
    expect(source.publisher ?? '').not.toMatch(/RELEASE/i);
    const text = source.paragraphs.join('\n');
    expect(text).not.toMatch(/FOR IMMEDIATE RELEASE|About Orrin|About Delby|Founded in/);
    expect(text).toMatch(/expected to close in the third quarter of 2026/);
    expect(text).toMatch(/agreed to buy Delby Dairy/);
  });

  it('keeps a closing paragraph about a company that is news, not its note', () => {
    const text = importHtml(
      RELEASE.replace(
        /<h2>About Orrin Foods<\/h2>[\s\S]*<\/article>/,
        '<p>Orrin Foods, Inc. makes most of its profit in cereals, and analysts expect the deal to lift that share.</p></article>',
      ),
    ).paragraphs.join('\n');
    expect(text).toMatch(/Orrin Foods, Inc\. makes most of its profit in cereals/);
  });
});

/** A reporter's dispatch: a rubric over the headline, the byline with where it was filed from, and the day. */
const DISPATCH = [
  'DISPATCH | WATER',
  '',
  'The reservoirs are full of silt. Nobody budgeted for the dredging.',
  '',
  'By Ines Harrowgate in Valcorda, Serrin valley',
  'Filed 3 October 2025',
  '',
  'The first thing you see at the Valcorda dam is the line on the concrete where the water used to reach. It is eleven metres above the surface now, and the engineer who walked me along the crest says most of the missing water is not missing at all: it is mud.',
  '',
  'The regional water board measured the reservoir\u2019s capacity at 41% of its design in its last survey, in 2023. Dredging it would cost about \u20ac60 million, a sum that appears in no budget.',
  '',
  'I came to the valley expecting a story about drought. What I found was a story about maintenance that everyone agrees on and nobody pays for.',
];

describe("a reporter's dispatch", () => {
  it('takes the headline under the rubric, and the reporter and the day from the byline and its filed line', () => {
    const source = importText(DISPATCH.join('\n'), { format: 'txt' });
    expect(source.title).toBe('The reservoirs are full of silt. Nobody budgeted for the dredging.');
    expect(source.author).toBe('Ines Harrowgate');
    expect(source.date).toBe('3 October 2025');
    const text = source.paragraphs.join('\n');
    expect(text).not.toMatch(/DISPATCH|By Ines|Filed 3 October/);
    expect(source.paragraphs[0]).toMatch(/^The first thing you see at the Valcorda dam/);
  });
});

describe("a results page's count and status", () => {
  it('drops the count of seats declared and the note that results are provisional, and keeps a result', () => {
    expect(
      boilerplateKind(
        'All 81 seats declared · Results are provisional until certified by the Regional Returning Office',
      ),
    ).toBe('resultsStatus');
    expect(boilerplateKind('Results are provisional until certified.')).toBe('resultsStatus');
    expect(boilerplateKind('Results were declared at 4am, and the Alliance lost 14 seats.')).toBeUndefined();
    expect(boilerplateKind('81 seats were contested for the first time since 2009.')).toBeUndefined();
  });
});
