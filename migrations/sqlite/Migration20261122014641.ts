import { Migration } from '@mikro-orm/migrations';

export class Migration20261122014641 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`action_plan\` (\`id\` text not null, \`entity_code\` text not null, \`case_id\` text null, \`title\` text not null, \`start_year\` integer not null, \`end_year\` integer not null, \`periodicity\` text not null, \`created_by\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`action_plan_entity_code_index\` on \`action_plan\` (\`entity_code\`);`);

    this.addSql(`create table \`plan_product\` (\`plan_id\` text not null, \`code\` text not null, \`position\` integer not null, \`objective_code\` text not null, \`objective_name\` text null, \`name\` text not null, \`indicator\` text not null, \`weight\` double not null, \`annualization\` text not null, \`targets\` json not null, primary key (\`plan_id\`, \`code\`));`);

    this.addSql(`create table \`progress_report\` (\`id\` text not null, \`plan_id\` text not null, \`product_code\` text not null, \`period\` text not null, \`value\` double not null, \`narrative\` text not null, \`evidence\` json not null, \`reported_on\` text not null, \`reported_by\` text not null, \`reported_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`progress_report_plan_id_product_code_period_index\` on \`progress_report\` (\`plan_id\`, \`product_code\`, \`period\`);`);
  }

}
