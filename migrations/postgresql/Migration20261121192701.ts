import { Migration } from '@mikro-orm/migrations';

export class Migration20261121192701 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "territorial_entity_department_code_kind_code_index";`);
    this.addSql(`drop index "territorial_entity_search_name_code_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "territorial_entity_department_code_kind_code_index" on "territorial_entity" ("department_code", "kind", "code");`);
    this.addSql(`create index "territorial_entity_search_name_code_index" on "territorial_entity" ("search_name", "code");`);
  }

}
