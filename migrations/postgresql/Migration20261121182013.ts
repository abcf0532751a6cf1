import { Migration } from '@mikro-orm/migrations';

export class Migration20261121182013 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "territorial_entity" ("code" varchar(5) not null, "name" varchar(120) not null, "kind" text check ("kind" in ('DEPARTMENT', 'MUNICIPALITY', 'NON_MUNICIPALIZED_AREA')) not null, "department_code" varchar(2) not null, "department_name" varchar(120) not null, "search_name" varchar(120) not null, "latitude" double precision not null, "longitude" double precision not null, constraint "territorial_entity_pkey" primary key ("code"));`);
    this.addSql(`create index "territorial_entity_search_name_code_index" on "territorial_entity" ("search_name", "code");`);
    this.addSql(`create index "territorial_entity_department_code_kind_code_index" on "territorial_entity" ("department_code", "kind", "code");`);
  }

}
