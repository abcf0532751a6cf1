import { Migration } from '@mikro-orm/migrations';

export class Migration20261206080114 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "adoption_invitation" ("id" uuid not null, "batch_id" uuid not null, "entity_code" varchar(5) not null, "outcome" varchar(30) not null, "invited_at" timestamptz not null, "invited_by" varchar(200) not null, "since" varchar(10) not null, "fingerprint" varchar(64) not null, "notified_at" timestamptz null, constraint "adoption_invitation_pkey" primary key ("id"));`);
    this.addSql(`create index "adoption_invitation_outcome_notified_at_index" on "adoption_invitation" ("outcome", "notified_at");`);
    this.addSql(`create index "adoption_invitation_entity_code_outcome_invited_at_index" on "adoption_invitation" ("entity_code", "outcome", "invited_at");`);
    this.addSql(`alter table "adoption_invitation" add constraint "adoption_invitation_batch_id_entity_code_unique" unique ("batch_id", "entity_code");`);

    this.addSql(`create table "open_data_file" ("key" varchar(100) not null, "dataset" varchar(100) not null, "media_type" varchar(100) not null, "body" text not null, "etag" varchar(80) not null, "byte_size" int not null, "generated_at" timestamptz not null, constraint "open_data_file_pkey" primary key ("key"));`);
    this.addSql(`create index "open_data_file_dataset_index" on "open_data_file" ("dataset");`);

    this.addSql(`alter table "action_plan" add column "published_at" timestamptz null, add column "published_by" varchar(200) null;`);

    this.addSql(`alter table "cofinancing_call" add column "corrections_term_months" int null, add column "eligibility_review_term_days" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "adoption_invitation" cascade;`);

    this.addSql(`drop table if exists "open_data_file" cascade;`);

    this.addSql(`alter table "action_plan" drop column "published_at", drop column "published_by";`);

    this.addSql(`alter table "cofinancing_call" drop column "corrections_term_months", drop column "eligibility_review_term_days";`);
  }

}
