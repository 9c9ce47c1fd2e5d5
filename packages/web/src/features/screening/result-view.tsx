import {
  type Answers,
  type InstrumentDefinition,
  informationCount,
  notEnoughInformation,
  type ScreeningDomainResult,
  type ScreeningLevel,
  type ScreeningReason,
  visibleItemIds,
} from '@harbor/core';
import { Link } from 'react-router';
import { numberOf } from '../../content/hotlines';
import { useMessages } from '../../i18n';
import { CrisisAlert } from './crisis-alert';
import { answerInWords, inLocale, itemsById, levelName, type Translate } from './text';

export interface ResultData {
  level: ScreeningLevel;
  reasons: ScreeningReason[];
  domains: ScreeningDomainResult[];
  safety: boolean;
  answers: Answers;
  /** Some answers are of a class the reader may not see (clinical items), and were left out by the server. */
  answersHidden?: boolean;
  /** The stored screening (not one waiting on the device): a clear concern can open a response from it. */
  screeningId?: string;
}

/** One reason in words: which rule fired, on which domain, at what level. */
function reasonText(
  reason: ScreeningReason,
  instrument: InstrumentDefinition,
  domains: ScreeningDomainResult[],
  t: Translate,
  locale: 'en' | 'es',
): string {
  const rule = instrument.scoring.rules[reason.rule];
  const level = levelName(reason.level, t);
  const domain = instrument.domains.find((d) => d.id === reason.domainId);
  const domainTitle = domain ? inLocale(domain.title, locale) : '';
  if (reason.type === 'count' && rule?.type === 'count') {
    return t('screeningForm.reason.count', {
      count: reason.itemIds.length,
      total: rule.items.length,
      atLeast: rule.atLeast,
      level,
    });
  }
  if (reason.type === 'weighted' && rule?.type === 'weighted') {
    const score = domains.find((d) => d.id === reason.domainId)?.score ?? 0;
    const reached = rule.thresholds.filter((th) => score >= th.atLeast).pop();
    return t('screeningForm.reason.weighted', {
      domain: domainTitle,
      score: String(score),
      atLeast: String(reached?.atLeast ?? ''),
      level,
    });
  }
  if (reason.type === 'critical_clear') return t('screeningForm.reason.critical', { domain: domainTitle, level });
  return t('screeningForm.reason.other', { level });
}

/**
 * Opening a response (and with it the mandated report) from a stored screening, at every level: the duty to report
 * is the reporter's own, on their reasonable suspicion, and no supervisor may impede it (PC 11166(i)). A screening
 * still on the device has no id yet, so no button.
 */
function OpenResponse({ screeningId, outline = false }: { screeningId?: string | undefined; outline?: boolean }) {
  const { t } = useMessages();
  if (!screeningId) return null;
  return (
    <p>
      <Link
        className={outline ? 'usa-button usa-button--outline' : 'usa-button'}
        to={`/app/responses/new?screening=${encodeURIComponent(screeningId)}`}
      >
        {t('responseWeb.open.fromScreening')}
      </Link>
    </p>
  );
}

/** What the level means for the person who completed the screening (facts from /work/shared/domain/FACTS.md). */
function NextSteps({
  level,
  unknown,
  instrument,
  screeningId,
}: {
  level: ScreeningLevel;
  /** Answered mostly "don't know": never read as no concern. */
  unknown: boolean;
  instrument: InstrumentDefinition;
  screeningId?: string | undefined;
}) {
  const { t } = useMessages();
  const hotline = numberOf('dcfs_child_protection_hotline');
  const outOfState = numberOf('dcfs_child_protection_hotline', 1);
  const tdd = numberOf('dcfs_child_protection_hotline', 2);
  return (
    <section aria-labelledby="next-heading" className="harbor-next" data-testid="next-steps">
      <h2 id="next-heading">{t('screeningForm.next.heading')}</h2>
      {level === 'clear' && (
        <>
          <p>{t('screeningForm.next.clear.report')}</p>
          <ul className="usa-list">
            <li>
              <a className="usa-link" href={`tel:${hotline.tel}`}>
                {t('screeningForm.next.clear.hotline', { number: hotline.display })}
              </a>
            </li>
            <li>
              {t('screeningForm.next.clear.outOfState')}{' '}
              <a className="usa-link" href={`tel:${outOfState.tel}`}>
                {outOfState.display}
              </a>
            </li>
            <li>
              {t('screeningForm.next.clear.tdd')}{' '}
              <a className="usa-link" href={`tel:${tdd.tel}`}>
                {tdd.display}
              </a>
            </li>
          </ul>
          <p>{t('screeningForm.next.clear.written')}</p>
          <p>{t('screeningForm.next.clear.response')}</p>
          <OpenResponse screeningId={screeningId} />
          <p className="harbor-sources">{t('screeningForm.next.clear.sources')}</p>
        </>
      )}
      {(level === 'possible' || (level === 'none' && unknown)) && (
        <>
          <p>
            {t(level === 'possible' ? 'screeningForm.next.possible.consult' : 'screeningForm.next.unknown.learnMore')}
          </p>
          {instrument.audience === 'brief' && <p>{t('screeningForm.next.possible.fullScreen')}</p>}
          <p>
            {t('screeningForm.next.possible.report')}{' '}
            <a className="usa-link" href={`tel:${hotline.tel}`}>
              {hotline.display}
            </a>
          </p>
          <p>{t('screeningForm.next.ownDuty')}</p>
          <OpenResponse screeningId={screeningId} outline />
          <p className="harbor-sources">{t('screeningForm.next.possible.sources')}</p>
        </>
      )}
      {level === 'none' && !unknown && (
        <>
          <p>{t('screeningForm.next.none.watch')}</p>
          <p>{t('screeningForm.next.none.notCleared')}</p>
          <p>{t('screeningForm.next.none.suspicion')}</p>
          <OpenResponse screeningId={screeningId} outline />
          <p className="harbor-sources">{t('screeningForm.next.none.sources')}</p>
        </>
      )}
    </section>
  );
}

