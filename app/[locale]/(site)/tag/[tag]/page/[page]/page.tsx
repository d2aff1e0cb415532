import { tagRoutes } from '../../tag-page';

export const generateStaticParams = tagRoutes.paged.generateStaticParams;
export const generateMetadata = tagRoutes.paged.generateMetadata;
export default tagRoutes.paged.Page;
