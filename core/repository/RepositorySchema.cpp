// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/RepositorySchema.h"

namespace isoaudit {

namespace {

// The roles are NOLOGIN groups: the body's administrator grants them to each person's login role (docs/repository.md).
QString createRole(const char* name)
{
    return QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN"
                          " CREATE ROLE %1 NOLOGIN; END IF; END $$")
        .arg(QLatin1String(name));
}

// Version 1: audits, their teams, every row of each audit file (records of every kind, links, population rows) as
// JSON, the append-only trail, attachments deduplicated by SHA-256; row-level security and the triggers that keep
// the trail and signed report revisions as they are, whoever asks.
QStringList version1()
{
    // The teams this role belongs to (directly, or through a group it is a member of); team_member's own policy
    // already limits it to this role's rows.
    const QString myTeams = QStringLiteral("(SELECT tm.team FROM isoaudit.team_member tm)");
    const QString myAudits = QStringLiteral("(SELECT a.uuid FROM isoaudit.audit a WHERE a.team IN %1)").arg(myTeams);
    return {
        QStringLiteral("CREATE TABLE isoaudit.team (name text PRIMARY KEY CHECK (name <> ''),"
                       " description text NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE isoaudit.team_member (team text NOT NULL REFERENCES isoaudit.team(name)"
                       " ON UPDATE CASCADE ON DELETE CASCADE, member name NOT NULL, PRIMARY KEY (team, member))"),
        QStringLiteral("CREATE TABLE isoaudit.audit (uuid text PRIMARY KEY,"
                       " team text NOT NULL REFERENCES isoaudit.team(name) ON UPDATE CASCADE,"
                       " client text NOT NULL DEFAULT '', lead text NOT NULL DEFAULT '',"
                       " audit_type text NOT NULL DEFAULT '', state text NOT NULL DEFAULT '',"
                       " framework text NOT NULL DEFAULT '', start_date date, end_date date,"
                       " file_format integer NOT NULL, trail_seq bigint NOT NULL DEFAULT 0,"
                       " trail_hash text NOT NULL DEFAULT '', next_due date, next_due_type text NOT NULL DEFAULT '',"
                       " checked_out_by name, checked_out_at timestamptz,"
                       " created_at timestamptz NOT NULL DEFAULT now(), created_by name NOT NULL DEFAULT current_user,"
                       " updated_at timestamptz NOT NULL DEFAULT now(), updated_by name NOT NULL DEFAULT current_user)"),
        QStringLiteral("CREATE INDEX audit_state ON isoaudit.audit(state)"),
        QStringLiteral("CREATE INDEX audit_next_due ON isoaudit.audit(next_due)"),
        QStringLiteral("CREATE INDEX audit_team ON isoaudit.audit(team)"),
        // One row of one table of the file: kind = the file's table, key = its primary key's values.
        QStringLiteral("CREATE TABLE isoaudit.record (audit text NOT NULL REFERENCES isoaudit.audit(uuid),"
                       " kind text NOT NULL, key text NOT NULL, data jsonb NOT NULL, blob text,"
                       " PRIMARY KEY (audit, kind, key))"),
        QStringLiteral("CREATE INDEX record_blob ON isoaudit.record(blob) WHERE blob IS NOT NULL"),
        QStringLiteral("CREATE TABLE isoaudit.trail (audit text NOT NULL REFERENCES isoaudit.audit(uuid),"
                       " seq bigint NOT NULL, hash text NOT NULL, data jsonb NOT NULL, PRIMARY KEY (audit, seq))"),
        QStringLiteral("CREATE TABLE isoaudit.attachment_blob (sha256 text PRIMARY KEY"
                       " CHECK (sha256 ~ '^[0-9a-f]{64}$'), size bigint NOT NULL, data bytea NOT NULL)"),

        // The trail is append-only and a signed report revision never changes: triggers, so that even the schema's
        // owner (or a superuser's plain SQL) is refused.
        QStringLiteral("CREATE FUNCTION isoaudit.refuse_trail_change() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN RAISE EXCEPTION 'the audit trail is append-only: % on isoaudit.trail refused', TG_OP"
                       " USING ERRCODE = 'insufficient_privilege'; END $$"),
        QStringLiteral("CREATE TRIGGER trail_append_only BEFORE UPDATE OR DELETE ON isoaudit.trail"
                       " FOR EACH ROW EXECUTE FUNCTION isoaudit.refuse_trail_change()"),
        QStringLiteral("CREATE TRIGGER trail_no_truncate BEFORE TRUNCATE ON isoaudit.trail"
                       " FOR EACH STATEMENT EXECUTE FUNCTION isoaudit.refuse_trail_change()"),
        // A signed revision may only gain its reopening (who, when, why), once; nothing else of it changes.
        QStringLiteral(
            "CREATE FUNCTION isoaudit.guard_signed_revision() RETURNS trigger LANGUAGE plpgsql AS $$"
            " DECLARE reopening text[] := ARRAY['reopened_at','reopened_by','reopen_reason'];"
            " BEGIN"
            "  IF TG_OP = 'TRUNCATE' THEN"
            "   RAISE EXCEPTION 'isoaudit.record holds signed report revisions: TRUNCATE refused'"
            "    USING ERRCODE = 'insufficient_privilege';"
            "  END IF;"
            "  IF OLD.kind = 'report_revision' AND coalesce(OLD.data->>'signed_at', '') <> '' THEN"
            "   IF TG_OP = 'DELETE' OR NEW.audit <> OLD.audit OR NEW.kind <> OLD.kind OR NEW.key <> OLD.key"
            "      OR (OLD.data - reopening) IS DISTINCT FROM (NEW.data - reopening)"
            "      OR (coalesce(OLD.data->>'reopened_at', '') <> ''"
            "          AND (OLD.data -> 'reopened_at', OLD.data -> 'reopened_by', OLD.data -> 'reopen_reason')"
            "              IS DISTINCT FROM (NEW.data -> 'reopened_at', NEW.data -> 'reopened_by',"
            "                                NEW.data -> 'reopen_reason')) THEN"
            "    RAISE EXCEPTION 'report revision % of audit % is signed: % refused', OLD.data->>'revision',"
            "     OLD.audit, TG_OP USING ERRCODE = 'insufficient_privilege';"
            "   END IF;"
            "  END IF;"
            "  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;"
            "  RETURN NEW;"
            " END $$"),
        QStringLiteral("CREATE TRIGGER record_signed_revision BEFORE UPDATE OR DELETE ON isoaudit.record"
                       " FOR EACH ROW EXECUTE FUNCTION isoaudit.guard_signed_revision()"),
        QStringLiteral("CREATE TRIGGER record_no_truncate BEFORE TRUNCATE ON isoaudit.record"
                       " FOR EACH STATEMENT EXECUTE FUNCTION isoaudit.guard_signed_revision()"),

        // Privileges: auditors read and write (never delete an audit or a trail entry), reviewers read.
        QStringLiteral("GRANT USAGE ON SCHEMA isoaudit TO isoaudit_auditor, isoaudit_reviewer"),
        QStringLiteral("GRANT SELECT ON isoaudit.team, isoaudit.team_member, isoaudit.audit, isoaudit.record,"
                       " isoaudit.trail, isoaudit.attachment_blob, isoaudit.schema_version"
                       " TO isoaudit_auditor, isoaudit_reviewer"),
        QStringLiteral("GRANT INSERT, UPDATE ON isoaudit.audit TO isoaudit_auditor"),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON isoaudit.record TO isoaudit_auditor"),
        QStringLiteral("GRANT INSERT ON isoaudit.trail TO isoaudit_auditor"),
        // Attachments are added through one function that checks the bytes against their SHA-256 and skips those
        // already stored (for any team: the bytes are shared, their visibility follows the records that use them).
        QStringLiteral("CREATE FUNCTION isoaudit.store_blob(p_sha256 text, p_data bytea) RETURNS void"
                       " LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$"
                       " BEGIN"
                       "  IF encode(sha256(p_data), 'hex') <> p_sha256 THEN"
                       "   RAISE EXCEPTION 'attachment %: its bytes do not match its SHA-256', p_sha256;"
                       "  END IF;"
                       "  INSERT INTO isoaudit.attachment_blob (sha256, size, data)"
                       "   VALUES (p_sha256, octet_length(p_data), p_data) ON CONFLICT (sha256) DO NOTHING;"
                       " END $$"),
        QStringLiteral("REVOKE ALL ON FUNCTION isoaudit.store_blob(text, bytea) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION isoaudit.store_blob(text, bytea) TO isoaudit_auditor"),

        // Row-level security: an auditor sees and changes the audits of the teams they are in; a reviewer reads
        // the signed audits. The owner (isoaudit_admin) is not subject to it.
        QStringLiteral("ALTER TABLE isoaudit.team_member ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("ALTER TABLE isoaudit.audit ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("ALTER TABLE isoaudit.record ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("ALTER TABLE isoaudit.trail ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("ALTER TABLE isoaudit.attachment_blob ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY own_memberships ON isoaudit.team_member FOR SELECT USING (EXISTS (SELECT 1 FROM"
                       " pg_roles r WHERE r.rolname = member AND pg_has_role(current_user, r.oid, 'MEMBER')))"),
        QStringLiteral("CREATE POLICY team_reads ON isoaudit.audit FOR SELECT TO isoaudit_auditor USING (team IN %1)")
            .arg(myTeams),
        QStringLiteral("CREATE POLICY reviewer_reads_signed ON isoaudit.audit FOR SELECT TO isoaudit_reviewer"
                       " USING (state = 'signed')"),
        QStringLiteral("CREATE POLICY team_adds ON isoaudit.audit FOR INSERT TO isoaudit_auditor"
                       " WITH CHECK (team IN %1)")
            .arg(myTeams),
        QStringLiteral("CREATE POLICY team_updates ON isoaudit.audit FOR UPDATE TO isoaudit_auditor"
                       " USING (team IN %1) WITH CHECK (team IN %1)")
            .arg(myTeams),
        // The rows of an audit follow the audit: visible when the audit is (its own policies decide).
        QStringLiteral("CREATE POLICY visible_audit ON isoaudit.record FOR SELECT"
                       " USING (audit IN (SELECT a.uuid FROM isoaudit.audit a))"),
        QStringLiteral("CREATE POLICY team_writes ON isoaudit.record FOR ALL TO isoaudit_auditor"
                       " USING (audit IN %1) WITH CHECK (audit IN %1)")
            .arg(myAudits),
        QStringLiteral("CREATE POLICY visible_audit ON isoaudit.trail FOR SELECT"
                       " USING (audit IN (SELECT a.uuid FROM isoaudit.audit a))"),
        QStringLiteral("CREATE POLICY team_appends ON isoaudit.trail FOR INSERT TO isoaudit_auditor"
                       " WITH CHECK (audit IN %1)")
            .arg(myAudits),
        QStringLiteral("CREATE POLICY referenced_by_visible_record ON isoaudit.attachment_blob FOR SELECT"
                       " USING (sha256 IN (SELECT r.blob FROM isoaudit.record r WHERE r.blob IS NOT NULL))"),
    };
}

} // namespace

QStringList RepositorySchema::bootstrap()
{
    return {
        createRole("isoaudit_admin"),
        createRole("isoaudit_auditor"),
        createRole("isoaudit_reviewer"),
        QStringLiteral("GRANT isoaudit_admin TO CURRENT_USER"),
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS isoaudit AUTHORIZATION isoaudit_admin"),
        QStringLiteral("SET ROLE isoaudit_admin"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS isoaudit.schema_version (one integer PRIMARY KEY DEFAULT 1"
                       " CHECK (one = 1), version integer NOT NULL)"),
        QStringLiteral("INSERT INTO isoaudit.schema_version (version) VALUES (0) ON CONFLICT DO NOTHING"),
        QStringLiteral("RESET ROLE"),
    };
}

const QList<QStringList>& RepositorySchema::migrations()
{
    static const QList<QStringList> all = {version1()};
    return all;
}

int RepositorySchema::currentVersion()
{
    return static_cast<int>(migrations().size());
}

} // namespace isoaudit
