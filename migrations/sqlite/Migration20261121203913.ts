import { Migration } from '@mikro-orm/migrations';

export class Migration20261121203913 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`clock_offset\` (\`id\` integer not null, \`offset_ms\` bigint not null, primary key (\`id\`));`);

    this.addSql(`create table \`deadline\` (\`id\` text not null, \`case_id\` text not null, \`state\` text not null, \`case_version\` integer not null, \`kind\` text not null, \`owner\` text not null, \`calendar\` text not null, \`days\` integer null, \`on_expire\` text null, \`remind_before\` json not null, \`started_at\` datetime not null, \`due_at\` datetime not null, \`original_due_at\` datetime not null, \`status\` text not null, \`reminders_sent\` integer not null default 0, \`extended_days\` integer null, \`extension_reason\` text null, \`extended_by\` text null, \`closed_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`deadline_case_id_status_index\` on \`deadline\` (\`case_id\`, \`status\`);`);
    this.addSql(`create index \`deadline_status_due_at_index\` on \`deadline\` (\`status\`, \`due_at\`);`);
    this.addSql(`create unique index \`deadline_case_id_state_case_version_unique\` on \`deadline\` (\`case_id\`, \`state\`, \`case_version\`);`);

    this.addSql(`create table \`notification\` (\`id\` text not null, \`dedupe_key\` text not null, \`case_id\` text null, \`kind\` text not null, \`audience_kind\` text not null, \`audience\` text null, \`title\` text not null, \`body\` text not null, \`created_at\` datetime not null, \`email_to\` text null, \`email_status\` text not null, \`emailed_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create unique index \`notification_dedupe_key_unique\` on \`notification\` (\`dedupe_key\`);`);
    this.addSql(`create index \`notification_email_status_created_at_index\` on \`notification\` (\`email_status\`, \`created_at\`);`);
    this.addSql(`create index \`notification_audience_kind_audience_created_at_index\` on \`notification\` (\`audience_kind\`, \`audience\`, \`created_at\`);`);

    this.addSql(`create table \`notification_read\` (\`notification_id\` text not null, \`subject\` text not null, \`read_at\` datetime not null, primary key (\`notification_id\`, \`subject\`));`);

    this.addSql(`alter table \`cofinancing_call\` add column \`corrections_term_days\` integer null;`);
    this.addSql(`alter table \`cofinancing_call\` add column \`agreement_term_days\` integer null;`);

    this.addSql(`alter table \`cycle\` add column \`accompaniment_response_days\` integer null;`);
  }

}
