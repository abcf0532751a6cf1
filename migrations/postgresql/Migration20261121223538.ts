import { Migration } from '@mikro-orm/migrations';

export class Migration20261121223538 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "assessment_answer" ("case_id" uuid not null, "question_id" varchar(40) not null, "value" double precision not null, "evidence" jsonb not null, "answered_by" varchar(200) not null, "answered_at" timestamptz not null, constraint "assessment_answer_pkey" primary key ("case_id", "question_id"));`);

    this.addSql(`create table "assessment_comment" ("id" uuid not null, "case_id" uuid not null, "question_id" varchar(40) not null, "text" text not null, "round" int not null, "position" int not null, "author_subject" varchar(200) not null, "created_at" timestamptz not null, constraint "assessment_comment_pkey" primary key ("id"));`);
    this.addSql(`create index "assessment_comment_case_id_round_index" on "assessment_comment" ("case_id", "round");`);

    this.addSql(`create table "assessment_part_score" ("case_id" uuid not null, "part_id" varchar(40) not null, "kind" varchar(12) not null, "dimension_id" varchar(40) not null, "score" double precision not null, "level" int not null, "answered" int not null, constraint "assessment_part_score_pkey" primary key ("case_id", "part_id"));`);

    this.addSql(`create table "assessment_score" ("case_id" uuid not null, "cycle_id" uuid not null, "entity_code" varchar(5) not null, "entity_name" varchar(200) not null, "department_code" varchar(2) not null, "entity_kind" varchar(30) not null, "model_version" varchar(40) not null, "index_score" double precision not null, "level" int not null, "scored_at" timestamptz not null, constraint "assessment_score_pkey" primary key ("case_id"));`);
    this.addSql(`create index "assessment_score_entity_code_index" on "assessment_score" ("entity_code");`);
    this.addSql(`create index "assessment_score_cycle_id_index_score_entity_code_index" on "assessment_score" ("cycle_id", "index_score", "entity_code");`);

    this.addSql(`create table "maturity_model" ("version" varchar(40) not null, "title" varchar(200) not null, "definition" jsonb not null, "checksum" varchar(64) not null, "published_by" varchar(200) not null, "published_at" timestamptz not null, constraint "maturity_model_pkey" primary key ("version"));`);

    this.addSql(`alter table "cycle" add column "model_version" varchar(40) null, add column "index_published_at" timestamptz null, add column "index_published_by" varchar(200) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "assessment_answer" cascade;`);

    this.addSql(`drop table if exists "assessment_comment" cascade;`);

    this.addSql(`drop table if exists "assessment_part_score" cascade;`);

    this.addSql(`drop table if exists "assessment_score" cascade;`);

    this.addSql(`drop table if exists "maturity_model" cascade;`);

    this.addSql(`alter table "cycle" drop column "model_version", drop column "index_published_at", drop column "index_published_by";`);
  }

}
