import { Fragment } from 'react';
import type { ExcerptFragment, HighlightPart } from '@/lib/search/types';

/** Search highlights as React elements: ts_headline's output is never injected as HTML. */
export function Highlighted({ parts }: { parts: HighlightPart[] }) {
  return (
    <>
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>))}
    </>
  );
}

export function Excerpt({ fragments, className }: { fragments: ExcerptFragment[]; className?: string }) {
  if (!fragments.length) return null;
  const last = fragments[fragments.length - 1]!;
  return (
    <p className={className}>
      {fragments.map((fragment, index) => (
        <Fragment key={index}>
          {index > 0 ? ' … ' : fragment.clippedStart ? '… ' : null}
          <Highlighted parts={fragment.parts} />
        </Fragment>
      ))}
      {last.clippedEnd ? ' …' : null}
    </p>
  );
}
