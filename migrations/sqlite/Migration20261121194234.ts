import { Migration } from '@mikro-orm/migrations';

export class Migration20261121194234 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`case_history\` (\`case_id\` text not null, \`seq\` integer not null, \`event\` text not null, \`from_state\` text null, \`to_state\` text not null, \`actor_subject\` text not null, \`actor_role\` text not null, \`payload\` json not null, \`at\` datetime not null, \`request_id\` text not null, primary key (\`case_id\`, \`seq\`));`);

    this.addSql(`create table \`cofinancing_call\` (\`id\` text not null, \`title\` text not null, \`opens_at\` datetime not null, \`closes_at\` datetime not null, \`total_budget\` bigint not null, \`cap_per_application\` bigint not null, \`min_counterpart_percent\` integer not null, \`created_by\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);

    this.addSql(`create table \`cycle\` (\`id\` text not null, \`year\` integer not null, \`opens_at\` datetime not null, \`closes_at\` datetime not null, \`created_by\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`cycle_year_unique\` on \`cycle\` (\`year\`);`);

    this.addSql(`create table \`idempotency_key\` (\`subject\` text not null, \`key\` text not null, \`fingerprint\` text not null, \`case_id\` text not null, \`seq\` integer not null, \`created_at\` datetime not null, primary key (\`subject\`, \`key\`));`);

    this.addSql(`create table \`outbox\` (\`id\` text not null, \`case_id\` text not null, \`case_version\` integer not null, \`kind\` text not null, \`payload\` json not null, \`created_at\` datetime not null, \`processed_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`outbox_processed_at_created_at_index\` on \`outbox\` (\`processed_at\`, \`created_at\`);`);

    this.addSql(`create table \`workflow_case\` (\`id\` text not null, \`process\` text not null, \`machine_version\` integer not null, \`entity_code\` text not null, \`department_code\` text not null, \`cycle_id\` text null, \`call_id\` text null, \`state\` text not null, \`final\` integer not null, \`snapshot\` json not null, \`version\` integer not null, \`assignee\` text null, \`open_key\` text null, \`created_by\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`workflow_case_assignee_index\` on \`workflow_case\` (\`assignee\`);`);
    this.addSql(`create unique index \`workflow_case_open_key_unique\` on \`workflow_case\` (\`open_key\`);`);
    this.addSql(`create index \`workflow_case_updated_at_id_index\` on \`workflow_case\` (\`updated_at\`, \`id\`);`);
    this.addSql(`create index \`workflow_case_entity_code_process_index\` on \`workflow_case\` (\`entity_code\`, \`process\`);`);
  }

}
