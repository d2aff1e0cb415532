import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Pager } from '@/components/admin/pager';
import { auditFilterOptions, auditFilterSchema, listAudit, type AuditRow } from '@/lib/admin/audit-log';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { requireAdminPage } from '@/lib/auth/current-user';
import { formatDate, formatDateTimeISO, formatTime } from '@/lib/time/format';

export async function generateMetadata({ params }: PageProps<'/admin/[locale]/audit'>): Promise<Metadata> {
  const locale = resolveAdminLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.audit' });
  return { title: t('title') };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value || undefined;
}

/** Details as short `key: value` lines; nested values (e.g. before/after) stay compact JSON. */
function detailLines(details: Record<string, unknown>): string[] {
  return Object.entries(details).map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
}

function itemLabel(row: AuditRow): string {
  return row.entityId ? `${row.entityType} #${row.entityId}` : row.entityType;
}

export default async function AuditPage({ params, searchParams }: PageProps<'/admin/[locale]/audit'>) {
  const locale = resolveAdminLocale((await params).locale);
  const user = await requireAdminPage(locale, 'audit.view');
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const filter = auditFilterSchema.parse({
    userId: first(query.userId),
    action: first(query.action),
    entityType: first(query.entityType),
    entityId: first(query.entityId),
    page: first(query.page) ?? 1,
  });
  const [result, options] = await Promise.all([listAudit(user, filter), auditFilterOptions(user)]);

  const filterQuery = {
    userId: filter.userId ? String(filter.userId) : '',
    action: filter.action ?? '',
    entityType: filter.entityType ?? '',
    entityId: filter.entityId ?? '',
  };

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <form method="get" action={`/admin/${locale}/audit`} className="toolbar" role="search">
        <div className="field">
          <label htmlFor="audit-user">{t('audit.user')}</label>
          <select id="audit-user" name="userId" defaultValue={filter.userId ? String(filter.userId) : ''}>
            <option value="">{t('common.all')}</option>
            {options.users.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name} ({option.email})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-action">{t('audit.actionPrefix')}</label>
          <input id="audit-action" name="action" type="search" dir="ltr" list="audit-actions" defaultValue={filter.action ?? ''} />
          <datalist id="audit-actions">
            {options.actionPrefixes.map((prefix) => (
              <option key={prefix} value={prefix} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="audit-entity">{t('audit.entityType')}</label>
          <select id="audit-entity" name="entityType" defaultValue={filter.entityType ?? ''}>
            <option value="">{t('common.all')}</option>
            {options.entityTypes.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </div>
        {filter.entityId && <input type="hidden" name="entityId" value={filter.entityId} />}
        <button type="submit">{t('audit.apply')}</button>
        <a className="button secondary" href={`/admin/${locale}/audit`}>
          {t('audit.clear')}
        </a>
      </form>
      <p>{t('audit.total', { count: result.total })}</p>
      {result.rows.length === 0 ? (
        <p className="notice">{t('audit.empty')}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.item')}</th>
              <th scope="col">{t('audit.details')}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <time dateTime={formatDateTimeISO(row.createdAt)}>
                    {formatDate(row.createdAt, locale)} {formatTime(row.createdAt)}
                  </time>
                </td>
                <td>{row.user ? <a href={`/admin/${locale}/users/${row.user.id}`}>{row.user.name}</a> : t('audit.nobody')}</td>
                <td dir="ltr">
                  <code>{row.action}</code>
                </td>
                <td dir="ltr">{itemLabel(row)}</td>
                <td dir="ltr">
                  {detailLines(row.details).map((line, index) => (
                    <div key={index} style={{ fontSize: 13, wordBreak: 'break-word' }}>
                      {line}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager locale={locale} page={result.page} pages={result.pages} base={`/admin/${locale}/audit`} query={filterQuery} />
    </>
  );
}
