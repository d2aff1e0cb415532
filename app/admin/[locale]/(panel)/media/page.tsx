import { adminTitle, openAdminPage } from '@/components/admin/admin-page';
import styles from '@/components/admin/content.module.css';
import { ListPage } from '@/components/admin/list-page';
import { MediaImage } from '@/components/admin/media-image';
import { Panel } from '@/components/admin/page-frame';
import { pageParam, textParam } from '@/components/admin/page-params';
import { listMedia } from '@/lib/admin/media';
import { formatFileSize } from '@/lib/media/format-size';
import { MAX_UPLOAD_BYTES } from '@/lib/media/limits';
import { formatDate } from '@/lib/time/format';
import { UploadForm } from './upload-form';

export default async function MediaLibraryPage(props: PageProps<'/admin/[locale]/media'>) {
  const { locale, t, query } = await openAdminPage(props, 'media.upload');
  const q = textParam(query.q);
  const result = await listMedia({ q, page: pageParam(query.page) });
  const maxMb = Math.round(MAX_UPLOAD_BYTES / 1024 / 1024);
  return (
    <ListPage
      locale={locale}
      title={t('media.title')}
      notices={[query.deleted === '1' && t('media.deleted')]}
      lead={
        <Panel id="upload" title={t('media.upload')}>
          <UploadForm
            locale={locale}
            labels={{
              file: t('media.file'),
              fileHint: t('media.fileHint', { max: maxMb }),
              altFr: t('media.altFr'),
              altAr: t('media.altAr'),
              altHint: t('media.altHint'),
              credit: t('media.credit'),
              submit: t('media.uploadSubmit'),
              pending: t('media.uploading'),
              uploaded: t('media.uploaded'),
              form: t('errors.form'),
              tooLarge: t('media.rejected.too_large'),
              failed: t('errors.internal'),
              dropHint: t('media.dropHint'),
            }}
          />
        </Panel>
      }
      filters={{
        submit: t('common.search'),
        secondarySubmit: true,
        filters: [{ kind: 'search', id: 'media-q', name: 'q', label: t('media.search'), value: q, dir: 'auto' }],
      }}
      summary={<p className={styles.muted}>{t('media.count', { count: result.total })}</p>}
      rows={result.items}
      render={(items) => (
        <ul className={styles.grid}>
          {items.map((item) => (
            <li key={item.id} className={styles.tile}>
              <a href={`/admin/${locale}/media/${item.id}`}>
                <MediaImage item={item} locale={locale} size="thumb" />
              </a>
              <strong dir="auto">{item.originalName || `#${item.id}`}</strong>
              <span className={styles.muted}>
                {formatFileSize(item.bytes, locale)} · {item.width} × {item.height} · {formatDate(item.createdAt, locale)}
              </span>
              <span dir="auto">{item.credit ? `© ${item.credit}` : t('media.noCredit')}</span>
              <a href={`/admin/${locale}/media/${item.id}`}>{t('common.edit')}</a>
            </li>
          ))}
        </ul>
      )}
      pager={{ page: result.page, pages: result.pages, base: `/admin/${locale}/media`, query: { q } }}
    />
  );
}

export const generateMetadata = adminTitle((t) => t('media.title'));
