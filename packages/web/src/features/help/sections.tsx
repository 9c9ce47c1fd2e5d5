import { Link } from 'react-router';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { AccountContact } from './account-contact';

/** A piece of a help section: a paragraph, a list, a sub-heading, a link, a highlighted point, a fact to verify. */
export type Block =
  | { p: AppMessageKey }
  | { ul: readonly AppMessageKey[] }
  | { ol: readonly AppMessageKey[] }
  | { h3: AppMessageKey }
  | { link: AppMessageKey; to: string }
  /** A point the reader must not miss. */
  | { note: AppMessageKey }
  /** A fact FACTS.md says to verify against the current text before citing: shown with a "Verify before citing" tag. */
  | { verify: AppMessageKey }
  /** The county's contact for account problems, when it set one. */
  | { contact: true };

/** A section of a help page: an h2 (with an id, so that a link can lead to it) and its blocks. */
export interface HelpSection {
  id: string;
  heading: AppMessageKey;
  blocks: readonly Block[];
}

export function VerifyNote({ text }: { text: AppMessageKey }) {
  const { t } = useMessages();
  return (
    <p className="harbor-help__verify">
      <span className="usa-tag harbor-help__verify-tag">{t('help.verify.tag')}</span> {t(text)}
    </p>
  );
}

function BlockView({ block }: { block: Block }) {
  const { t } = useMessages();
  if ('p' in block) return <p>{t(block.p)}</p>;
  if ('ul' in block)
    return (
      <ul className="usa-list">
        {block.ul.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    );
  if ('ol' in block)
    return (
      <ol className="usa-list">
        {block.ol.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
    );
  if ('h3' in block) return <h3>{t(block.h3)}</h3>;
  if ('link' in block)
    return (
      <p>
        <Link className="usa-link" to={block.to}>
          {t(block.link)}
        </Link>
      </p>
    );
  if ('note' in block)
    return (
      <div className="usa-summary-box harbor-help__note">
        <div className="usa-summary-box__body">
          <p className="usa-summary-box__text">{t(block.note)}</p>
        </div>
      </div>
    );
  if ('verify' in block) return <VerifyNote text={block.verify} />;
  return <AccountContact />;
}

export function HelpSections({ sections }: { sections: readonly HelpSection[] }) {
  const { t } = useMessages();
  return sections.map((section) => (
    <section key={section.id} aria-labelledby={section.id}>
      <h2 id={section.id}>{t(section.heading)}</h2>
      {section.blocks.map((block, i) => (
        // The blocks of a section are fixed: their place is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
        <BlockView key={i} block={block} />
      ))}
    </section>
  ));
}
