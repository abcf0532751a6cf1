import { Migration } from '@mikro-orm/migrations';

export class Migration20261122014644 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "action_plan" ("id" uuid not null, "entity_code" varchar(5) not null, "case_id" uuid null, "title" varchar(300) not null, "start_year" int not null, "end_year" int not null, "periodicity" varchar(12) not null, "created_by" varchar(200) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "action_plan_pkey" primary key ("id"));`);
    this.addSql(`create index "action_plan_entity_code_index" on "action_plan" ("entity_code");`);

    this.addSql(`create table "plan_product" ("plan_id" uuid not null, "code" varchar(30) not null, "position" int not null, "objective_code" varchar(30) not null, "objective_name" varchar(500) null, "name" text not null, "indicator" text not null, "weight" double precision not null, "annualization" varchar(12) not null, "targets" jsonb not null, constraint "plan_product_pkey" primary key ("plan_id", "code"));`);

    this.addSql(`create table "progress_report" ("id" uuid not null, "plan_id" uuid not null, "product_code" varchar(30) not null, "period" varchar(10) not null, "value" double precision not null, "narrative" text not null, "evidence" jsonb not null, "reported_on" varchar(10) not null, "reported_by" varchar(200) not null, "reported_at" timestamptz not null, constraint "progress_report_pkey" primary key ("id"));`);
    this.addSql(`create index "progress_report_plan_id_product_code_period_index" on "progress_report" ("plan_id", "product_code", "period");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "action_plan" cascade;`);

    this.addSql(`drop table if exists "plan_product" cascade;`);

    this.addSql(`drop table if exists "progress_report" cascade;`);
  }

}
