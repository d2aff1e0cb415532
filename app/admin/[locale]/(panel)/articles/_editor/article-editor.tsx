'use client';

import { useState } from 'react';
import { CoverFields, PlacementFields, SeoFields, TextFields } from './article-fields';
import { CaptionDialog, type PendingFigure } from './caption-dialog';
import { EditorActions, EditorStatus } from './editor-actions';
import { EmbedDialog } from './embed-dialog';
import { LinkDialog } from './link-dialog';
import { MediaLibraryDialog } from './media-library-dialog';
import { RestorePanel, type RestoreOffer } from './restore-panel';
import type { SeoPreviewSite } from './seo-previews';
import { useArticleEditor, type EditorArticle } from './use-article-editor';
import { useEditorShortcuts } from './use-editor-shortcuts';

/** The article editor: the text in the middle, actions and details beside it (see useArticleEditor). */
export function ArticleEditor({
  adminLocale,
  article,
  options,
  permissions,
  defaultPublishAt,
  publishedAt,
  restore,
  site,
  links,
}: {
  adminLocale: 'fr' | 'ar';
  article: EditorArticle;
  options: { sections: { id: number; name: string }[]; authors: { id: number; name: string }[] };
  permissions: { publish: boolean; delete: boolean; edit: boolean };
  defaultPublishAt: string;
  publishedAt: string | null;
  restore: RestoreOffer | null;
  site: SeoPreviewSite;
  links: { preview: string; revisions: string; list: string; saved: string };
}) {
  const state = useArticleEditor({ adminLocale, article, canEdit: permissions.edit, links });
  // Which picture the library dialog is choosing, if it is open.
  const [picking, setPicking] = useState<null | 'cover' | 'inline'>(null);
  // The other dialogs over the body: a link, an embed, a picture's caption.
  const [dialog, setDialog] = useState<null | 'link' | 'embed'>(null);
  const [captioning, setCaptioning] = useState<PendingFigure | null>(null);
  const locale = article.locale;
  useEditorShortcuts({
    save: () => {
      if (permissions.edit && !state.busy) void state.save();
    },
    link: () => {
      if (permissions.edit && state.editor) setDialog('link');
    },
  });
  return (
    <div className="article-editor" data-version={state.version} data-status={state.status}>
      <EditorStatus state={state} savedHref={links.saved} />
      {restore && <RestorePanel offer={restore} state={state} locale={locale} canEdit={permissions.edit} />}
      <div className="editor-grid">
        <TextFields state={state} locale={locale} onImage={() => setPicking('inline')} onLink={() => setDialog('link')} onEmbed={() => setDialog('embed')} />
        <aside className="editor-side">
          <EditorActions state={state} permissions={permissions} defaultPublishAt={defaultPublishAt} publishedAt={publishedAt} locale={adminLocale} revisionsHref={links.revisions} />
          <PlacementFields state={state} locale={locale} options={options} />
          <CoverFields state={state} locale={locale} onChoose={() => setPicking('cover')} />
          <SeoFields state={state} locale={locale} site={site} />
        </aside>
      </div>
      <MediaLibraryDialog
        open={picking !== null}
        onClose={() => setPicking(null)}
        onPick={(media) => {
          if (picking === 'cover') state.placeCover(media);
          else if (picking === 'inline') setCaptioning({ url: media.url, width: media.width, height: media.height, alt: locale === 'fr' ? media.altFr : media.altAr });
          setPicking(null);
        }}
      />
      <CaptionDialog
        figure={captioning}
        locale={locale}
        onInsert={(words) => {
          if (captioning) state.insertFigure(captioning, words);
          setCaptioning(null);
        }}
        onClose={() => setCaptioning(null)}
      />
      {state.editor && (
        <>
          <LinkDialog editor={state.editor} open={dialog === 'link'} onClose={() => setDialog(null)} adminLocale={adminLocale} locale={locale} />
          <EmbedDialog editor={state.editor} open={dialog === 'embed'} onClose={() => setDialog(null)} />
        </>
      )}
    </div>
  );
}
