import { Migration } from '@mikro-orm/migrations';

export class Migration20261205152008 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index \`notification_audience_kind_audience_created_at_index\`;`);

    this.addSql(`create index \`notification_audience_kind_audience_created_at_id_index\` on \`notification\` (\`audience_kind\`, \`audience\`, \`created_at\`, \`id\`);`);
  }

}
