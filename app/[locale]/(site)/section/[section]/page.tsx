import { sectionRoutes } from './section-page';

export const generateStaticParams = sectionRoutes.first.generateStaticParams;
export const generateMetadata = sectionRoutes.first.generateMetadata;
export default sectionRoutes.first.Page;