/**
 * A screening's result: the level of concern in words (with a symbol, never colour alone), the reasons with the items
 * behind them, what to do next, the crisis step when a safety item was positive, the statement that a screening is
 * not proof, and the answers (read-only).
 */
export function ResultView({ instrument, data }: { instrument: InstrumentDefinition; data: ResultData }) {
  const { t, locale } = useMessages();
  const items = itemsById(instrument);
  const shown = new Set(visibleItemIds(instrument, data.answers));
  // Answers the server kept from this reader are left out of the count, not taken for "don't know".
  const counting = { skipMissing: data.answersHidden === true };
  const unknown = data.level === 'none' && notEnoughInformation(instrument, data.answers, counting);
  const count = informationCount(instrument, data.answers, counting);
  return (
    <>
      {data.safety && <CrisisAlert id="result-crisis" />}
      <div
        className={`usa-summary-box harbor-level harbor-level--${data.level}`}
        data-testid="result-level"
        data-level={data.level}
        data-information={unknown ? 'not-enough' : undefined}
      >
        <div className="usa-summary-box__body">
          <h2 className="usa-summary-box__heading">{t('screeningForm.result.levelHeading')}</h2>
          <p className="harbor-level__value">
            <span className="harbor-level__symbol" aria-hidden="true">
              {data.level === 'clear' ? '!!' : data.level === 'possible' ? '!' : unknown ? '?' : '–'}
            </span>{' '}
            {unknown ? t('screeningForm.result.notEnoughInformation') : levelName(data.level, t)}
          </p>
          {unknown && (
            <p data-testid="result-unknown-count">
              {t('screeningForm.result.unknownCount', { unknown: count.unknown, scored: count.scored })}
            </p>
          )}
        </div>
      </div>

      <section aria-labelledby="reasons-heading" data-testid="result-reasons">
        <h2 id="reasons-heading">{t('screeningForm.result.reasonsHeading')}</h2>
        {data.reasons.length === 0 ? (
          <p>{t('screeningForm.result.noReasons')}</p>
        ) : (
          <ul className="usa-list harbor-reasons">
            {data.reasons.map((reason) => (
              <li key={`${reason.rule}-${reason.domainId ?? ''}`} data-testid="result-reason" data-rule={reason.rule}>
                <p className="margin-y-05">{reasonText(reason, instrument, data.domains, t, locale)}</p>
                {reason.itemIds.length > 0 && (
                  <ul className="usa-list">
                    {reason.itemIds.map((id) => {
                      const item = items.get(id);
                      if (!item) return null;
                      return (
                        <li key={id} data-testid="reason-item" data-item={id}>
                          {inLocale(item.text, locale)}{' '}
                          <span className="harbor-answer">({answerInWords(item, data.answers[id], t, locale)})</span>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <NextSteps level={data.level} unknown={unknown} instrument={instrument} screeningId={data.screeningId} />

      <div className="usa-alert usa-alert--info usa-alert--slim harbor-not-proof" data-testid="not-proof">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t('screeningForm.result.notProof')}</p>
        </div>
      </div>

      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">{t('screeningForm.result.answersHeading')}</h2>
        {data.answersHidden && (
          <p className="harbor-measure" data-testid="answers-hidden">
            {t('screeningForm.result.answersHidden')}
          </p>
        )}
        {instrument.domains.map((domain) => {
          const domainItems = domain.items.filter(
            (item) => shown.has(item.id) && (!data.answersHidden || data.answers[item.id] !== undefined),
          );
          if (domainItems.length === 0) return null;
          return (
            <div key={domain.id}>
              <h3>{inLocale(domain.title, locale)}</h3>
              <dl className="harbor-answers">
                {domainItems.map((item) => (
                  <div key={item.id} className="harbor-answers__row">
                    <dt>{inLocale(item.text, locale)}</dt>
                    <dd>{answerInWords(item, data.answers[item.id], t, locale)}</dd>
                  </div>
                ))}
              </dl>
            </div>
          );
        })}
      </section>

      <section aria-labelledby="about-heading" className="harbor-sources">
        <h2 id="about-heading">{t('screeningForm.result.aboutHeading')}</h2>
        <p>
          {t('screeningForm.result.instrument', {
            title: inLocale(instrument.title, locale),
            version: instrument.version,
          })}
        </p>
        {instrument.disclaimer && <p>{inLocale(instrument.disclaimer, locale)}</p>}
        <p>{inLocale(instrument.source, locale)}</p>
      </section>
    </>
  );
}
