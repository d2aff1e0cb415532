import { adminTitle, openAdminPage } from '@/components/admin/admin-page';
import { ListPage, type Column, type FilterBarProps } from '@/components/admin/list-page';
import { When } from '@/components/admin/when';
import { auditFilterOptions, auditFilterSchema, listAudit, type AuditRow } from '@/lib/admin/audit-log';

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

export default async function AuditPage(props: PageProps<'/admin/[locale]/audit'>) {
  const { locale, user, t, query } = await openAdminPage(props, 'audit.view');
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

  const columns: Column<(typeof result.rows)[number]>[] = [
    {
      header: t('audit.when'),
      cell: (row) => <When at={row.createdAt} locale={locale} />,
    },
    { header: t('audit.who'), cell: (row) => (row.user ? <a href={`/admin/${locale}/users/${row.user.id}`}>{row.user.name}</a> : t('audit.nobody')) },
    { header: t('audit.action'), td: () => ({ dir: 'ltr' }), cell: (row) => <code>{row.action}</code> },
    { header: t('audit.item'), td: () => ({ dir: 'ltr' }), cell: itemLabel },
    {
      header: t('audit.details'),
      td: () => ({ dir: 'ltr' }),
      cell: (row) =>
        detailLines(row.details).map((line, index) => (
          <div key={index} style={{ fontSize: 13, wordBreak: 'break-word' }}>
            {line}
          </div>
        )),
    },
  ];
  const filterBar: FilterBarProps = {
    action: `/admin/${locale}/audit`,
    submit: t('audit.apply'),
    extra: (
      <a className="button secondary" href={`/admin/${locale}/audit`}>
        {t('audit.clear')}
      </a>
    ),
    filters: [
      {
        kind: 'select',
        id: 'audit-user',
        name: 'userId',
        label: t('audit.user'),
        value: filterQuery.userId,
        options: options.users.map((option) => ({ value: option.id, label: `${option.name} (${option.email})` })),
      },
      {
        kind: 'search',
        id: 'audit-action',
        name: 'action',
        label: t('audit.actionPrefix'),
        value: filter.action,
        dir: 'ltr',
        suggestions: { id: 'audit-actions', values: options.actionPrefixes },
      },
      {
        kind: 'select',
        id: 'audit-entity',
        name: 'entityType',
        label: t('audit.entityType'),
        value: filter.entityType,
        options: options.entityTypes.map((type) => ({ value: type, label: type })),
      },
      { kind: 'hidden', name: 'entityId', value: filter.entityId },
    ],
  };
  return (
    <ListPage locale={locale} title={t('audit.title')} filters={filterBar} rows={result.rows} columns={columns} emptyNotice={t('audit.empty')}
      summary={<p>{t('audit.total', { count: result.total })}</p>}
      pager={{ page: result.page, pages: result.pages, base: `/admin/${locale}/audit`, query: filterQuery }}
    />
  );
}

export const generateMetadata = adminTitle((t) => t('audit.title'));
