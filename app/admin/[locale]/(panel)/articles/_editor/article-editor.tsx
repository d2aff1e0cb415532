'use client';

import { useState } from 'react';
import { CoverFields, PlacementFields, SeoFields, TextFields } from './article-fields';
import { EditorActions, EditorStatus } from './editor-actions';
import { MediaLibraryDialog } from './media-library-dialog';
import { RestorePanel, type RestoreOffer } from './restore-panel';
import { useArticleEditor, type EditorArticle } from './use-article-editor';

/** The article editor: the text in the middle, actions and details beside it (see useArticleEditor). */
export function ArticleEditor({
  adminLocale,
  article,
  options,
  permissions,
  defaultPublishAt,
  publishedAt,
  restore,
  links,
}: {
  adminLocale: 'fr' | 'ar';
  article: EditorArticle;
  options: { sections: { id: number; name: string }[]; authors: { id: number; name: string }[] };
  permissions: { publish: boolean; delete: boolean; edit: boolean };
  defaultPublishAt: string;
  publishedAt: string | null;
  restore: RestoreOffer | null;
  links: { preview: string; revisions: string; list: string; saved: string };
}) {
  const state = useArticleEditor({ adminLocale, article, canEdit: permissions.edit, links });
  // Which picture the library dialog is choosing, if it is open.
  const [picking, setPicking] = useState<null | 'cover' | 'inline'>(null);
  const locale = article.locale;
  return (
    <div className="article-editor" data-version={state.version} data-status={state.status}>
      <EditorStatus state={state} savedHref={links.saved} />
      {restore && <RestorePanel offer={restore} state={state} locale={locale} canEdit={permissions.edit} />}
      <div className="editor-grid">
        <TextFields state={state} locale={locale} onImage={() => setPicking('inline')} />
        <aside className="editor-side">
          <EditorActions state={state} permissions={permissions} defaultPublishAt={defaultPublishAt} publishedAt={publishedAt} locale={adminLocale} revisionsHref={links.revisions} />
          <PlacementFields state={state} locale={locale} options={options} />
          <CoverFields state={state} locale={locale} onChoose={() => setPicking('cover')} />
          <SeoFields state={state} locale={locale} />
        </aside>
      </div>
      <MediaLibraryDialog
        open={picking !== null}
        onClose={() => setPicking(null)}
        onPick={(media) => {
          if (picking) state.place(media, picking);
          setPicking(null);
        }}
      />
    </div>
  );
}
