import { Migration } from '@mikro-orm/migrations';

export class Migration20261121203915 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "clock_offset" ("id" int not null, "offset_ms" bigint not null, constraint "clock_offset_pkey" primary key ("id"));`);

    this.addSql(`create table "deadline" ("id" uuid not null, "case_id" uuid not null, "state" varchar(60) not null, "case_version" int not null, "kind" varchar(40) not null, "owner" varchar(20) not null, "calendar" varchar(10) not null, "days" int null, "on_expire" varchar(60) null, "remind_before" jsonb not null, "started_at" timestamptz not null, "due_at" timestamptz not null, "original_due_at" timestamptz not null, "status" varchar(12) not null, "reminders_sent" int not null default 0, "extended_days" int null, "extension_reason" text null, "extended_by" varchar(200) null, "closed_at" timestamptz null, constraint "deadline_pkey" primary key ("id"));`);
    this.addSql(`create index "deadline_case_id_status_index" on "deadline" ("case_id", "status");`);
    this.addSql(`create index "deadline_status_due_at_index" on "deadline" ("status", "due_at");`);
    this.addSql(`alter table "deadline" add constraint "deadline_case_id_state_case_version_unique" unique ("case_id", "state", "case_version");`);

    this.addSql(`create table "notification" ("id" uuid not null, "dedupe_key" varchar(200) not null, "case_id" uuid null, "kind" varchar(30) not null, "audience_kind" varchar(15) not null, "audience" varchar(200) null, "title" varchar(300) not null, "body" text not null, "created_at" timestamptz not null, "email_to" varchar(300) null, "email_status" varchar(10) not null, "emailed_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`alter table "notification" add constraint "notification_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(`create index "notification_email_status_created_at_index" on "notification" ("email_status", "created_at");`);
    this.addSql(`create index "notification_audience_kind_audience_created_at_index" on "notification" ("audience_kind", "audience", "created_at");`);

    this.addSql(`create table "notification_read" ("notification_id" uuid not null, "subject" varchar(200) not null, "read_at" timestamptz not null, constraint "notification_read_pkey" primary key ("notification_id", "subject"));`);

    this.addSql(`alter table "cofinancing_call" add column "corrections_term_days" int null, add column "agreement_term_days" int null;`);

    this.addSql(`alter table "cycle" add column "accompaniment_response_days" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "clock_offset" cascade;`);

    this.addSql(`drop table if exists "deadline" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "notification_read" cascade;`);

    this.addSql(`alter table "cofinancing_call" drop column "corrections_term_days", drop column "agreement_term_days";`);

    this.addSql(`alter table "cycle" drop column "accompaniment_response_days";`);
  }

}
