import { authorRoutes } from '../../author-page';

export const generateStaticParams = authorRoutes.paged.generateStaticParams;
export const generateMetadata = authorRoutes.paged.generateMetadata;
export default authorRoutes.paged.Page;
