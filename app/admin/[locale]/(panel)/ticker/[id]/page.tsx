import { notFound } from 'next/navigation';
import { adminTitle, openAdminItemPage } from '@/components/admin/admin-page';
import styles from '@/components/admin/content.module.css';
import { EditPage } from '@/components/admin/edit-page';
import { idParam } from '@/components/admin/page-params';
import { getTickerItem, tickerStatus } from '@/lib/admin/ticker';
import { deleteTickerAction, updateTickerAction } from '../actions';
import { TickerFields } from '../ticker-fields';

export default async function TickerItemPage(props: PageProps<'/admin/[locale]/ticker/[id]'>) {
  const { locale, t, rawId } = await openAdminItemPage(props, 'ticker.manage');
  const id = idParam(rawId);
  const item = await getTickerItem(id);
  if (!item) notFound();
  const now = new Date();
  const status = tickerStatus(item, now);
  const badge = <span className={`${styles.status} ${styles[status]}`}>{t(`ticker.statuses.${status}`)}</span>;
  return (
    <EditPage locale={locale} kind="ticker" id={item.id} badge={badge} update={updateTickerAction} remove={deleteTickerAction}>
      <TickerFields locale={locale} item={item} now={now} />
    </EditPage>
  );
}

export const generateMetadata = adminTitle((t) => t('ticker.editTitle'));
