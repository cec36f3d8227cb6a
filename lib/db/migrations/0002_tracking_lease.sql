CREATE TABLE "tracking_lease" (
	"name" text PRIMARY KEY NOT NULL,
	"held_until" timestamp with time zone NOT NULL,
	"value" jsonb
);
