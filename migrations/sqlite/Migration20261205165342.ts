import { Migration } from '@mikro-orm/migrations';

export class Migration20261205165342 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`invitation\` (\`id\` text not null, \`code_hash\` text not null, \`email\` text not null, \`name\` text null, \`role\` text not null, \`entity_code\` text null, \`invited_by_person_id\` text null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`accepted_at\` datetime null, \`accepted_by_person_id\` text null, \`revoked_at\` datetime null, \`mailed_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create unique index \`invitation_code_hash_unique\` on \`invitation\` (\`code_hash\`);`);
    this.addSql(`create index \`invitation_entity_code_created_at_index\` on \`invitation\` (\`entity_code\`, \`created_at\`);`);
    this.addSql(`create index \`invitation_email_index\` on \`invitation\` (\`email\`);`);

    this.addSql(`create table \`membership\` (\`id\` text not null, \`person_id\` text not null, \`role\` text not null, \`entity_code\` text null, \`started_at\` datetime not null, \`ended_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create unique index membership_one_representative on membership (entity_code) where role = 'REPRESENTATIVE' and ended_at is null;`);
    this.addSql(`create unique index membership_one_current on membership (person_id) where ended_at is null;`);
    this.addSql(`create index \`membership_entity_code_role_index\` on \`membership\` (\`entity_code\`, \`role\`);`);
    this.addSql(`create index \`membership_person_id_started_at_index\` on \`membership\` (\`person_id\`, \`started_at\`);`);

    this.addSql(`create table \`membership_event\` (\`id\` text not null, \`at\` datetime not null, \`actor_person_id\` text null, \`person_id\` text null, \`entity_code\` text null, \`action\` text not null, \`role\` text null, \`reason\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`membership_event_entity_code_at_index\` on \`membership_event\` (\`entity_code\`, \`at\`);`);
    this.addSql(`create index \`membership_event_person_id_at_index\` on \`membership_event\` (\`person_id\`, \`at\`);`);

    this.addSql(`create table \`notification_delivery\` (\`id\` text not null, \`notification_id\` text not null, \`person_id\` text null, \`email\` text not null, \`status\` text not null, \`sent_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`notification_delivery_status_person_id_index\` on \`notification_delivery\` (\`status\`, \`person_id\`);`);
    this.addSql(`create unique index \`notification_delivery_notification_id_email_unique\` on \`notification_delivery\` (\`notification_id\`, \`email\`);`);

    this.addSql(`create table \`person\` (\`id\` text not null, \`subject\` text not null, \`pseudonym\` text not null, \`email\` text null, \`email_verified\` integer not null default false, \`name\` text null, \`contact_email\` text null, \`phone\` text null, \`status\` text not null, \`created_at\` datetime not null, \`last_sign_in_at\` datetime null, \`deactivated_at\` datetime null, \`anonymized_at\` datetime null, \`mail_muted_kinds\` text not null default '[]', \`mail_digest\` integer not null default false, \`entity_mail_opt_in\` integer not null default false, primary key (\`id\`));`);
    this.addSql(`create unique index \`person_subject_unique\` on \`person\` (\`subject\`);`);
    this.addSql(`create unique index \`person_pseudonym_unique\` on \`person\` (\`pseudonym\`);`);
    this.addSql(`create index \`person_contact_email_index\` on \`person\` (\`contact_email\`);`);
    this.addSql(`create index \`person_email_index\` on \`person\` (\`email\`);`);

    this.addSql(`create table \`privacy_acceptance\` (\`id\` text not null, \`person_id\` text not null, \`version\` text not null, \`accepted_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`privacy_acceptance_person_id_version_unique\` on \`privacy_acceptance\` (\`person_id\`, \`version\`);`);

    this.addSql(`alter table \`notification\` add column \`mandatory\` integer not null default false;`);
  }

}
