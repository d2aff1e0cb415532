'use client';

import { useState } from 'react';
import type { TwinTextDto } from '@/lib/admin/articles';
import { CoverFields, PlacementFields, SeoFields, TextFields } from './article-fields';
import { CaptionDialog, type PendingFigure } from './caption-dialog';
import { EditorActions, EditorStatus } from './editor-actions';
import { EmbedDialog } from './embed-dialog';
import { LinkDialog } from './link-dialog';
import { LocalDraftBanner } from './local-draft-banner';
import { MediaLibraryDialog } from './media-library-dialog';
import { MergeView } from './merge-view';
import { PresenceIndicator } from './presence-indicator';
import { PastedImageDialog, type PastedImage } from './pasted-image-dialog';
import { RestorePanel, type RestoreOffer } from './restore-panel';
import type { SeoPreviewSite } from './seo-previews';
import { TwinSplit } from './twin-split';
import { UpdateFlag } from './update-flag';
import { useArticleEditor, type EditorArticle } from './use-article-editor';
import { useEditorShortcuts } from './use-editor-shortcuts';
import { useConflictMerge } from './use-merge';
import { usePresence } from './use-presence';
import { useImageDrop } from './use-image-drop';

/** The article editor: the text in the middle, actions and details beside it (see useArticleEditor). */
export function ArticleEditor({
  adminLocale,
  article,
  userId,
  options,
  permissions,
  defaultPublishAt,
  publishedAt,
  restore,
  site,
  links,
  twin,
}: {
  adminLocale: 'fr' | 'ar';
  article: EditorArticle;
  userId: number;
  options: { sections: { id: number; name: string }[]; authors: { id: number; name: string }[] };
  permissions: { publish: boolean; delete: boolean; edit: boolean };
  defaultPublishAt: string;
  publishedAt: string | null;
  restore: RestoreOffer | null;
  site: SeoPreviewSite;
  links: { preview: string; revisions: string; list: string; twin?: string };
  /** The other language's text, for the side-by-side view; null without a translation. */
  twin: TwinTextDto | null;
}) {
  const state = useArticleEditor({ adminLocale, article, userId, canEdit: permissions.edit, links });
  const merge = useConflictMerge({ state, adminLocale, articleId: article.id });
  const others = usePresence({ articleId: article.id, enabled: permissions.edit, adminLocale });
  // Which picture the library dialog is choosing, if it is open.
  const [picking, setPicking] = useState<null | 'cover' | 'inline'>(null);
  // The other dialogs over the body: a link, an embed, a picture's caption.
  const [dialog, setDialog] = useState<null | 'link' | 'embed'>(null);
  const [captioning, setCaptioning] = useState<PendingFigure | null>(null);
  const [pasted, setPasted] = useState<PastedImage | null>(null);
  useImageDrop(state.editor, permissions.edit, setPasted);
  const locale = article.locale;
  useEditorShortcuts({
    save: () => {
      if (permissions.edit) void state.save();
    },
    link: () => {
      if (permissions.edit && state.editor) setDialog('link');
    },
  });
  const textFields = <TextFields state={state} locale={locale} onImage={() => setPicking('inline')} onLink={() => setDialog('link')} onEmbed={() => setDialog('embed')} />;
  return (
    <div className="article-editor" data-version={state.version} data-status={state.status}>
      <PresenceIndicator others={others} adminLocale={adminLocale} />
      <EditorStatus state={state} />
      <LocalDraftBanner state={state} locale={adminLocale} />
      <MergeView merge={merge} state={state} locale={locale} adminLocale={adminLocale} options={options} />
      {restore && <RestorePanel offer={restore} state={state} locale={locale} canEdit={permissions.edit} />}
      <div className="editor-grid">
        {twin && links.twin ? (
          <TwinSplit twin={twin} twinHref={links.twin} editor={state.editor}>
            {textFields}
          </TwinSplit>
        ) : (
          textFields
        )}
        <aside className="editor-side">
          <EditorActions state={state} permissions={permissions} defaultPublishAt={defaultPublishAt} publishedAt={publishedAt} locale={adminLocale} revisionsHref={links.revisions} />
          {permissions.edit && <UpdateFlag state={state} />}
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
          // The site's own address, not the bucket's: bodies accept only `/media/<key>` (lib/rich-text.ts).
          else if (picking === 'inline') setCaptioning({ url: media.path, width: media.width, height: media.height, alt: locale === 'fr' ? media.altFr : media.altAr });
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
      <PastedImageDialog
        pasted={pasted}
        locale={locale}
        onDone={(media, words, at) => {
          state.insertFigure({ url: media.path, width: media.width, height: media.height, alt: words.alt }, words, at);
          setPasted(null);
        }}
        onClose={() => setPasted(null)}
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
