import { Migration } from '@mikro-orm/migrations';

export class Migration20261205181942 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`person\` add column \`pending_contact_email\` text null;`);
    this.addSql(`alter table \`person\` add column \`pending_contact_code_hash\` text null;`);
    this.addSql(`alter table \`person\` add column \`pending_contact_expires_at\` datetime null;`);
  }

}
