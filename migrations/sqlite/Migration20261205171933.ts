import { Migration } from '@mikro-orm/migrations';

export class Migration20261205171933 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`case_history_actor_subject_at_index\` on \`case_history\` (\`actor_subject\`, \`at\`);`);
  }

}
