import { type Answers, type AnswerValue, answerIsPositive, normaliseAnswers } from './answers.js';
import type {
  CountRule,
  CriticalClearRule,
  InstrumentDefinition,
  InstrumentItem,
  ScoringRuleType,
  ScreeningLevel,
  WeightedRule,
} from './definition.js';

/** Why the result is what it is: one fired rule (by index in scoring.rules), and the items and domain behind it. */
export type ScreeningReason = {
  rule: number;
  type: ScoringRuleType;
  level: Exclude<ScreeningLevel, 'none'>;
  domainId?: string;
  itemIds: string[];
};

/** Per domain: the weighted score when a weighted rule covers it, and its level when a domain rule names it. */
export type ScreeningDomainResult = {
  id: string;
  score?: number;
  level?: ScreeningLevel;
};

export type ScreeningResult = {
  /** The highest level any rule fired at; none when no rule fired. */
  level: ScreeningLevel;
  /** Every rule that fired, in rule order (a critical_clear rule gives one reason per domain that fired). */
  reasons: ScreeningReason[];
  /** A shown safety item was answered positively: show the crisis step. */
  safety: boolean;
  /** Every domain, in instrument order. */
  domains: ScreeningDomainResult[];
};

const RANK: Record<ScreeningLevel, number> = { none: 0, possible: 1, clear: 2 };

/** The higher of two levels. */
export function higherLevel(a: ScreeningLevel, b: ScreeningLevel): ScreeningLevel {
  return RANK[b] > RANK[a] ? b : a;
}

/** Rounds a score to 6 decimals, so 0.7 + 0.1 reaches a threshold of 0.8 on every engine. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** The weight of one answer in a weighted rule (see WeightedRuleSchema). */
function answerWeight(item: InstrumentItem, value: AnswerValue, valueWeights: Record<string, number> | undefined) {
  if (valueWeights) {
    const selected = Array.isArray(value) ? value : [String(value)];
    let best = 0;
    for (const v of selected) {
      const w = Object.hasOwn(valueWeights, v) ? valueWeights[v]! : 0;
      if (w > best) best = w;
    }
    return best;
  }
  if (item.answer.type === 'concern') return value === 'clear' ? 1 : value === 'possible' ? 0.5 : 0;
  return answerIsPositive(item.answer, value) ? 1 : 0;
}

function countRule(rule: CountRule, index: number, instrument: InstrumentDefinition, answers: Answers) {
  const items = new Map(instrument.domains.flatMap((d) => d.items.map((item) => [item.id, { item, domain: d.id }])));
  const positive = rule.items.filter((id) => {
    const entry = items.get(id);
    return entry !== undefined && Object.hasOwn(answers, id) && answerIsPositive(entry.item.answer, answers[id]);
  });
  if (positive.length < rule.atLeast) return [];
  // A rule over the items of one domain names that domain.
  const domains = new Set(rule.items.map((id) => items.get(id)?.domain));
  const domainId = domains.size === 1 ? [...domains][0] : undefined;
  const reason: ScreeningReason =
    domainId === undefined
      ? { rule: index, type: 'count', level: rule.level, itemIds: positive }
      : { rule: index, type: 'count', level: rule.level, domainId, itemIds: positive };
  return [reason];
}

function weightedRule(rule: WeightedRule, instrument: InstrumentDefinition, answers: Answers) {
  const domain = instrument.domains.find((d) => d.id === rule.domain);
  let sum = 0;
  const contributing: string[] = [];
  for (const item of domain?.items ?? []) {
    if (!Object.hasOwn(rule.weights, item.id) || !Object.hasOwn(answers, item.id)) continue;
    const valueWeights =
      rule.valueWeights && Object.hasOwn(rule.valueWeights, item.id) ? rule.valueWeights[item.id] : undefined;
    const part = rule.weights[item.id]! * answerWeight(item, answers[item.id]!, valueWeights);
    if (part > 0) {
      sum += part;
      contributing.push(item.id);
    }
  }
  const score = round(sum);
  let level: ScreeningLevel = 'none';
  for (const threshold of rule.thresholds) if (score >= threshold.atLeast) level = higherLevel(level, threshold.level);
  return { score, level, itemIds: contributing };
}

function criticalClearRule(rule: CriticalClearRule, instrument: InstrumentDefinition, answers: Answers) {
  const fired: { domainId: string; itemIds: string[] }[] = [];
  for (const domain of instrument.domains) {
    if (!rule.domains.includes(domain.id)) continue;
    const itemIds = domain.items
      .filter((item) => Object.hasOwn(answers, item.id) && (answers[item.id] === 'clear' || answers[item.id] === 'yes'))
      .filter((item) => item.answer.type === 'concern' || item.answer.type === 'yes_no_unknown')
      .map((item) => item.id);
    if (itemIds.length > 0) fired.push({ domainId: domain.id, itemIds });
  }
  return fired;
}

/**
 * Scores a screening: only the answers of shown items count (see normaliseAnswers). Deterministic: no clock, no locale,
 * the same instrument and answers (in any key order) give byte-identical JSON.
 */
export function scoreScreening(instrument: InstrumentDefinition, answers: Answers): ScreeningResult {
  const counted = normaliseAnswers(instrument, answers);
  const reasons: ScreeningReason[] = [];
  const domainScore = new Map<string, number>();
  const domainLevel = new Map<string, ScreeningLevel>();
  const raise = (domainId: string, level: ScreeningLevel) =>
    domainLevel.set(domainId, higherLevel(domainLevel.get(domainId) ?? 'none', level));

  instrument.scoring.rules.forEach((rule, index) => {
    switch (rule.type) {
      case 'count':
        reasons.push(...countRule(rule, index, instrument, counted));
        break;
      case 'weighted': {
        const { score, level, itemIds } = weightedRule(rule, instrument, counted);
        domainScore.set(rule.domain, score);
        raise(rule.domain, level);
        if (level !== 'none') reasons.push({ rule: index, type: 'weighted', level, domainId: rule.domain, itemIds });
        break;
      }
      case 'critical_clear': {
        for (const domainId of rule.domains) raise(domainId, 'none');
        for (const { domainId, itemIds } of criticalClearRule(rule, instrument, counted)) {
          raise(domainId, 'clear');
          reasons.push({ rule: index, type: 'critical_clear', level: 'clear', domainId, itemIds });
        }
        break;
      }
    }
  });

  const level = reasons.reduce<ScreeningLevel>((highest, reason) => higherLevel(highest, reason.level), 'none');
  const domains = instrument.domains.map((domain) => {
    const result: ScreeningDomainResult = { id: domain.id };
    const score = domainScore.get(domain.id);
    if (score !== undefined) result.score = score;
    const domainLevelValue = domainLevel.get(domain.id);
    if (domainLevelValue !== undefined) result.level = domainLevelValue;
    return result;
  });
  return { level, reasons, safety: safetyIn(instrument, counted), domains };
}

function safetyIn(instrument: InstrumentDefinition, counted: Answers): boolean {
  return instrument.domains.some((domain) =>
    domain.items.some(
      (item) =>
        (item.safety === true || domain.safety === true) &&
        Object.hasOwn(counted, item.id) &&
        answerIsPositive(item.answer, counted[item.id]),
    ),
  );
}

/** Whether a shown safety item (or an item of a safety domain) is answered positively: the form shows the crisis step. */
export function safetyTriggered(instrument: InstrumentDefinition, answers: Answers): boolean {
  return safetyIn(instrument, normaliseAnswers(instrument, answers));
}
