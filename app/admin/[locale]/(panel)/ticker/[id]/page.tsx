import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/admin/action-form';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { getTickerItem, tickerStatus } from '@/lib/admin/ticker';
import { requireAdminPage } from '@/lib/auth/current-user';
import styles from '../../_content/content.module.css';
import { DeleteForm } from '../../_content/delete-form';
import { idParam } from '../../_content/params';
import { deleteTickerAction, updateTickerAction } from '../actions';
import { TickerFields } from '../ticker-fields';

export async function generateMetadata({ params }: PageProps<'/admin/[locale]/ticker/[id]'>): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveAdminLocale((await params).locale), namespace: 'Admin.ticker' });
  return { title: t('editTitle') };
}

export default async function TickerItemPage({ params }: PageProps<'/admin/[locale]/ticker/[id]'>) {
  const { locale: rawLocale, id: rawId } = await params;
  const locale = resolveAdminLocale(rawLocale);
  await requireAdminPage(locale, 'ticker.manage');
  const id = idParam(rawId);
  const item = await getTickerItem(id);
  if (!item) notFound();
  const now = new Date();
  const status = tickerStatus(item, now);
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <>
      <p>
        <a href={`/admin/${locale}/ticker`}>{t('ticker.back')}</a>
      </p>
      <h1>
        {t('ticker.editTitle')} <span className={`${styles.status} ${styles[status]}`}>{t(`ticker.statuses.${status}`)}</span>
      </h1>
      <section className="panel">
        <ActionForm action={updateTickerAction} locale={locale} submitLabel={t('common.save')} pendingLabel={t('common.saving')}>
          <input type="hidden" name="id" value={item.id} />
          <TickerFields locale={locale} item={item} now={now} />
        </ActionForm>
      </section>
      <DeleteForm locale={locale} id={item.id} action={deleteTickerAction} label={t('ticker.delete')} />
    </>
  );
}
