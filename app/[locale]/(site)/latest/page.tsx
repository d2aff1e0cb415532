import { latestRoutes } from './latest-page';

export const generateMetadata = latestRoutes.first.generateMetadata;
export default latestRoutes.first.Page;
