import { notFound } from 'next/navigation';
import { adminTitle, openAdminPage } from '@/components/admin/admin-page';
import styles from '@/components/admin/content.module.css';
import { EditPage } from '@/components/admin/edit-page';
import { idParam } from '@/components/admin/page-params';
import { withDb } from '@/db';
import { getTickerItem, tickerStatus } from '@/lib/admin/ticker';
import { deleteTickerAction, updateTickerAction } from '../actions';
import { TickerFields } from '../ticker-fields';

export const generateMetadata = adminTitle((t) => t('ticker.editTitle'));

export default async function TickerItemPage({ params }: PageProps<'/admin/[locale]/ticker/[id]'>) {
  const { locale, t } = await openAdminPage(params, 'ticker.manage');
  const { id: rawId } = await params;
  const id = idParam(rawId);
  const item = await withDb('ticker item', (db) => getTickerItem(db, id));
  if (!item) notFound();
  const now = new Date();
  const status = tickerStatus(item, now);
  return (
    <EditPage
      locale={locale}
      id={item.id}
      back={{ href: `/admin/${locale}/ticker`, label: t('ticker.back') }}
      title={
        <>
          {t('ticker.editTitle')} <span className={`${styles.status} ${styles[status]}`}>{t(`ticker.statuses.${status}`)}</span>
        </>
      }
      update={updateTickerAction}
      remove={{ action: deleteTickerAction, label: t('ticker.delete') }}
    >
      <TickerFields locale={locale} item={item} now={now} />
    </EditPage>
  );
}
