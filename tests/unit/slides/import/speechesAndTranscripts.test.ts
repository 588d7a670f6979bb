import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../../slides/analyze/analyze';
import { interviewShape } from '../../../../slides/analyze/interview';
import { assembleArticle } from '../../../../slides/import/assemble';
import { boilerplateKind } from '../../../../slides/import/boilerplate';
import { importPdf } from '../../../../slides/import/pdf';
import { importText } from '../../../../slides/import/plainText';
import { buildTextPdf } from '../../../helpers/pdf';

/**
 * A speech and a programme's transcript carry their own furniture: the site and section above a speech's title,
 * the line saying who gave it, "Check against delivery", the courtesies to the chair, stage directions, the
 * thanks for help with the text; a transcript's time codes, its show line, host and guest fields, credits and
 * the notice that a machine made it. None of it is the article; who spoke and when are its metadata.
 */

const SPEECH_BODY = [
  'My message is a simple one. The last mile of bringing inflation back to our 2 per cent target will be the slowest mile.',
  'Services inflation was 4.6 per cent in September. It has barely moved since March, and wages are still rising quickly.',
  'The worst thing we could do now is to waste that effort by declaring victory too soon.',
];

describe('a speech pasted as text', () => {
  const source = [
    'BANK OF NORLAND\nSpeeches',
    'The last mile: why we will not rush to cut',
    'Speech by Ilse Brandvold, Governor of the Bank of Norland, at the Kestra Financial Stability Conference, Kestra, 14 October 2026',
    'Check against delivery',
    'Thank you, Chair. And thank you to the organisers for inviting me back to Kestra.',
    'The last time I stood on this stage, inflation was 9.1 per cent. [Laughter] I am glad to say that today I can bring you better news.',
    ...SPEECH_BODY,
    'Thank you. [Applause]',
    'I would like to thank Maja Lind and Erik Sand for their help in preparing these remarks. The views expressed are my own.',
    '-- ENDS --',
  ].join('\n\n');
  const article = importText(source, { format: 'txt' });

  it('takes its title from under the site and section, and who gave it and when from the line below', () => {
    expect(article.title).toBe('The last mile: why we will not rush to cut');
    expect(article.publisher).toBe('Bank of Norland');
    expect(article.author).toBe('Ilse Brandvold');
    expect(article.date).toBe('14 October 2026');
  });

  it('keeps the speech and leaves out its courtesies and stage directions', () => {
    expect(article.paragraphs).toEqual([
      'The last time I stood on this stage, inflation was 9.1 per cent. I am glad to say that today I can bring you better news.',
      ...SPEECH_BODY,
    ]);
  });
});

describe('a speech under its issuer and the word "SPEECH"', () => {
  const source = [
    'BANK OF KESTRANIA',
    'SPEECH',
    'The last mile: services inflation and the case for patience',
    'Speech given by Oriane Castellví, Deputy Governor for Monetary Policy\nKessmark Chamber of Commerce Annual Economic Dinner, Kessmark\n13 February 2025',
    ...SPEECH_BODY,
  ].join('\n\n');
  const article = importText(source, { format: 'txt' });

  it('takes the title below them, and who gave it and when from the line under it', () => {
    expect(article.title).toBe('The last mile: services inflation and the case for patience');
    expect(article.publisher).toBe('Bank of Kestrania');
    expect(article.author).toBe('Oriane Castellví');
    expect(article.date).toBe('13 February 2025');
    expect(article.paragraphs).toEqual(SPEECH_BODY);
  });
});

