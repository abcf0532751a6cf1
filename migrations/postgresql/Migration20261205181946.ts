import { Migration } from '@mikro-orm/migrations';

export class Migration20261205181946 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "person" add column "pending_contact_email" varchar(320) null, add column "pending_contact_code_hash" varchar(64) null, add column "pending_contact_expires_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "person" drop column "pending_contact_email", drop column "pending_contact_code_hash", drop column "pending_contact_expires_at";`);
  }

}
