CREATE TABLE "emu_resource_policy" (
	"resource_arn" text PRIMARY KEY NOT NULL,
	"policy" text NOT NULL
);