describe("a programme's transcript", () => {
  const source = [
    'Episode 87: The hospital that comes to you',
    'THE WARD ROUND — a podcast about health and care from Kestra Public Radio',
    'Released 22 January 2027 · 41 minutes',
    'Host: Lena Marsh',
    'Guest: Dr Amara Okonjo, director of the Centre for Care Systems',
    'This transcript was automatically generated and may contain errors. Please check the audio before quoting.',
    '[00:00:44] HOST: You have said Norland does not need more hospital beds. Is that not provocative?',
    '[00:00:55] DR AMARA OKONJO: I know it sounds that way. If we moved a fifth of acute admissions into hospital at home, we would free about 700 beds.',
    '[AD BREAK]',
    '[00:07:32] HOST: The nurses’ union has been sharp about this. What is your answer?',
    '[00:07:55] DR AMARA OKONJO: A virtual ward with no nurses is just a waiting list with a monitor.',
    'The Ward Round is produced by Jonas Feld. Sound design by Mira Haas. Executive producer: Petra Lund.',
    'A Kestra Public Radio production. © 2027 Kestra Public Radio. All rights reserved.',
  ].join('\n\n');
  const article = importText(source, { format: 'txt' });

  it('reads the show line and release date as metadata, and leaves out the fields, notice and credits', () => {
    expect(article.title).toBe('The hospital that comes to you');
    expect(article.publisher).toBe('Kestra Public Radio');
    expect(article.date).toBe('22 January 2027');
    expect(article.paragraphs).toEqual([
      'HOST: You have said Norland does not need more hospital beds. Is that not provocative?',
      'DR AMARA OKONJO: I know it sounds that way. If we moved a fifth of acute admissions into hospital at home, we would free about 700 beds.',
      'HOST: The nurses’ union has been sharp about this. What is your answer?',
      'DR AMARA OKONJO: A virtual ward with no nurses is just a waiting list with a monitor.',
    ]);
  });

  it('is an interview whose guest, labelled in capitals with a title and full name, goes by surname', () => {
    const shape = interviewShape([
      ...article.paragraphs,
      'DR AMARA OKONJO: Hospital at home has to be a choice.',
    ])!;
    expect(shape.label).toBe('Okonjo');
    expect([...shape.answers]).toEqual([1, 3, 4]);
    expect([...shape.questions]).toEqual([0, 2]);
  });

  it('gives a hyphenated surname labelled in capitals a capital on each part', () => {
    const shape = interviewShape([
      'HOST: Does building more homes bring rents down?',
      'EFUA ANSAH-KIRKWOOD: Relative to what they would have been, yes, by somewhere between three and five percent, but not by the ten percent the mayor promised.',
      'HOST: And in Kelburn?',
      'EFUA ANSAH-KIRKWOOD: Kelburn lost four thousand jobs in the same years, so its population fell while it built, and rents fell for both reasons at once.',
      'HOST: So should the mayor build?',
      'EFUA ANSAH-KIRKWOOD: Yes, because the alternative is worse, but she should sell the plan honestly.',
      'HOST: What would honest look like?',
      'EFUA ANSAH-KIRKWOOD: Rents a few percent lower than otherwise, not ten percent lower than today.',
    ])!;
    expect(shape.label).toBe('Ansah-Kirkwood');
  });
});

describe('a report whose cover names its committee above the title', () => {
  it('takes the headline under the masthead as the title when the masthead is only who wrote it', async () => {
    const lines = [
      { text: 'Transport Committee', size: 22, y: 780 },
      { text: 'Keeping rural buses running', size: 16, y: 740 },
      {
        text: 'Since April 2024 a national cap of 25 crowns on single bus fares has made bus travel cheaper.',
        size: 10,
        y: 700,
      },
      {
        text: 'Outside the towns, services have kept disappearing, and 212 villages now have no bus.',
        size: 10,
        y: 670,
      },
      {
        text: 'We recommend a statutory minimum service guarantee for every village of 500 people.',
        size: 10,
        y: 640,
      },
    ];
    const article = await importPdf(await buildTextPdf(lines, undefined, 'Transport Committee'));
    expect(article.title).toBe('Keeping rural buses running');
    expect(article.author).toBe('Transport Committee');
  });
});

