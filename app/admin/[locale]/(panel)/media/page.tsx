import type { Metadata } from 'next';
import Image from 'next/image';
import { getTranslations } from 'next-intl/server';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { listMedia } from '@/lib/admin/media';
import { requireAdminPage } from '@/lib/auth/current-user';
import { MAX_UPLOAD_BYTES } from '@/lib/media/limits';
import styles from '../_content/content.module.css';
import { Pager } from '@/components/admin/pager';
import { pageParam, textParam } from '../_content/params';
import { UploadForm } from './upload-form';

export async function generateMetadata({ params }: PageProps<'/admin/[locale]/media'>): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveAdminLocale((await params).locale), namespace: 'Admin.media' });
  return { title: t('title') };
}

export default async function MediaLibraryPage({ params, searchParams }: PageProps<'/admin/[locale]/media'>) {
  const locale = resolveAdminLocale((await params).locale);
  await requireAdminPage(locale, 'media.upload');
  const query = await searchParams;
  const q = textParam(query.q);
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const result = await listMedia({ q, page: pageParam(query.page) });
  const maxMb = Math.round(MAX_UPLOAD_BYTES / 1024 / 1024);
  return (
    <>
      <h1>{t('media.title')}</h1>
      {query.deleted === '1' ? <p className="notice ok" role="status">{t('media.deleted')}</p> : null}
      <section className="panel" aria-labelledby="upload">
        <h2 id="upload">{t('media.upload')}</h2>
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
          }}
        />
      </section>
      <form className="toolbar" method="get" role="search">
        <div className="field">
          <label htmlFor="media-q">{t('media.search')}</label>
          <input id="media-q" type="search" name="q" defaultValue={q} dir="auto" />
        </div>
        <button type="submit" className="secondary">
          {t('common.search')}
        </button>
      </form>
      <p className={styles.muted}>{t('media.count', { count: result.total })}</p>
      {result.items.length === 0 ? (
        <p>{t('common.empty')}</p>
      ) : (
        <ul className={styles.grid}>
          {result.items.map((item) => (
            <li key={item.id} className={styles.tile}>
              <a href={`/admin/${locale}/media/${item.id}`}>
                <Image
                  src={item.url}
                  alt={locale === 'ar' ? item.altAr : item.altFr}
                  width={item.width}
                  height={item.height}
                  sizes="200px"
                  placeholder={item.blurDataUrl ? 'blur' : 'empty'}
                  blurDataURL={item.blurDataUrl ?? undefined}
                />
              </a>
              <strong dir="auto">{item.originalName || `#${item.id}`}</strong>
              <span className={styles.muted}>
                {item.width} × {item.height}
              </span>
              <span dir="auto">{item.credit ? `© ${item.credit}` : t('media.noCredit')}</span>
              <a href={`/admin/${locale}/media/${item.id}`}>{t('common.edit')}</a>
            </li>
          ))}
        </ul>
      )}
      <Pager locale={locale} page={result.page} pages={result.pages} base={`/admin/${locale}/media`} query={{ q }} />
    </>
  );
}
