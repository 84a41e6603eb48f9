import { mutationResolver } from '../../kernel/resolver-factories';
import { ExecutiveAgency } from './executive-agency.entity';
import { RegisterExecutiveAgencyInput } from './executive-agency.inputs';
import { registerExecutiveAgency } from './executive-agency.service';

const ExecutiveAgencyMutations = mutationResolver('ExecutiveAgencyMutations', {
  registerExecutiveAgency: {
    description: `
      Registers an executive agency; by the system administrator or the central secretariat. It never contracts development agents (only
      ISIPO does, Art. 3).`,
    input: [RegisterExecutiveAgencyInput, 'The agency.'],
    payload: ['agency', ExecutiveAgency, 'The registered agency.'],
    run: registerExecutiveAgency,
  },
});

export const executiveAgencyResolvers = [ExecutiveAgencyMutations];
