import { Migration } from '@mikro-orm/migrations';

export class Migration20261205204648 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "document" add column "check_started_at" timestamptz null, add column "scan_required" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "document" drop column "check_started_at", drop column "scan_required";`);
  }

}
