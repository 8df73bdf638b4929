import { bootService, securitySuite } from '@linli/service-kit/testing';
import { propertyServicesService } from '../src/property-services.service-definition.js';
import { freshCreditCode } from './support/http.js';

securitySuite(propertyServicesService, {
  boot: (env) => bootService(propertyServicesService, env),
  command: { path: '/companies', body: () => ({ name: 'Yugan Anju Property Co., Ltd.', creditCode: freshCreditCode(), qualificationLevel: 'ungraded' }) },
  list: '/companies',
});
