import { factories } from '@strapi/strapi';

import { UID } from '../../../../shared/contracts/uids';

/** Content API: tags, Strapi's core controller as it is. */
export default factories.createCoreController(UID.tag);
