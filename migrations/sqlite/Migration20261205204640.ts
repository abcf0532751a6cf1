import { Migration } from '@mikro-orm/migrations';

export class Migration20261205204640 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`document\` add column \`check_started_at\` datetime null;`);
    this.addSql(`alter table \`document\` add column \`scan_required\` integer not null default false;`);
  }

}
