// Triggers on a PostgreSQL server: every change is attributed, and the other open Samenplans hear of it.
//
// Audit: per transaction and table one audit_log row with the server user (session_user), the time,
// the rows touched (the first ten by number and, for an update, the changed columns; never the
// values, which may be personal data) and how many rows there were. An import of 2,000 placements is
// one row "change placements, 2000 rows", not 2,000 rows. The running count lives in settings local to
// the transaction and is written once, at commit, by a deferred trigger; a user cannot forge it,
// because the audit row it refers to must be listed in audit_pending, which only the owner writes.
//
// Notify: after each statement that changes a table, NOTIFY samenplan_changes with the table's name;
// PostgreSQL delivers it when the transaction commits, once per table.

#include "persistence/database.h"
#include "persistence/migrations.h"
#include "persistence/schematables.h"

namespace samenplan {

void installTableTriggers(const Database &db, const QStringList &tables);

void installServerTriggers(const Database &db, const QStringList &tables)
{
    const QString definer = QStringLiteral("LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS ");
    QStringList statements{
        QStringLiteral("CREATE TABLE audit_pending (audit_id BIGINT PRIMARY KEY, table_name TEXT NOT NULL)"),
        QStringLiteral("CREATE FUNCTION samenplan_audit_row() RETURNS trigger ") + definer + QStringLiteral(R"SQL($$
DECLARE
    tx text := txid_current()::text;
    memo_key text := 'samenplan.audit_' || TG_TABLE_NAME;
    memo text := current_setting(memo_key, true);
    entry bigint;
    n integer;
    changed jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
    what text;
BEGIN
    what := lower(TG_OP) || COALESCE(' #' || (changed ->> 'id'), '');
    IF TG_OP = 'UPDATE' THEN
        what := what || ' (' || COALESCE((SELECT string_agg(a.key, ', ' ORDER BY a.key)
            FROM jsonb_each(to_jsonb(NEW)) a JOIN jsonb_each(to_jsonb(OLD)) b ON b.key = a.key
            WHERE a.value IS DISTINCT FROM b.value AND a.key <> 'row_version'), '') || ')';
    END IF;
    IF memo IS NOT NULL AND split_part(memo, ':', 1) = tx THEN
        entry := split_part(memo, ':', 2)::bigint;
    END IF;
    IF entry IS NOT NULL AND EXISTS (SELECT 1 FROM audit_pending WHERE audit_id = entry) THEN
        n := split_part(memo, ':', 3)::integer + 1;
        PERFORM set_config(memo_key, tx || ':' || entry || ':' || n, true);
        IF n <= 10 THEN
            PERFORM set_config(memo_key || '_detail', current_setting(memo_key || '_detail', true) || '; ' || what, true);
        END IF;
    ELSE
        INSERT INTO audit_log (logged_at, action, detail, changed_by, transaction_id, row_count)
        VALUES (to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                'change ' || TG_TABLE_NAME, what, session_user, tx, 1)
        RETURNING id INTO entry;
        PERFORM set_config(memo_key, tx || ':' || entry || ':1', true);
        PERFORM set_config(memo_key || '_detail', what, true);
        INSERT INTO audit_pending (audit_id, table_name) VALUES (entry, TG_TABLE_NAME);
    END IF;
    RETURN NULL;
END $$)SQL"),
        QStringLiteral("CREATE FUNCTION samenplan_audit_finish() RETURNS trigger ") + definer + QStringLiteral(R"SQL($$
DECLARE
    memo_key text := 'samenplan.audit_' || NEW.table_name;
    n integer := COALESCE(NULLIF(split_part(current_setting(memo_key, true), ':', 3), '')::integer, 1);
BEGIN
    UPDATE audit_log SET row_count = n,
        detail = COALESCE(current_setting(memo_key || '_detail', true), detail)
                 || CASE WHEN n > 10 THEN '; ' || (n - 10) || ' more' ELSE '' END
    WHERE id = NEW.audit_id;
    DELETE FROM audit_pending WHERE audit_id = NEW.audit_id;
    RETURN NULL;
END $$)SQL"),
        QStringLiteral("CREATE CONSTRAINT TRIGGER samenplan_audit_finish AFTER INSERT ON audit_pending "
                       "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION samenplan_audit_finish()"),
        // A row written straight into the log (an erasure) is attributed by the server, not the client;
        // only the owner (copying an organisation's history in) writes rows as they are.
        QStringLiteral("CREATE FUNCTION samenplan_audit_stamp() RETURNS trigger ") + definer + QStringLiteral(R"SQL($$
BEGIN
    IF NOT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'audit_log'::regclass), 'MEMBER') THEN
        NEW.changed_by := session_user;
        NEW.transaction_id := txid_current()::text;
        NEW.logged_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
    END IF;
    RETURN NEW;
END $$)SQL"),
        QStringLiteral("CREATE TRIGGER samenplan_audit_stamp BEFORE INSERT ON audit_log "
                       "FOR EACH ROW EXECUTE FUNCTION samenplan_audit_stamp()"),
        QStringLiteral("CREATE FUNCTION samenplan_notify() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN PERFORM pg_notify('samenplan_changes', TG_TABLE_NAME); RETURN NULL; END $$"),
    };
    execDdl(db, statements);
    QStringList audited;
    for (const QString &table : samenplanTables()) {
        if (table != QLatin1String("audit_log") && tables.contains(table))
            audited << table;
    }
    installTableTriggers(db, audited);
}

void installTableTriggers(const Database &db, const QStringList &tables)
{
    QStringList statements;
    for (const QString &table : tables) {
        statements << QStringLiteral("CREATE TRIGGER samenplan_audit AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                     "FOR EACH ROW EXECUTE FUNCTION samenplan_audit_row()").arg(table)
                   << QStringLiteral("CREATE TRIGGER samenplan_notify AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                     "FOR EACH STATEMENT EXECUTE FUNCTION samenplan_notify()").arg(table);
    }
    execDdl(db, statements);
}

} // namespace samenplan
