import { notFound } from 'next/navigation';
import { ActionForm } from '@/components/admin/action-form';
import { adminTitle, openAdminItemPage } from '@/components/admin/admin-page';
import { Field } from '@/components/admin/field';
import { FocalPointPicker } from '@/components/admin/focal-point-picker';
import { MediaImage, previewUrl } from '@/components/admin/media-image';
import { PageFrame } from '@/components/admin/page-frame';
import { getMedia, mediaUsage } from '@/lib/admin/media';
import { can } from '@/lib/auth/permissions';
import styles from '@/components/admin/content.module.css';
import { DeleteForm } from '@/components/admin/delete-form';
import { idParam } from '@/components/admin/page-params';
import { When } from '@/components/admin/when';
import { deleteMediaAction, updateMediaAction, updateMediaFocalAction } from '../actions';

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

export default async function MediaItemPage(props: PageProps<'/admin/[locale]/media/[id]'>) {
  const { locale, user, t, rawId } = await openAdminItemPage(props, 'media.upload');
  const id = idParam(rawId);
  const [item, usage] = await Promise.all([getMedia(id), mediaUsage(id)]);
  if (!item) notFound();
  const mayEdit = can(user.role, 'media.manage') || item.uploadedBy === user.id;
  const used = usage.counts.articles + usage.counts.authors + usage.counts.ads > 0;
  return (
    <PageFrame back={{ href: `/admin/${locale}/media`, label: t('media.back') }} title={item.originalName || `#${item.id}`} titleDir="auto">
      <div className="grid-2">
        <div>
          <MediaImage item={item} locale={locale} size="preview" className={styles.preview} />
          <dl>
            <dt>{t('media.details')}</dt>
            <dd>
              {item.width} × {item.height} · {item.mimeType} · {kb(item.bytes)} · <When at={item.createdAt} locale={locale} />
            </dd>
            <dt>{t('media.variants')}</dt>
            <dd>
              {item.variants.length === 0 ? (
                t('media.noVariants')
              ) : (
                <ul>
                  {item.variants.map((variant) => (
                    <li key={variant.key}>
                      <a href={variant.url} dir="ltr">
                        {variant.format.toUpperCase()} {variant.width} × {variant.height}
                      </a>{' '}
                      · {kb(variant.bytes)}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>{t('media.usage')}</dt>
            <dd>
              {!used ? (
                t('media.unused')
              ) : (
                <ul>
                  {usage.articles.map((article) => (
                    <li key={`a${article.id}`} lang={article.locale} dir="auto">
                      {t('media.usedByArticle', { title: article.title })}
                    </li>
                  ))}
                  {usage.authors.map((author) => (
                    <li key={`p${author.id}`}>
                      <a href={`/admin/${locale}/authors/${author.id}`}>{t('media.usedByAuthor', { name: author.nameFr })}</a>
                    </li>
                  ))}
                  {usage.ads.map((ad) => (
                    <li key={`h${ad.id}`}>
                      <a href={`/admin/${locale}/ads/${ad.id}`}>{t('media.usedByAd', { name: ad.name })}</a>
                    </li>
                  ))}
                  {usage.counts.articles > usage.articles.length ? <li>{t('media.moreArticles', { count: usage.counts.articles - usage.articles.length })}</li> : null}
                </ul>
              )}
            </dd>
          </dl>
        </div>
        <div>
          {mayEdit ? (
            <section className="panel">
              <h2>{t('media.focalTitle')}</h2>
              <ActionForm action={updateMediaFocalAction} locale={locale} submitLabel={t('common.save')} pendingLabel={t('media.focalSaving')}>
                <input type="hidden" name="id" value={item.id} />
                <FocalPointPicker
                  src={previewUrl(item)}
                  alt={locale === 'ar' ? item.altAr : item.altFr}
                  width={item.width}
                  height={item.height}
                  defaultX={item.focalX}
                  defaultY={item.focalY}
                  labels={{ picture: t('media.focalPicture'), hint: t('media.focalHint'), x: t('media.focalX'), y: t('media.focalY'), card: t('media.focalCard'), square: t('media.focalSquare') }}
                />
              </ActionForm>
            </section>
          ) : null}
          {mayEdit ? (
            <section className="panel">
              <h2>{t('media.editTitle')}</h2>
              <ActionForm action={updateMediaAction} locale={locale} submitLabel={t('common.save')} pendingLabel={t('common.saving')}>
                <input type="hidden" name="id" value={item.id} />
                <Field name="altFr" label={t('media.altFr')} hint={t('media.altHint')} defaultValue={item.altFr} required maxLength={300} dir="ltr" />
                <Field name="altAr" label={t('media.altAr')} hint={t('media.altHint')} defaultValue={item.altAr} required maxLength={300} dir="rtl" />
                <Field name="credit" label={t('media.credit')} defaultValue={item.credit} required maxLength={200} dir="auto" />
              </ActionForm>
            </section>
          ) : (
            <section className="panel">
              <p lang="fr" dir="ltr">{item.altFr}</p>
              <p lang="ar" dir="rtl">{item.altAr}</p>
              <p dir="auto">© {item.credit}</p>
            </section>
          )}
          {can(user.role, 'media.manage') ? (
            <DeleteForm locale={locale} id={item.id} action={deleteMediaAction} label={t('media.delete')} hint={used ? t('media.deleteInUseHint') : t('media.deleteHint')} />
          ) : null}
        </div>
      </div>
    </PageFrame>
  );
}

export const generateMetadata = adminTitle((t) => t('media.editTitle'));
