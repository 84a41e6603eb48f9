import { it } from 'vitest';
import { buildAppSchema, printSortedSchema } from '../../server/schema';
it('prints', async () => {
  const sdl = printSortedSchema(await buildAppSchema());
  const blocks = sdl.split(/\n(?=(?:"""[\s\S]*?"""\n)?(?:type|input|enum|scalar|interface) )/).filter((b) => /input (SubmitProgressReportInput|ReviseProgressReportInput|SubmitSupervisorReviewInput|ProgressReportContentInput)|type (PlanIndicator|ResolutionTarget|ReportingObligation) /.test(b));
  console.log(blocks.join('\n'));
});
