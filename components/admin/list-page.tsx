import { getTranslations } from 'next-intl/server';
import type { ReactNode, TdHTMLAttributes } from 'react';
import type { FormState } from '@/lib/forms/form-state';
import type { AppLocale } from '@/lib/i18n/routing';
import { ActionForm } from './action-form';
import type { EditableKind } from './edit-page';
import { Options } from './options';
import { PageFrame, Panel, type Notice } from './page-frame';
import { Pager } from './pager';

export interface Column<Row> {
  /** Without a header, the table has no head row. */
  header?: string;
  /** A header for screen readers only (a picture column). */
  headerHidden?: boolean;
  cell: (row: Row) => ReactNode;
  /** The cell's own attributes, such as the language and direction of what it shows. */
  td?: (row: Row) => TdHTMLAttributes<HTMLTableCellElement>;
}

type Keyed = { id: number | string };

/** A plain admin table: one row per item, one cell per column. */
export function DataTable<Row extends Keyed>({ columns, rows }: { columns: Column<Row>[]; rows: Row[] }) {
  return (
    <table className="list">
      {columns.some((column) => column.header) ? (
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col">
                {column.headerHidden ? <span className="sr-only">{column.header}</span> : column.header}
              </th>
            ))}
          </tr>
        </thead>
      ) : null}
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {columns.map((column, index) => (
              <td key={index} {...column.td?.(row)}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export type Filter =
  | { kind: 'select'; id: string; name: string; label: string; value: string | number | null | undefined; options: { value: string | number; label: string }[] }
  | {
      kind: 'search';
      id: string;
      name: string;
      label: string;
      value: string | null | undefined;
      dir?: 'ltr' | 'auto';
      placeholder?: string;
      /** Values the browser offers while typing (a datalist). */
      suggestions?: { id: string; values: string[] };
    }
  | { kind: 'hidden'; name: string; value: string | null | undefined };

export interface FilterBarProps {
  filters: Filter[];
  submit: string;
  /** The quieter button, where the filters are secondary to the page. */
  secondarySubmit?: boolean;
  /** Where the form goes (by default, the same address). */
  action?: string;
  /** A link beside the button, such as "clear". */
  extra?: ReactNode;
}

/** A GET form over a list: every select starts with "all", and the choice stays in the address. */
async function FilterBar({ locale, filters, submit, secondarySubmit, action, extra }: FilterBarProps & { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'Admin.common' });
  return (
    <form method="get" action={action} className="toolbar" role="search">
      {filters.map((filter) =>
        filter.kind === 'hidden' ? (
          filter.value ? <input key={filter.name} type="hidden" name={filter.name} value={filter.value} /> : null
        ) : (
          <div key={filter.name} className="field">
            <label htmlFor={filter.id}>{filter.label}</label>
            {filter.kind === 'select' ? (
              <select id={filter.id} name={filter.name} defaultValue={filter.value ?? ''}>
                <Options options={[{ value: '', label: t('all') }, ...filter.options]} />
              </select>
            ) : (
              <>
                <input
                  id={filter.id}
                  name={filter.name}
                  type="search"
                  defaultValue={filter.value ?? ''}
                  dir={filter.dir}
                  placeholder={filter.placeholder}
                  list={filter.suggestions?.id}
                />
                {filter.suggestions ? (
                  <datalist id={filter.suggestions.id}>
                    {filter.suggestions.values.map((value) => (
                      <option key={value} value={value} />
                    ))}
                  </datalist>
                ) : null}
              </>
            )}
          </div>
        ),
      )}
      <button type="submit" className={secondarySubmit ? 'secondary' : undefined}>
        {submit}
      </button>
      {extra}
    </form>
  );
}

/**
 * Every admin list, in one order: heading and confirmations, then what comes before the list
 * (`lead`, e.g. a form to add one), the filters, a count (`summary`), the rows (a table from
 * `columns`, or `render` for another layout) or the empty state, the pager, and `children` last.
 */
export async function ListPage<Row extends Keyed>({
  locale,
  title,
  intro,
  notices,
  actions,
  lead,
  filters,
  summary,
  rows,
  columns,
  edit,
  render,
  emptyNotice,
  pager,
  children,
}: {
  locale: AppLocale;
  title: string;
  intro?: string;
  notices?: Notice[];
  /** Links or counts in a toolbar under the heading. */
  actions?: ReactNode;
  lead?: ReactNode;
  filters?: FilterBarProps;
  summary?: ReactNode;
  rows: Row[];
  columns?: Column<Row>[];
  /** Adds the last column: a link to each row's EditPage. */
  edit?: EditableKind;
  render?: (rows: Row[]) => ReactNode;
  /** An empty list says "nothing yet", or this, in a box. */
  emptyNotice?: string;
  pager?: { page: number; pages: number; base: string; query: Record<string, string> };
  children?: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'Admin.common' });
  const editColumn: Column<Row>[] = edit ? [{ header: t('actions'), cell: (row) => <a href={`/admin/${locale}/${edit}/${row.id}`}>{t('edit')}</a> }] : [];
  return (
    <PageFrame title={title} intro={intro} notices={notices}>
      {actions ? <div className="toolbar">{actions}</div> : null}
      {lead}
      {filters ? <FilterBar locale={locale} {...filters} /> : null}
      {summary}
      {rows.length === 0 ? (
        <p className={emptyNotice ? 'notice' : undefined}>{emptyNotice ?? t('empty')}</p>
      ) : render ? (
        render(rows)
      ) : (
        <DataTable columns={[...(columns ?? []), ...editColumn]} rows={rows} />
      )}
      {pager ? <Pager locale={locale} {...pager} /> : null}
      {children}
    </PageFrame>
  );
}

/** The form under a list that adds an item to it. */
export async function CreatePanel({
  locale,
  id,
  title,
  action,
  submitLabel,
  children,
}: {
  locale: AppLocale;
  id: string;
  title: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'Admin.common' });
  return (
    <Panel id={id} title={title}>
      <ActionForm action={action} locale={locale} submitLabel={submitLabel} pendingLabel={t('saving')}>
        {children}
      </ActionForm>
    </Panel>
  );
}
