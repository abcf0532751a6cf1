import { Migration } from '@mikro-orm/migrations';

export class Migration20261206011551 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "accompaniment_diagnosis" ("case_id" uuid not null, "assessment_case_id" uuid null, "prefill" jsonb not null, "created_at" timestamptz not null, constraint "accompaniment_diagnosis_pkey" primary key ("case_id"));`);

    this.addSql(`create table "accompaniment_request" ("case_id" uuid not null, "topic" varchar(30) not null, "dimensions" jsonb not null, "description" text not null, "contact_person_id" uuid not null, "modality" varchar(12) not null, "assessment_case_id" uuid null, "created_at" timestamptz not null, "survey_score" int null, "survey_comment" text null, "survey_by" varchar(200) null, "survey_at" timestamptz null, constraint "accompaniment_request_pkey" primary key ("case_id"));`);

    this.addSql(`create table "accompaniment_session" ("id" uuid not null, "case_id" uuid not null, "number" int not null, "starts_at" timestamptz not null, "duration_minutes" int not null, "modality" varchar(12) not null, "place" varchar(300) null, "meeting_url" varchar(500) null, "agenda" text not null, "status" varchar(12) not null, "cancel_reason" text null, "minutes" text null, "acta_document_id" uuid null, "rescheduled" int not null default 0, "scheduled_by" varchar(200) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "recorded_at" timestamptz null, constraint "accompaniment_session_pkey" primary key ("id"));`);
    this.addSql(`create index "accompaniment_session_status_starts_at_index" on "accompaniment_session" ("status", "starts_at");`);
    this.addSql(`create index "accompaniment_session_case_id_number_index" on "accompaniment_session" ("case_id", "number");`);

    this.addSql(`create table "alarm" ("id" uuid not null, "case_id" uuid null, "kind" varchar(40) not null, "subject_id" varchar(64) not null, "slot" varchar(20) not null, "fire_at" timestamptz not null, "status" varchar(10) not null, "created_at" timestamptz not null, "closed_at" timestamptz null, constraint "alarm_pkey" primary key ("id"));`);
    this.addSql(`create index "alarm_subject_id_status_index" on "alarm" ("subject_id", "status");`);
    this.addSql(`create index "alarm_status_fire_at_index" on "alarm" ("status", "fire_at");`);

    this.addSql(`create table "accompaniment_commitment" ("id" uuid not null, "case_id" uuid not null, "session_id" uuid not null, "description" text not null, "owner" varchar(10) not null, "responsible" varchar(200) null, "due_on" varchar(10) not null, "status" varchar(8) not null, "done_note" text null, "done_by" varchar(200) null, "done_at" timestamptz null, "escalated_at" timestamptz null, "created_at" timestamptz not null, constraint "accompaniment_commitment_pkey" primary key ("id"));`);
    this.addSql(`create index "accompaniment_commitment_status_due_on_index" on "accompaniment_commitment" ("status", "due_on");`);
    this.addSql(`create index "accompaniment_commitment_case_id_index" on "accompaniment_commitment" ("case_id");`);

    this.addSql(`create table "accompaniment_finding" ("case_id" uuid not null, "dimension_code" varchar(40) not null, "text" text not null, "updated_by" varchar(200) not null, "updated_at" timestamptz not null, constraint "accompaniment_finding_pkey" primary key ("case_id", "dimension_code"));`);

    this.addSql(`create table "roadmap_comment" ("id" uuid not null, "case_id" uuid not null, "round" int not null, "line_id" uuid null, "comment" text not null, "created_by" varchar(200) not null, "created_at" timestamptz not null, constraint "roadmap_comment_pkey" primary key ("id"));`);
    this.addSql(`create index "roadmap_comment_case_id_round_index" on "roadmap_comment" ("case_id", "round");`);

    this.addSql(`create table "roadmap_delivery" ("case_id" uuid not null, "round" int not null, "delivered_at" timestamptz not null, "delivered_by" varchar(200) not null, "lines" jsonb not null, "report_id" varchar(64) null, constraint "roadmap_delivery_pkey" primary key ("case_id", "round"));`);

    this.addSql(`create table "roadmap_line" ("id" uuid not null, "case_id" uuid not null, "position" int not null, "dimension_code" varchar(40) not null, "title" varchar(300) not null, "description" text not null, "priority" varchar(8) not null, "horizon" varchar(8) not null, "responsible" varchar(200) not null, "estimated_cost" bigint not null, "component" varchar(30) null, "generated" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "roadmap_line_pkey" primary key ("id"));`);
    this.addSql(`create index "roadmap_line_case_id_position_index" on "roadmap_line" ("case_id", "position");`);

    this.addSql(`create table "accompaniment_session_invitee" ("session_id" uuid not null, "person_id" uuid not null, "attended" boolean null, constraint "accompaniment_session_invitee_pkey" primary key ("session_id", "person_id"));`);
    this.addSql(`create index "accompaniment_session_invitee_person_id_index" on "accompaniment_session_invitee" ("person_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "accompaniment_diagnosis" cascade;`);

    this.addSql(`drop table if exists "accompaniment_request" cascade;`);

    this.addSql(`drop table if exists "accompaniment_session" cascade;`);

    this.addSql(`drop table if exists "alarm" cascade;`);

    this.addSql(`drop table if exists "accompaniment_commitment" cascade;`);

    this.addSql(`drop table if exists "accompaniment_finding" cascade;`);

    this.addSql(`drop table if exists "roadmap_comment" cascade;`);

    this.addSql(`drop table if exists "roadmap_delivery" cascade;`);

    this.addSql(`drop table if exists "roadmap_line" cascade;`);

    this.addSql(`drop table if exists "accompaniment_session_invitee" cascade;`);
  }

}
