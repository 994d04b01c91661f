// The dashboard's strings, added when a dashboard module loads (the side panel never needs them).
import { addMessages } from './index';
import { dashboard } from './catalog/dashboard';

addMessages(dashboard);
