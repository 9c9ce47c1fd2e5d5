import { type ComponentType, lazy, Suspense } from 'react';
import { messagesReady } from './i18n';

/** What a youth's section gets: whose page it is on, and whether the reader may change the record. */
export interface YouthSectionProps {
  youthId: string;
  mayWrite: boolean;
}

/** A section another feature adds to the youth's page (the feature's `youthSections`), fetched with its code. */
export interface YouthSectionDeclaration {
  key: string;
  load: () => Promise<ComponentType<YouthSectionProps>>;
}

let sections: { key: string; Component: ComponentType<YouthSectionProps> }[] = [];

/**
 * The sections of every feature, in the features' order: the router registers them once at start (it is the shared
 * code that reads the list of features), so that the youth's page shows them without importing another feature.
 */
export function registerYouthSections(declared: readonly YouthSectionDeclaration[]): void {
  sections = declared.map((d) => ({
    key: d.key,
    // Like a page (router.tsx): drawn once its feature's messages are here in the shown language.
    Component: lazy(async () => {
      const Component = await d.load();
      await messagesReady();
      return { default: Component };
    }),
  }));
}

/** The features' sections of the youth's page, each shown once its code has arrived. */
export function YouthSections(props: YouthSectionProps) {
  return (
    <>
      {sections.map(({ key, Component }) => (
        <Suspense key={key} fallback={null}>
          <Component {...props} />
        </Suspense>
      ))}
    </>
  );
}
