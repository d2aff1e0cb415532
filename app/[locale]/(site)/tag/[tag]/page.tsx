import { tagRoutes } from './tag-page';

export const generateStaticParams = tagRoutes.first.generateStaticParams;
export const generateMetadata = tagRoutes.first.generateMetadata;
export default tagRoutes.first.Page;
