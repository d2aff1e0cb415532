import type { ReactNode } from 'react';
import styles from './content.module.css';

export type Notice = string | false | null | undefined;

/** Confirmations after a redirect ("created", "deleted"): announced, green. */
export function Notices({ messages }: { messages?: Notice[] }) {
  return (messages ?? [])
    .filter((message): message is string => Boolean(message))
    .map((message) => (
      <p key={message} className="notice ok" role="status">
        {message}
      </p>
    ));
}

/**
 * The top of every newsroom page, in one order: the way back, the heading, an introduction and
 * the confirmations of what was just done; then the page itself.
 */
export function PageFrame({
  back,
  title,
  titleDir,
  intro,
  notices,
  children,
}: {
  back?: { href: string; label: string };
  title: ReactNode;
  titleDir?: 'auto';
  intro?: string;
  notices?: Notice[];
  children?: ReactNode;
}) {
  return (
    <>
      {back ? (
        <p>
          <a href={back.href}>{back.label}</a>
        </p>
      ) : null}
      <h1 dir={titleDir}>{title}</h1>
      {intro ? <p className={styles.muted}>{intro}</p> : null}
      <Notices messages={notices} />
      {children}
    </>
  );
}

/** A titled box of the page (a form to add an item, an upload), named by its heading. */
export function Panel({ id, anchor, title, children }: { id: string; anchor?: string; title: string; children: ReactNode }) {
  return (
    <section className="panel" id={anchor} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
