import { sectionRoutes } from '../../section-page';

export const generateStaticParams = sectionRoutes.paged.generateStaticParams;
export const generateMetadata = sectionRoutes.paged.generateMetadata;
export default sectionRoutes.paged.Page;
