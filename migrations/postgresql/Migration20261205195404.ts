import { Migration } from '@mikro-orm/migrations';

export class Migration20261205195404 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "document" ("id" uuid not null, "purpose" varchar(30) not null, "status" varchar(12) not null, "entity_code" varchar(5) not null, "file_name" varchar(255) not null, "media_type" varchar(120) null, "size" int not null, "sha256" varchar(64) null, "uploaded_by" uuid not null, "uploader_subject" varchar(200) not null, "created_at" timestamptz not null, "checked_at" timestamptz null, "refusal_code" varchar(20) null, "refusal_reason" varchar(500) null, "replaces_id" uuid null, "owner_kind" varchar(30) null, "owner_key" varchar(200) null, "case_id" uuid null, "attached_at" timestamptz null, "attached_by" varchar(200) null, "superseded_by" uuid null, "deleted_at" timestamptz null, constraint "document_pkey" primary key ("id"));`);
    this.addSql(`create index "document_uploaded_by_created_at_index" on "document" ("uploaded_by", "created_at");`);
    this.addSql(`create index "document_case_id_index" on "document" ("case_id");`);
    this.addSql(`create index "document_owner_kind_owner_key_index" on "document" ("owner_kind", "owner_key");`);
    this.addSql(`create index "document_status_created_at_index" on "document" ("status", "created_at");`);

    this.addSql(`create table "document_download" ("id" uuid not null, "document_id" uuid not null, "entity_code" varchar(5) not null, "case_id" uuid null, "person_id" uuid not null, "subject" varchar(200) not null, "role" varchar(40) not null, "at" timestamptz not null, "ip" varchar(64) null, "request_id" varchar(64) null, constraint "document_download_pkey" primary key ("id"));`);
    this.addSql(`create index "document_download_entity_code_at_index" on "document_download" ("entity_code", "at");`);
    this.addSql(`create index "document_download_at_id_index" on "document_download" ("at", "id");`);
    this.addSql(`create index "document_download_document_id_at_index" on "document_download" ("document_id", "at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "document" cascade;`);

    this.addSql(`drop table if exists "document_download" cascade;`);
  }

}
