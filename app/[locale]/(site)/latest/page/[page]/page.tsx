import { latestRoutes } from '../../latest-page';

export const generateStaticParams = latestRoutes.paged.generateStaticParams;
export const generateMetadata = latestRoutes.paged.generateMetadata;
export default latestRoutes.paged.Page;
