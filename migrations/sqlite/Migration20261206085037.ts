import { Migration } from '@mikro-orm/migrations';

export class Migration20261206085037 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`report_requester\` (\`report_id\` text not null, \`subject\` text not null, \`requested_at\` datetime not null, primary key (\`report_id\`, \`subject\`));`);
    this.addSql(`create index \`report_requester_subject_requested_at_index\` on \`report_requester\` (\`subject\`, \`requested_at\`);`);
  }

}
