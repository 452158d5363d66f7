ALTER TABLE "call_invitations" ADD COLUMN "browser_key_hash" text;--> statement-breakpoint
ALTER TABLE "call_invitations" ADD COLUMN "guest_name" text;