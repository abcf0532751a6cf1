import { Migration } from '@mikro-orm/migrations';

export class Migration20261205231843 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "action_plan_case_id_index" on "action_plan" ("case_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "action_plan_case_id_index";`);
  }

}
