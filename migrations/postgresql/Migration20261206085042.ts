import { Migration } from '@mikro-orm/migrations';

export class Migration20261206085042 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "report_requester" ("report_id" uuid not null, "subject" varchar(200) not null, "requested_at" timestamptz not null, constraint "report_requester_pkey" primary key ("report_id", "subject"));`);
    this.addSql(`create index "report_requester_subject_requested_at_index" on "report_requester" ("subject", "requested_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "report_requester" cascade;`);
  }

}
