import { Migration } from '@mikro-orm/migrations';

export class Migration20261122023500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`report\` (\`id\` text not null, \`kind\` text not null, \`format\` text not null, \`params\` json not null, \`scope\` text not null, \`entity_code\` text null, \`generation\` text not null, \`title\` text not null, \`status\` text not null, \`progress\` integer not null, \`stage\` text null, \`error\` text null, \`attempts\` integer not null, \`requested_by\` text not null, \`requested_at\` datetime not null, \`started_at\` datetime null, \`finished_at\` datetime null, \`content_type\` text null, \`size\` integer null, primary key (\`id\`));`);
    this.addSql(`create index \`report_status_requested_at_index\` on \`report\` (\`status\`, \`requested_at\`);`);

    this.addSql(`create table \`report_file\` (\`report_id\` text not null, \`content\` blob not null, primary key (\`report_id\`));`);
  }

}
