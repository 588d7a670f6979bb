import { describe, expect, it } from 'vitest';
import { eventDateOf } from '../../../../slides/analyze/dates';
import { lexiconOf } from '../../../../slides/draft/clauses';
import {
  dropAdverbs,
  dropArticles,
  withoutCopula,
  headlineBase,
  headlineGrammar,
  headlineTight,
  longestCopiedRun,
  reportedClause,
  reportedSpeech,
  shortenPeople,
  simplePast,
  statesPoint,
} from '../../../../slides/draft/headline';
import { pairQuotes } from '../../../../slides/draft/planContext';
import { saysWhatItMeasures } from '../../../../slides/draft/select';
import { withSpeaker } from '../../../../slides/draft/speakers';
import { humanDate } from '../../../../slides/draft/templates';

describe('headline steps', () => {
  it('drops fillers and hedging adverbs, a coordinated pair with its "and", never inside quotes', () => {
    const text = 'Iran has also strongly objected to calls to isolate Israel diplomatically and economically';
    expect(dropAdverbs(text, lexiconOf(text))).toBe(
      'Iran has objected to calls to isolate Israel diplomatically and economically',
    );
    const pair = 'Iran has publicly and repeatedly objected to the plan';
    expect(dropAdverbs(pair, lexiconOf(pair))).toBe('Iran has objected to the plan');
    // An adverb that carries the point stays: "not spread evenly" is not "not spread".
    const point = 'The costs of waiting are not spread evenly';
    expect(dropAdverbs(point, lexiconOf(point))).toBe(point);
    const quoted = 'He said the rates were "really quite high" now';
    expect(dropAdverbs(quoted, lexiconOf(quoted))).toBe('He said the rates were "really quite high"');
    const kept = 'Inflation is not likely to fall only slowly';
    expect(dropAdverbs(kept, lexiconOf(kept))).toContain('not likely');
  });

  it('turns a perfect into a simple past for regular verbs only, never after a modal', () => {
    const regular = 'Iran has objected to the plan';
    expect(simplePast(regular, lexiconOf(regular))).toBe('Iran objected to the plan');
    const modal = 'The person may have exposed dozens of others';
    expect(simplePast(modal, lexiconOf(modal))).toBe(modal);
    const irregular = 'Baku has taken the enclave';
    expect(simplePast(irregular, lexiconOf(irregular))).toBe('Baku has taken the enclave');
  });

  it('drops articles except after a copula, before "year" and the like, and at the start', () => {
    expect(dropArticles('Iran lacks the leverage to coerce the government')).toBe(
      'Iran lacks leverage to coerce government',
    );
    expect(dropArticles('Azerbaijan is a recipient of arms')).toBe('Azerbaijan is a recipient of arms');
    expect(dropArticles('The bill would cost about $18 million a year')).toBe(
      'The bill would cost about $18 million a year',
    );
  });

  it('shortens a person to the surname with the titles before it, never an organisation', () => {
    const people = ['Ali Khamenei', 'Ridgeline Health'];
    expect(shortenPeople("On the day Iran's Supreme Leader Ayatollah Ali Khamenei spoke", people)).toBe(
      'On the day Khamenei spoke',
    );
    expect(shortenPeople('Ridgeline Health bought the hospital', people)).toBe(
      'Ridgeline Health bought the hospital',
    );
  });

  it('writes headline grammar without adding a fact', () => {
    expect(headlineGrammar('It is unlikely that Tehran would be willing to jeopardize these gains')).toBe(
      'Tehran unlikely to be willing to jeopardize these gains',
    );
    expect(headlineGrammar('There is no strong domestic pressure in Azerbaijan')).toBe(
      'No strong domestic pressure in Azerbaijan',
    );
    expect(headlineGrammar('Khamenei issued a call on all Muslim nations to cut ties')).toBe(
      'Khamenei called on all Muslim nations to cut ties',
    );
  });

  it('takes a passive "is" and a possessive pronoun only when tightening', () => {
    const text = 'The plan is backed by its main donors';
    expect(headlineTight(text, lexiconOf(text))).toBe('The plan backed by main donors');
  });

  it('finds the reported clause and names its speaker', () => {
    expect(
      reportedClause('A survey by the institute estimated that councils face a backlog of repairs'),
    ).toBe('Councils face a backlog of repairs');
    expect(
      reportedSpeech(
        'President Aliyev\'s aide Hajiyev has said that the "corridor" has lost its appeal',
        'Hajiyev',
      ),
    ).toBe('Hajiyev: the "corridor" has lost its appeal');
    expect(reportedSpeech('Officials said that the tanker was old', undefined)).toBe(
      'Officials said that the tanker was old',
    );
  });

  it('counts the longest run a title copies from its sentence', () => {
    const source = 'Israel is now responsible for almost 70 percent of the weapons, SIPRI says.';
    expect(longestCopiedRun('Israel supplies 70 percent of the weapons', source)).toBe(5);
    expect(longestCopiedRun('Israel is now responsible for almost 70 percent of the weapons', source)).toBe(
      11,
    );
  });

  it('takes no count of points to come, nor a topic only "this" names, to state a point', () => {
    for (const title of ['Two things stand out', 'The research on this is consistent'])
      expect(statesPoint(title, lexiconOf(title))).toBe(false);
    const stated = 'Research on votes at 16 is consistent';
    expect(statesPoint(stated, lexiconOf(stated))).toBe(true);
  });

  it('takes no title whose pronoun follows an opening conjunction to state a point', () => {
    const title = 'But its own data show it cannot finish the job';
    expect(statesPoint(title, lexiconOf(title))).toBe(false);
    const named = 'But the voucher scheme cannot finish the job';
    expect(statesPoint(named, lexiconOf(named))).toBe(true);
  });

  it('keeps the article after a copula and its adverb, or drops the copula as headlines do', () => {
    const text = 'Reliable broadband is no longer a convenience for rural households';
    expect(dropArticles(text)).toBe(text);
    expect(withoutCopula(text, lexiconOf(text))).toBe(
      'Reliable broadband no longer a convenience for rural households',
    );
  });

  it('counts copied words as the briefing check does ("15,400" is two)', () => {
    const sentence = 'Database traffic peaked at about 15,400 requests per second, five times normal.';
    expect(longestCopiedRun('Database traffic peaked at about 15,400 requests', sentence)).toBe(8);
  });

  it('accepts titles that state a point on their own', () => {
    const ok = 'Iran lacks leverage to coerce Baku';
    expect(statesPoint(ok, lexiconOf(ok))).toBe(true);
    for (const vague of ['These calls reflect ambitions', 'Perhaps he was wrong', 'All of this is true'])
      expect(statesPoint(vague, lexiconOf(vague)), vague).toBe(false);
  });

  it('applies the safe steps together', () => {
    const text = "Iran's Supreme Leader Ayatollah Ali Khamenei has strongly urged a boycott";
    expect(headlineBase(text, lexiconOf(text), ['Ali Khamenei'])).toBe('Khamenei urged a boycott');
  });
});

