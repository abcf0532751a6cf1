import { Migration } from '@mikro-orm/migrations';

export class Migration20261205141307 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`notification_read_subject_notification_id_index\` on \`notification_read\` (\`subject\`, \`notification_id\`);`);

    this.addSql(`create index \`workflow_case_process_updated_at_id_index\` on \`workflow_case\` (\`process\`, \`updated_at\`, \`id\`);`);
    this.addSql(`create index \`workflow_case_state_updated_at_id_index\` on \`workflow_case\` (\`state\`, \`updated_at\`, \`id\`);`);
    this.addSql(`create index \`workflow_case_cycle_id_updated_at_id_index\` on \`workflow_case\` (\`cycle_id\`, \`updated_at\`, \`id\`);`);
    this.addSql(`create index \`workflow_case_department_code_updated_at_id_index\` on \`workflow_case\` (\`department_code\`, \`updated_at\`, \`id\`);`);
    this.addSql(`create index \`workflow_case_created_at_id_index\` on \`workflow_case\` (\`created_at\`, \`id\`);`);
  }

}
