import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { adminTitle, openAdminItemPage } from '@/components/admin/admin-page';
import { EditPage } from '@/components/admin/edit-page';
import { idParam } from '@/components/admin/page-params';
import { getPageById } from '@/lib/admin/pages';
import { getPathname } from '@/lib/i18n/navigation';
import { deletePageAction, updatePageAction } from '../actions';
import { PageFields } from '../page-fields';

export default async function PagePage(props: PageProps<'/admin/[locale]/pages/[id]'>) {
  const { locale, t, query, rawId } = await openAdminItemPage(props, 'pages.manage');
  const id = idParam(rawId);
  const page = await getPageById(id);
  if (!page) notFound();
  const messages = await getMessages({ locale });
  const href = getPathname({ locale: page.locale, href: { pathname: '/info/[slug]', params: { slug: page.slug } } });
  return (
    // The editor's toolbar and media library speak the articles' messages, its dialogs the editor's.
    <NextIntlClientProvider
      locale={locale}
      messages={{ Admin: { articles: { toolbar: messages.Admin.articles.toolbar, media: messages.Admin.articles.media }, editor: messages.Admin.editor } }}
    >
      <EditPage
        locale={locale}
        kind="pages"
        id={page.id}
        name={
          <span lang={page.locale} dir={page.locale === 'ar' ? 'rtl' : 'ltr'}>
            {page.title}
          </span>
        }
        created={query.created === '1'}
        update={updatePageAction}
        remove={deletePageAction}
        deleteHint={t('pages.deleteHint')}
      >
        <p>
          <a href={href} hrefLang={page.locale}>
            {t('pages.view')}
          </a>
        </p>
        <PageFields locale={locale} page={page} />
      </EditPage>
    </NextIntlClientProvider>
  );
}

export const generateMetadata = adminTitle((t) => t('pages.editTitle'));
