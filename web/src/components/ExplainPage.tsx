import type { ReactNode } from 'react';
import type { ExplainSection } from '../i18n/fr/explain';
import { useDocumentTitle } from '../lib/use-document-title';

/** A page of prose: a title, a lead, sections with paragraphs and bullet points. */
export function ExplainPage({
  title,
  lead,
  sections,
  children,
}: {
  title: string;
  lead: string;
  sections: readonly ExplainSection[];
  children?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <article className="page prose">
      <header className="page__header">
        <h1 className="page__title">{title}</h1>
        <p className="prose__lead">{lead}</p>
      </header>
      {children}
      {sections.map((section) => (
        <section key={section.heading} className="prose__section">
          <h2>{section.heading}</h2>
          {section.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {section.points ? (
            <ul className="prose__points">
              {section.points.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </article>
  );
}
