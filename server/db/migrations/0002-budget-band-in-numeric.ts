import { Migration } from '@mikro-orm/migrations';

/**
 * The budget band CHECK (Art. 4-4: current budget within 90%–110% of the approved one) multiplied
 * `bigint` columns in `bigint`, so a budget above ⌊(2⁶³−1)/11⌋ rials made the CHECK itself fail
 * with "bigint out of range" instead of answering true or false. Compared in `numeric`, it cannot
 * overflow whatever the columns hold; inputs are bounded too (MAX_INPUT_RIALS).
 */
export class Migration0002BudgetBandInNumeric extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "development_plan" drop constraint "development_plan_budget_band";`);
    this.addSql(
      `alter table "development_plan" add constraint development_plan_budget_band check ("current_budget"::numeric * 10 >= "approved_budget"::numeric * 9 and "current_budget"::numeric * 10 <= "approved_budget"::numeric * 11);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "development_plan" drop constraint "development_plan_budget_band";`);
    this.addSql(
      `alter table "development_plan" add constraint development_plan_budget_band check ("current_budget" * 10 >= "approved_budget" * 9 and "current_budget" * 10 <= "approved_budget" * 11);`,
    );
  }
}