describe('speakers, quotes, labels and dates', () => {
  it('names the speaker of an opinion, replacing "she said"', () => {
    expect(withSpeaker('"Rates will stay high," she said', 'Frankel')).toBe(
      '"Rates will stay high," Frankel said',
    );
    expect(withSpeaker('The charging schedules were public', 'Frankel')).toBe(
      'Frankel: the charging schedules were public',
    );
    expect(withSpeaker('Frankel warned of delays', 'Frankel')).toBe('Frankel warned of delays');
  });

  it('pairs a quotation cut from a longer one with a mark, never a word', () => {
    expect(pairQuotes('Part of what we see is repair," Rudnicka said')).toBe(
      '"Part of what we see is repair," Rudnicka said',
    );
    expect(pairQuotes('They called it "a warning')).toBe('They called it "a warning"');
    expect(pairQuotes('No quotes here')).toBe('No quotes here');
  });

  it('accepts stat labels that say what is measured', () => {
    expect(saysWhatItMeasures("of Israel's oil needs")).toBe(true);
    for (const bad of ['per annum despite', 'a year', 'of nurses', 'from 5.5%', 'once the batteries'])
      expect(saysWhatItMeasures(bad), bad).toBe(false);
  });

  it("dates an event by its own date, not a comparison's, a target's or a relative clause's", () => {
    expect(eventDateOf('On November 1, Khamenei issued a call to cut ties.')).toBe('November 1');
    expect(eventDateOf('In 2023, Azerbaijan retook the enclave.')).toBe('2023');
    expect(
      eventDateOf(
        'They developed the corridor, which is also of interest to Russia following its invasion of Ukraine in 2022.',
      ),
    ).toBeUndefined();
    expect(eventDateOf('Unemployment is now 4.2%, up from 3.1% in 2019.')).toBeUndefined();
    expect(eventDateOf('The 2025 budget is estimated at £310 million.')).toBeUndefined();
    expect(eventDateOf('Emissions must halve by 2030.')).toBeUndefined();
    expect(
      eventDateOf('The plan estimates a cost of £850 million and an opening date in 2025.'),
    ).toBeUndefined();
    expect(eventDateOf('The plant is scheduled to open in 2026.')).toBe('2026');
  });

  it('writes an ISO timestamp as people write dates, and leaves other dates alone', () => {
    expect(humanDate('2018-09-25T21:28:31.000Z')).toBe('25 September 2018');
    expect(humanDate('March 14, 2024')).toBe('March 14, 2024');
    expect(humanDate(undefined)).toBeUndefined();
  });
});
