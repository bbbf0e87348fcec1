import admin from './admin';
import { withBodyLimits } from './admin/body-limits';
import contentApi from './content-api';

export default {
  'content-api': contentApi,
  admin: withBodyLimits(admin),
};
