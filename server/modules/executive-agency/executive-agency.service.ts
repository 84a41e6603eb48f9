import type { Context } from '../../context';
import { type Payload, runMutation } from '../../kernel/mutation';
import { enforce } from '../../kernel/rules';
import { requireRegistrar } from '../person/person.access';
import { ExecutiveAgency } from './executive-agency.entity';
import type { RegisterExecutiveAgencyInput } from './executive-agency.inputs';
import { agencyCodeIsFree } from './executive-agency.rules';

/**
 * Registers an executive agency; by the system administrator or the central secretariat (house rule).
 * It never contracts development agents: the one agency that does (ISIPO) is reference data (Art. 3).
 */
export function registerExecutiveAgency(ctx: Context, input: RegisterExecutiveAgencyInput): Promise<Payload<ExecutiveAgency>> {
  requireRegistrar(ctx.viewer, 'register executive agencies');
  const code = input.code.toUpperCase();
  return runMutation(ctx, 'registerExecutiveAgency', async (em) => {
    enforce(agencyCodeIsFree((await em.count(ExecutiveAgency, { code })) > 0));
    const agency = em.create(ExecutiveAgency, {
      code,
      name: input.name.trim(),
      nameFa: input.nameFa.trim(),
      contractsDevelopmentAgents: false,
    });
    return { target: agency };
  });
}
