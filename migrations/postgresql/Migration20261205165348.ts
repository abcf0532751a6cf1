import { Migration } from '@mikro-orm/migrations';

export class Migration20261205165348 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "invitation" ("id" uuid not null, "code_hash" varchar(64) not null, "email" varchar(320) not null, "name" varchar(200) null, "role" varchar(20) not null, "entity_code" varchar(5) null, "invited_by_person_id" uuid null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "accepted_by_person_id" uuid null, "revoked_at" timestamptz null, "mailed_at" timestamptz null, constraint "invitation_pkey" primary key ("id"));`);
    this.addSql(`alter table "invitation" add constraint "invitation_code_hash_unique" unique ("code_hash");`);
    this.addSql(`create index "invitation_entity_code_created_at_index" on "invitation" ("entity_code", "created_at");`);
    this.addSql(`create index "invitation_email_index" on "invitation" ("email");`);

    this.addSql(`create table "membership" ("id" uuid not null, "person_id" uuid not null, "role" varchar(20) not null, "entity_code" varchar(5) null, "started_at" timestamptz not null, "ended_at" timestamptz null, constraint "membership_pkey" primary key ("id"));`);
    this.addSql(`create unique index membership_one_representative on membership (entity_code) where role = 'REPRESENTATIVE' and ended_at is null;`);
    this.addSql(`create unique index membership_one_current on membership (person_id) where ended_at is null;`);
    this.addSql(`create index "membership_entity_code_role_index" on "membership" ("entity_code", "role");`);
    this.addSql(`create index "membership_person_id_started_at_index" on "membership" ("person_id", "started_at");`);

    this.addSql(`create table "membership_event" ("id" uuid not null, "at" timestamptz not null, "actor_person_id" uuid null, "person_id" uuid null, "entity_code" varchar(5) null, "action" varchar(30) not null, "role" varchar(20) null, "reason" text null, constraint "membership_event_pkey" primary key ("id"));`);
    this.addSql(`create index "membership_event_entity_code_at_index" on "membership_event" ("entity_code", "at");`);
    this.addSql(`create index "membership_event_person_id_at_index" on "membership_event" ("person_id", "at");`);

    this.addSql(`create table "notification_delivery" ("id" uuid not null, "notification_id" uuid not null, "person_id" uuid null, "email" varchar(320) not null, "status" varchar(10) not null, "sent_at" timestamptz null, constraint "notification_delivery_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_delivery_status_person_id_index" on "notification_delivery" ("status", "person_id");`);
    this.addSql(`alter table "notification_delivery" add constraint "notification_delivery_notification_id_email_unique" unique ("notification_id", "email");`);

    this.addSql(`create table "person" ("id" uuid not null, "subject" varchar(200) not null, "pseudonym" varchar(20) not null, "email" varchar(320) null, "email_verified" boolean not null default false, "name" varchar(200) null, "contact_email" varchar(320) null, "phone" varchar(40) null, "status" varchar(15) not null, "created_at" timestamptz not null, "last_sign_in_at" timestamptz null, "deactivated_at" timestamptz null, "anonymized_at" timestamptz null, "mail_muted_kinds" text not null default '[]', "mail_digest" boolean not null default false, "entity_mail_opt_in" boolean not null default false, constraint "person_pkey" primary key ("id"));`);
    this.addSql(`alter table "person" add constraint "person_subject_unique" unique ("subject");`);
    this.addSql(`alter table "person" add constraint "person_pseudonym_unique" unique ("pseudonym");`);
    this.addSql(`create index "person_contact_email_index" on "person" ("contact_email");`);
    this.addSql(`create index "person_email_index" on "person" ("email");`);

    this.addSql(`create table "privacy_acceptance" ("id" uuid not null, "person_id" uuid not null, "version" varchar(20) not null, "accepted_at" timestamptz not null, constraint "privacy_acceptance_pkey" primary key ("id"));`);
    this.addSql(`alter table "privacy_acceptance" add constraint "privacy_acceptance_person_id_version_unique" unique ("person_id", "version");`);

    this.addSql(`alter table "notification" add column "mandatory" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invitation" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop table if exists "membership_event" cascade;`);

    this.addSql(`drop table if exists "notification_delivery" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "privacy_acceptance" cascade;`);

    this.addSql(`alter table "notification" drop column "mandatory";`);
  }

}
