import { Migration } from '@mikro-orm/migrations';

export class Migration20261122001648 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "budget_line" ("case_id" uuid not null, "position" int not null, "component" varchar(30) not null, "description" varchar(300) not null, "futic_amount" bigint not null, "counterpart_amount" bigint not null, constraint "budget_line_pkey" primary key ("case_id", "position"));`);

    this.addSql(`create table "cofinancing_agreement" ("case_id" uuid not null, "number" varchar(60) null, "signed_by" varchar(200) not null, "signed_at" timestamptz not null, constraint "cofinancing_agreement_pkey" primary key ("case_id"));`);

    this.addSql(`create table "cofinancing_application" ("case_id" uuid not null, "call_id" uuid not null, "title" varchar(200) not null, "description" text not null, "dimensions" jsonb not null, "futic_total" bigint not null, "counterpart_total" bigint not null, "score_hundredths" int null, "submitted_at" timestamptz null, "decision" varchar(20) null, "decision_note" text null, "decided_at" timestamptz null, "decided_by" varchar(200) null, "updated_by" varchar(200) not null, "updated_at" timestamptz not null, constraint "cofinancing_application_pkey" primary key ("case_id"));`);
    this.addSql(`create index "cofinancing_application_call_id_score_hundredths_index" on "cofinancing_application" ("call_id", "score_hundredths");`);

    this.addSql(`create table "disbursement" ("case_id" uuid not null, "instalment" int not null, "due_on" varchar(10) not null, "amount" bigint not null, "paid_on" varchar(10) null, "reference" varchar(100) null, "recorded_by" varchar(200) null, "recorded_at" timestamptz null, constraint "disbursement_pkey" primary key ("case_id", "instalment"));`);

    this.addSql(`create table "eligibility_check" ("case_id" uuid not null, "item_id" varchar(40) not null, "met" boolean not null, "note" text null, "checked_by" varchar(200) not null, "checked_at" timestamptz not null, constraint "eligibility_check_pkey" primary key ("case_id", "item_id"));`);

    this.addSql(`create table "evaluation_score" ("case_id" uuid not null, "evaluator" varchar(200) not null, "criterion_id" varchar(40) not null, "score" int not null, "justification" text not null, constraint "evaluation_score_pkey" primary key ("case_id", "evaluator", "criterion_id"));`);

    this.addSql(`create table "evaluator_assignment" ("case_id" uuid not null, "evaluator" varchar(200) not null, "assigned_by" varchar(200) not null, "assigned_at" timestamptz not null, "conflict" boolean null, "conflict_note" text null, "declared_at" timestamptz null, "score_hundredths" int null, "submitted_at" timestamptz null, constraint "evaluator_assignment_pkey" primary key ("case_id", "evaluator"));`);
    this.addSql(`create index "evaluator_assignment_evaluator_index" on "evaluator_assignment" ("evaluator");`);

    this.addSql(`create table "fund_reservation" ("case_id" uuid not null, "call_id" uuid not null, "amount" bigint not null, "reserved_by" varchar(200) not null, "reserved_at" timestamptz not null, "released_at" timestamptz null, "release_reason" varchar(40) null, constraint "fund_reservation_pkey" primary key ("case_id"));`);
    this.addSql(`create index "fund_reservation_call_id_released_at_index" on "fund_reservation" ("call_id", "released_at");`);

    this.addSql(`alter table "cofinancing_call" add column "rubric" jsonb null, add column "min_score" int not null default 60, add column "eligibility_checklist" jsonb null, add column "published_at" timestamptz null, add column "published_by" varchar(200) null, add column "committed" bigint not null default 0;`);

    this.addSql(`alter table "workflow_case" add column "evaluators" jsonb null;`);
    this.addSql(`create index "workflow_case_call_id_state_index" on "workflow_case" ("call_id", "state");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "budget_line" cascade;`);

    this.addSql(`drop table if exists "cofinancing_agreement" cascade;`);

    this.addSql(`drop table if exists "cofinancing_application" cascade;`);

    this.addSql(`drop table if exists "disbursement" cascade;`);

    this.addSql(`drop table if exists "eligibility_check" cascade;`);

    this.addSql(`drop table if exists "evaluation_score" cascade;`);

    this.addSql(`drop table if exists "evaluator_assignment" cascade;`);

    this.addSql(`drop table if exists "fund_reservation" cascade;`);

    this.addSql(`alter table "cofinancing_call" drop column "rubric", drop column "min_score", drop column "eligibility_checklist", drop column "published_at", drop column "published_by", drop column "committed";`);

    this.addSql(`drop index "workflow_case_call_id_state_index";`);
    this.addSql(`alter table "workflow_case" drop column "evaluators";`);
  }

}
