import { Migration } from '@mikro-orm/migrations';

/** An API key may be limited to the SDK's own operations, sent by hash (http/trusted-documents.ts). */
export class Migration0005ApiKeyTrustedDocumentsOnly extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "api_key" add column "trusted_documents_only" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_key" drop column "trusted_documents_only";`);
  }
}
