CREATE TABLE "emu_change_set" (
	"change_set_id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"name" text NOT NULL,
	"intent" text DEFAULT 'APPLY' NOT NULL,
	"status" text NOT NULL,
	"failure_code" text,
	"failure_description" text,
	"entity_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"changes" jsonb NOT NULL,
	"client_token" text,
	"request_hash" text,
	"step_ms" integer NOT NULL,
	"start_time" timestamp with time zone NOT NULL,
	"end_time" timestamp with time zone,
	"next_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "emu_entity" (
	"entity_id" text PRIMARY KEY NOT NULL,
	"entity_type" text NOT NULL,
	"account_id" text NOT NULL,
	"title" text,
	"visibility" text NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"services" text DEFAULT '' NOT NULL,
	"details" jsonb NOT NULL,
	"last_modified" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "emu_image" (
	"repository" text NOT NULL,
	"tag" text NOT NULL,
	"digest" text NOT NULL,
	"vulnerable" boolean DEFAULT false NOT NULL,
	"pushed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emu_image_repository_tag_pk" PRIMARY KEY("repository","tag")
);
--> statement-breakpoint
CREATE TABLE "emu_tag" (
	"resource_arn" text NOT NULL,
	"key" text NOT NULL,
	"value" text NOT NULL,
	CONSTRAINT "emu_tag_resource_arn_key_pk" PRIMARY KEY("resource_arn","key")
);
--> statement-breakpoint
CREATE INDEX "emu_cs_start_idx" ON "emu_change_set" USING btree ("start_time","change_set_id");--> statement-breakpoint
CREATE INDEX "emu_cs_end_idx" ON "emu_change_set" USING btree ("end_time","change_set_id");--> statement-breakpoint
CREATE INDEX "emu_cs_status_idx" ON "emu_change_set" USING btree ("status","start_time");--> statement-breakpoint
CREATE INDEX "emu_cs_name_idx" ON "emu_change_set" USING btree ("name");--> statement-breakpoint
CREATE INDEX "emu_cs_entity_ids_idx" ON "emu_change_set" USING gin ("entity_ids");--> statement-breakpoint
CREATE INDEX "emu_cs_next_idx" ON "emu_change_set" USING btree ("next_at") WHERE "emu_change_set"."next_at" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "emu_cs_token_uq" ON "emu_change_set" USING btree ("account_id","client_token");--> statement-breakpoint
CREATE INDEX "emu_entity_type_modified_idx" ON "emu_entity" USING btree ("entity_type","last_modified","entity_id");--> statement-breakpoint
CREATE INDEX "emu_entity_type_title_idx" ON "emu_entity" USING btree ("entity_type","title");--> statement-breakpoint
CREATE INDEX "emu_entity_type_visibility_idx" ON "emu_entity" USING btree ("entity_type","visibility");