describe("a committee report's office lines and back matter", () => {
  const BODY = [
    'Since April 2024 a national cap of 25 crowns on single bus fares has made bus travel cheaper for everyone. Outside the towns, services have kept disappearing.',
    'Rural route-kilometres fell by 17% between 2019–20 and 2025–26, and 212 villages that had a bus in 2019 now have none.',
    'We recommend that the Government redirect 120 million crowns a year to a statutory minimum service guarantee.',
  ];
  const source = [
    'Keeping rural buses running',
    'Report, together with formal minutes relating to the report',
    'Ordered by the House of Commons to be printed 23 February 2027',
    ...BODY,
    'Formal minutes',
    'Tuesday 23 February 2027. Members present: Hanna Rask, in the Chair; Liv Arnesen.',
    'Paragraphs 1 to 15 read and agreed to.',
    'Witnesses',
    'Ingrid Haldor, Chief Executive, Rural Transport Alliance',
  ].join('\n\n');

  it('leaves out the order to print and everything from the formal minutes on', () => {
    expect(importText(source, { format: 'txt' }).paragraphs).toEqual(BODY);
  });

  it('reads the remit, membership and correspondence lines as furniture, however long', () => {
    expect(
      boilerplateKind('All correspondence should be addressed to the Clerk of the Transport Committee.'),
    ).toBe('officeNotice');
    const analysis = analyzeArticle({
      title: 'Keeping rural buses running',
      format: 'pdf',
      warnings: [],
      paragraphs: [
        'The Transport Committee is appointed by the House of Commons to examine the policy of the Department for Transport. Current membership: Hanna Rask MP (Chair) (Civic Union, Vell North); Liv Arnesen MP (Liberal Alliance, Greywick and Tarn); Greta Fjell MP (Civic Union, Kestra South); Samuel Okafor MP (Labour Union, Harlow Bay); Ivo Randers MP (Civic Union, Marrow and Aldby).',
        ...BODY,
        '2. We are grateful to all who gave evidence, and to our specialist adviser, who prepared the costings.',
      ],
    });
    const texts = analysis.sentences.map((s) => s.text).join(' ');
    expect(texts).not.toMatch(/appointed by|Current membership|grateful/);
    expect(texts).toContain('212 villages');
  });
});

describe('numbered paragraphs', () => {
  it("drop a report paragraph's number, and keep a one-sentence item's, whose number is its order", () => {
    const source = [
      'Keeping rural buses running',
      '7. The number of route-kilometres fell by 17% between 2019 and 2026. Over the same period, 212 villages lost their last bus.',
      '8. Operators told us that the main cause is cost, driven by drivers’ wages, fuel and insurance.',
      'Our recommendations follow from this evidence and from what passengers told us on our visit.',
    ].join('\n\n');
    expect(importText(source, { format: 'txt' }).paragraphs.slice(0, 2)).toEqual([
      'The number of route-kilometres fell by 17% between 2019 and 2026. Over the same period, 212 villages lost their last bus.',
      '8. Operators told us that the main cause is cost, driven by drivers’ wages, fuel and insurance.',
    ]);
  });
});

describe("a wire page's description", () => {
  it('is no standfirst when it only repeats the start of the lede', () => {
    const lede =
      "HARLOW BAY, Norland, March 3 (Northwire) - Tessaly Minerals, Norland's only lithium refiner, said on Wednesday it would pause a 1.2 billion crown expansion of its Harlow Bay plant, dealing a blow to the government's plan.";
    const blocks = [
      'Summary',
      'Second processing line halted, 640 contractor jobs affected',
      lede,
      'Lithium hydroxide prices have fallen about 80% from their peak in late 2022, according to the agency Corvex.',
      'The company said the new line would need prices of about $14,000 a tonne to break even.',
    ];
    const known = {
      title: 'Tessaly pauses Harlow Bay expansion as prices slump',
      standfirst:
        "Tessaly Minerals, Norland's only lithium refiner, said on Wednesday it would pause a 1.2 billion crown expansion of its Harlow Bay plant.",
    };
    const article = assembleArticle(blocks, 'html', known, { guessTitle: false, guessStandfirst: false });
    expect(article.standfirst).toBeUndefined();
    expect(article.paragraphs).toContain(lede);
    const kept = assembleArticle(
      blocks,
      'html',
      {
        ...known,
        standfirst: 'A slump in lithium prices claims the national battery plan’s first refinery.',
      },
      { guessTitle: false, guessStandfirst: false },
    );
    expect(kept.standfirst).toBe(
      'A slump in lithium prices claims the national battery plan’s first refinery.',
    );
  });
});

describe("a report's contents and cover numbers", () => {
  it('are furniture: a contents list run into one block, the session line, the paper number, a telephone line', () => {
    const contents =
      'Summary........................................ 2 1 Introduction.................................... 2 2 The fare cap and ridership...................... 2 3 Rural routes in decline......................... 3 Conclusions and recommendations................. 4';
    expect(contents.length).toBeGreaterThan(200);
    expect(boilerplateKind(contents)).toBe('contents');
    expect(boilerplateKind('Third Report of Session 2026–27')).toBe('officeNotice');
    expect(boilerplateKind('HC 412')).toBe('officeNotice');
    expect(boilerplateKind('Telephone 0207 219 0412; email transcom@parliament.example.')).toBe(
      'officeNotice',
    );
    expect(
      boilerplateKind('The contents of the report were debated for 2 days before the committee agreed them.'),
    ).toBeUndefined();
  });
});
