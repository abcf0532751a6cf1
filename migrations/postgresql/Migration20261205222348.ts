import { Migration } from '@mikro-orm/migrations';

export class Migration20261205222348 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "improvement_action" ("id" uuid not null, "plan_id" uuid not null, "product_code" varchar(30) not null, "action" text not null, "responsible" varchar(200) not null, "due_on" varchar(10) not null, "status" varchar(12) not null, "status_note" text null, "triggered_by" varchar(20) null, "created_by" varchar(200) not null, "created_at" timestamptz not null, "updated_by" varchar(200) not null, "updated_at" timestamptz not null, constraint "improvement_action_pkey" primary key ("id"));`);
    this.addSql(`create index "improvement_action_plan_id_product_code_index" on "improvement_action" ("plan_id", "product_code");`);

    this.addSql(`create table "period_report" ("case_id" uuid not null, "plan_id" uuid not null, "period" varchar(10) not null, "plan_version" int not null, "final" boolean not null default false, "submission" int not null, "accepted_on" varchar(10) null, constraint "period_report_pkey" primary key ("case_id"));`);
    this.addSql(`create index "period_report_plan_id_period_index" on "period_report" ("plan_id", "period");`);

    this.addSql(`create table "plan_version_product" ("plan_id" uuid not null, "version" int not null, "code" varchar(30) not null, "position" int not null, "objective_code" varchar(30) not null, "objective_name" varchar(500) null, "name" text not null, "indicator" text not null, "weight" double precision not null, "annualization" varchar(12) not null, "targets" jsonb not null, "sector" varchar(120) null, "baseline" double precision null, constraint "plan_version_product_pkey" primary key ("plan_id", "version", "code"));`);

    this.addSql(`create table "plan_version" ("plan_id" uuid not null, "number" int not null, "status" varchar(12) not null, "case_id" uuid null, "base_version" int null, "title" varchar(300) not null, "justification" text null, "changes" jsonb not null, "effective_from" varchar(10) null, "proposed_by" varchar(200) not null, "proposed_at" timestamptz not null, "approved_by" varchar(200) null, "approved_at" timestamptz null, constraint "plan_version_pkey" primary key ("plan_id", "number"));`);
    this.addSql(`create index "plan_version_case_id_index" on "plan_version" ("case_id");`);

    // Plans written before versions: their products become version 1, approved and in force from the plan's start.
    this.addSql(`insert into "plan_version_product" ("plan_id", "version", "code", "position", "objective_code", "objective_name", "name", "indicator", "weight", "annualization", "targets") select "plan_id", 1, "code", "position", "objective_code", "objective_name", "name", "indicator", "weight", "annualization", "targets" from "plan_product";`);
    this.addSql(`insert into "plan_version" ("plan_id", "number", "status", "title", "changes", "proposed_by", "proposed_at", "approved_by", "approved_at") select "id", 1, 'APPROVED', "title", '[]', "created_by", "created_at", "created_by", "created_at" from "action_plan";`);
    this.addSql(`drop table if exists "plan_product" cascade;`);

    this.addSql(`alter table "action_plan" add column "status" varchar(12) not null default 'APPROVED', add column "current_version" int null, add column "description" text null;`);

    this.addSql(`alter table "progress_report" add column "case_id" uuid null, add column "submission" int not null default 1, add column "status" varchar(12) not null default 'ACCEPTED', add column "review_comment" text null, add column "accepted_on" varchar(10) null;`);
    this.addSql(`create index "progress_report_case_id_index" on "progress_report" ("case_id");`);
    // Values recorded before reports were reviewed keep counting: accepted on the day they were reported.
    this.addSql(`update "action_plan" set "current_version" = 1;`);
    this.addSql(`update "progress_report" set "accepted_on" = "reported_on";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table "plan_product" ("plan_id" uuid not null, "code" varchar(30) not null, "position" int not null, "objective_code" varchar(30) not null, "objective_name" varchar(500) null, "name" text not null, "indicator" text not null, "weight" double precision not null, "annualization" varchar(12) not null, "targets" jsonb not null, constraint "plan_product_pkey" primary key ("plan_id", "code"));`);

    this.addSql(`drop table if exists "improvement_action" cascade;`);

    this.addSql(`drop table if exists "period_report" cascade;`);

    this.addSql(`drop table if exists "plan_version_product" cascade;`);

    this.addSql(`drop table if exists "plan_version" cascade;`);

    this.addSql(`alter table "action_plan" drop column "status", drop column "current_version", drop column "description";`);

    this.addSql(`drop index "progress_report_case_id_index";`);
    this.addSql(`alter table "progress_report" drop column "case_id", drop column "submission", drop column "status", drop column "review_comment", drop column "accepted_on";`);
  }

}
