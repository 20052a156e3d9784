import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'password-reset' BEFORE 'create';
  CREATE TABLE "system_locks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"holder" varchar,
  	"acquired_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone,
  	"requested" numeric DEFAULT 0,
  	"built" numeric DEFAULT 0,
  	"about" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE UNIQUE INDEX "system_locks_name_idx" ON "system_locks" USING btree ("name");
  CREATE INDEX "system_locks_updated_at_idx" ON "system_locks" USING btree ("updated_at");
  CREATE INDEX "system_locks_created_at_idx" ON "system_locks" USING btree ("created_at");
  CREATE INDEX "system_locks_updated_created_idx" ON "system_locks" USING btree ("updated_at","created_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "system_locks" CASCADE;
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('login', 'login-failed', 'logout', 'create', 'submit', 'return', 'publish', 'unpublish', 'trash', 'restore', 'delete', 'role-change', 'export');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";`)
}
