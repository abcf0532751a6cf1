import { Migration } from '@mikro-orm/migrations';

export class Migration20261205222342 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`improvement_action\` (\`id\` text not null, \`plan_id\` text not null, \`product_code\` text not null, \`action\` text not null, \`responsible\` text not null, \`due_on\` text not null, \`status\` text not null, \`status_note\` text null, \`triggered_by\` text null, \`created_by\` text not null, \`created_at\` datetime not null, \`updated_by\` text not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`improvement_action_plan_id_product_code_index\` on \`improvement_action\` (\`plan_id\`, \`product_code\`);`);

    this.addSql(`create table \`period_report\` (\`case_id\` text not null, \`plan_id\` text not null, \`period\` text not null, \`plan_version\` integer not null, \`final\` integer not null default false, \`submission\` integer not null, \`accepted_on\` text null, primary key (\`case_id\`));`);
    this.addSql(`create index \`period_report_plan_id_period_index\` on \`period_report\` (\`plan_id\`, \`period\`);`);

    this.addSql(`create table \`plan_version_product\` (\`plan_id\` text not null, \`version\` integer not null, \`code\` text not null, \`position\` integer not null, \`objective_code\` text not null, \`objective_name\` text null, \`name\` text not null, \`indicator\` text not null, \`weight\` double not null, \`annualization\` text not null, \`targets\` json not null, \`sector\` text null, \`baseline\` double null, primary key (\`plan_id\`, \`version\`, \`code\`));`);

    this.addSql(`create table \`plan_version\` (\`plan_id\` text not null, \`number\` integer not null, \`status\` text not null, \`case_id\` text null, \`base_version\` integer null, \`title\` text not null, \`justification\` text null, \`changes\` json not null, \`effective_from\` text null, \`proposed_by\` text not null, \`proposed_at\` datetime not null, \`approved_by\` text null, \`approved_at\` datetime null, primary key (\`plan_id\`, \`number\`));`);
    this.addSql(`create index \`plan_version_case_id_index\` on \`plan_version\` (\`case_id\`);`);

    // Plans written before versions: their products become version 1, approved and in force from the plan's start.
    this.addSql(`insert into \`plan_version_product\` (\`plan_id\`, \`version\`, \`code\`, \`position\`, \`objective_code\`, \`objective_name\`, \`name\`, \`indicator\`, \`weight\`, \`annualization\`, \`targets\`) select \`plan_id\`, 1, \`code\`, \`position\`, \`objective_code\`, \`objective_name\`, \`name\`, \`indicator\`, \`weight\`, \`annualization\`, \`targets\` from \`plan_product\`;`);
    this.addSql(`insert into \`plan_version\` (\`plan_id\`, \`number\`, \`status\`, \`title\`, \`changes\`, \`proposed_by\`, \`proposed_at\`, \`approved_by\`, \`approved_at\`) select \`id\`, 1, 'APPROVED', \`title\`, '[]', \`created_by\`, \`created_at\`, \`created_by\`, \`created_at\` from \`action_plan\`;`);
    this.addSql(`drop table if exists \`plan_product\`;`);

    this.addSql(`alter table \`action_plan\` add column \`status\` text not null default 'APPROVED';`);
    this.addSql(`alter table \`action_plan\` add column \`current_version\` integer null;`);
    this.addSql(`alter table \`action_plan\` add column \`description\` text null;`);

    this.addSql(`alter table \`progress_report\` add column \`case_id\` text null;`);
    this.addSql(`alter table \`progress_report\` add column \`submission\` integer not null default 1;`);
    this.addSql(`alter table \`progress_report\` add column \`status\` text not null default 'ACCEPTED';`);
    this.addSql(`alter table \`progress_report\` add column \`review_comment\` text null;`);
    this.addSql(`alter table \`progress_report\` add column \`accepted_on\` text null;`);
    this.addSql(`create index \`progress_report_case_id_index\` on \`progress_report\` (\`case_id\`);`);
    // Values recorded before reports were reviewed keep counting: accepted on the day they were reported.
    this.addSql(`update \`action_plan\` set \`current_version\` = 1;`);
    this.addSql(`update \`progress_report\` set \`accepted_on\` = \`reported_on\`;`);
  }

}
