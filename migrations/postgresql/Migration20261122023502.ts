import { Migration } from '@mikro-orm/migrations';

export class Migration20261122023502 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "report" ("id" uuid not null, "kind" varchar(20) not null, "format" varchar(4) not null, "params" jsonb not null, "scope" varchar(220) not null, "entity_code" varchar(5) null, "generation" varchar(200) not null, "title" varchar(300) not null, "status" varchar(10) not null, "progress" int not null, "stage" varchar(200) null, "error" text null, "attempts" int not null, "requested_by" varchar(200) not null, "requested_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, "content_type" varchar(100) null, "size" int null, constraint "report_pkey" primary key ("id"));`);
    this.addSql(`create index "report_status_requested_at_index" on "report" ("status", "requested_at");`);

    this.addSql(`create table "report_file" ("report_id" uuid not null, "content" bytea not null, constraint "report_file_pkey" primary key ("report_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "report" cascade;`);

    this.addSql(`drop table if exists "report_file" cascade;`);
  }

}
