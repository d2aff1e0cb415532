'use client';

import { useState } from 'react';
import type { TwinTextDto } from '@/lib/admin/articles';
import { CoverFields, PlacementFields, SeoFields, TextFields } from './article-fields';
import { EditorActions, EditorStatus } from './editor-actions';
import { LocalDraftBanner } from './local-draft-banner';
import { MediaLibraryDialog } from './media-library-dialog';
import { MergeView } from './merge-view';
import { PresenceIndicator } from './presence-indicator';
import { TwinSplit } from './twin-split';
import { UpdateFlag } from './update-flag';
import { useArticleEditor, type EditorArticle } from './use-article-editor';
import { useConflictMerge } from './use-merge';
import { usePresence } from './use-presence';

/** The article editor: the text in the middle, actions and details beside it (see useArticleEditor). */
export function ArticleEditor({
  adminLocale,
  article,
  userId,
  options,
  permissions,
  defaultPublishAt,
  links,
  twin,
}: {
  adminLocale: 'fr' | 'ar';
  article: EditorArticle;
  userId: number;
  options: { sections: { id: number; name: string }[]; authors: { id: number; name: string }[] };
  permissions: { publish: boolean; delete: boolean; edit: boolean };
  defaultPublishAt: string;
  links: { preview: string; revisions: string; list: string; saved: string; twin?: string };
  /** The other language's text, for the side-by-side view; null without a translation. */
  twin: TwinTextDto | null;
}) {
  const state = useArticleEditor({ adminLocale, article, userId, canEdit: permissions.edit, links });
  const merge = useConflictMerge({ state, adminLocale, articleId: article.id });
  const others = usePresence({ articleId: article.id, enabled: permissions.edit, adminLocale });
  // Which picture the library dialog is choosing, if it is open.
  const [picking, setPicking] = useState<null | 'cover' | 'inline'>(null);
  const locale = article.locale;
  return (
    <div className="article-editor" data-version={state.version} data-status={state.status}>
      <PresenceIndicator others={others} adminLocale={adminLocale} />
      <EditorStatus state={state} />
      <LocalDraftBanner state={state} locale={adminLocale} />
      <MergeView merge={merge} state={state} locale={locale} adminLocale={adminLocale} options={options} />
      <div className="editor-grid">
        {twin && links.twin ? (
          <TwinSplit twin={twin} twinHref={links.twin} editor={state.editor}>
            <TextFields state={state} locale={locale} onImage={() => setPicking('inline')} />
          </TwinSplit>
        ) : (
          <TextFields state={state} locale={locale} onImage={() => setPicking('inline')} />
        )}
        <aside className="editor-side">
          <EditorActions state={state} permissions={permissions} defaultPublishAt={defaultPublishAt} revisionsHref={links.revisions} />
          {permissions.edit && <UpdateFlag state={state} />}
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
