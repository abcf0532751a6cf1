import { Migration } from '@mikro-orm/migrations';

export class Migration20261205171938 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "case_history_actor_subject_at_index" on "case_history" ("actor_subject", "at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "case_history_actor_subject_at_index";`);
  }

}
