import { authorRoutes } from './author-page';

export const generateStaticParams = authorRoutes.first.generateStaticParams;
export const generateMetadata = authorRoutes.first.generateMetadata;
export default authorRoutes.first.Page;
