import { Migration } from '@mikro-orm/migrations';

export class Migration20261121194236 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "case_history" ("case_id" uuid not null, "seq" int not null, "event" varchar(60) not null, "from_state" varchar(60) null, "to_state" varchar(60) not null, "actor_subject" varchar(200) not null, "actor_role" varchar(40) not null, "payload" jsonb not null, "at" timestamptz not null, "request_id" varchar(100) not null, constraint "case_history_pkey" primary key ("case_id", "seq"));`);

    this.addSql(`create table "cofinancing_call" ("id" uuid not null, "title" varchar(200) not null, "opens_at" timestamptz not null, "closes_at" timestamptz not null, "total_budget" bigint not null, "cap_per_application" bigint not null, "min_counterpart_percent" int not null, "created_by" varchar(200) not null, "created_at" timestamptz not null, constraint "cofinancing_call_pkey" primary key ("id"));`);

    this.addSql(`create table "cycle" ("id" uuid not null, "year" int not null, "opens_at" timestamptz not null, "closes_at" timestamptz not null, "created_by" varchar(200) not null, "created_at" timestamptz not null, constraint "cycle_pkey" primary key ("id"));`);
    this.addSql(`alter table "cycle" add constraint "cycle_year_unique" unique ("year");`);

    this.addSql(`create table "idempotency_key" ("subject" varchar(200) not null, "key" varchar(200) not null, "fingerprint" varchar(64) not null, "case_id" uuid not null, "seq" int not null, "created_at" timestamptz not null, constraint "idempotency_key_pkey" primary key ("subject", "key"));`);

    this.addSql(`create table "outbox" ("id" uuid not null, "case_id" uuid not null, "case_version" int not null, "kind" varchar(60) not null, "payload" jsonb not null, "created_at" timestamptz not null, "processed_at" timestamptz null, constraint "outbox_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_processed_at_created_at_index" on "outbox" ("processed_at", "created_at");`);

    this.addSql(`create table "workflow_case" ("id" uuid not null, "process" varchar(40) not null, "machine_version" int not null, "entity_code" varchar(5) not null, "department_code" varchar(2) not null, "cycle_id" uuid null, "call_id" uuid null, "state" varchar(60) not null, "final" boolean not null, "snapshot" jsonb not null, "version" int not null, "assignee" varchar(200) null, "open_key" varchar(120) null, "created_by" varchar(200) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "workflow_case_pkey" primary key ("id"));`);
    this.addSql(`create index "workflow_case_assignee_index" on "workflow_case" ("assignee");`);
    this.addSql(`alter table "workflow_case" add constraint "workflow_case_open_key_unique" unique ("open_key");`);
    this.addSql(`create index "workflow_case_updated_at_id_index" on "workflow_case" ("updated_at", "id");`);
    this.addSql(`create index "workflow_case_entity_code_process_index" on "workflow_case" ("entity_code", "process");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "case_history" cascade;`);

    this.addSql(`drop table if exists "cofinancing_call" cascade;`);

    this.addSql(`drop table if exists "cycle" cascade;`);

    this.addSql(`drop table if exists "idempotency_key" cascade;`);

    this.addSql(`drop table if exists "outbox" cascade;`);

    this.addSql(`drop table if exists "workflow_case" cascade;`);
  }

}
