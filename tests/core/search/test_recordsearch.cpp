#include "catch.h"
#include "demodb.h"

#include "changes/recordchanges.h"
#include "persistence/childrepository.h"
#include "search/recordsearch.h"

using namespace samenplan;
using search::Hit;

namespace {

QStringList titles(const QList<Hit> &hits)
{
    QStringList result;
    for (const Hit &h : hits)
        result << h.title;
    return result;
}

} // namespace

TEST_CASE("Find anything: children, staff, groups and sessions by the start of their words, accents and case ignored",
          "[search]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    const Database &db = *opened.database;

    CHECK(search::foldedText(QStringLiteral("Zoë ÉLIF Çelik")) == QStringLiteral("zoe elif celik"));
    CHECK(search::findRecords(db, QString()).isEmpty());
    CHECK(search::findRecords(db, QStringLiteral("   ")).isEmpty());
    CHECK(search::findRecords(db, QStringLiteral("qqxyz")).isEmpty());

    // A child typed without its accent and in capitals.
    Child zoe;
    zoe.firstName = QStringLiteral("Zoë");
    zoe.lastName = QStringLiteral("van Aalst");
    zoe.birthDate = QDate(2025, 3, 2);
    {
        Transaction tx(db);
        zoe.id = changes::add(db, zoe);
        tx.commit();
    }
    const QList<Hit> zoeHits = search::findRecords(db, QStringLiteral("ZOE aal"));
    REQUIRE(zoeHits.size() == 1);
    CHECK(zoeHits.first().kind == Hit::Kind::Child);
    CHECK(zoeHits.first().id == zoe.id);
    CHECK(zoeHits.first().title == QStringLiteral("Zoë van Aalst"));
    CHECK(zoeHits.first().detail.contains(QStringLiteral("2-3-2025")));

    // A staff member by first name; a coach's sessions by the coach's name, dated.
    const QList<Hit> hanna = search::findRecords(db, QStringLiteral("hanna"));
    REQUIRE_FALSE(hanna.isEmpty());
    CHECK(titles(hanna).contains(QStringLiteral("Hanna Verbeek")));
    // Children first, then staff, then sessions.
    for (qsizetype i = 1; i < hanna.size(); ++i)
        CHECK(int(hanna.at(i - 1).kind) <= int(hanna.at(i).kind));
    int sessions = 0;
    for (const Hit &h : hanna) {
        if (h.kind == Hit::Kind::Session) {
            ++sessions;
            CHECK(h.date.isValid());
            CHECK(h.detail.contains(QStringLiteral("Hanna Verbeek")));
        }
    }
    CHECK(sessions == 3);

    // A group by name; word starts rank before matches inside a word.
    const QList<Hit> groups = search::findRecords(db, QStringLiteral("rups"));
    REQUIRE_FALSE(groups.isEmpty());
    CHECK(groups.first().kind == Hit::Kind::Group);
    CHECK(groups.first().title == QStringLiteral("Rupsjes"));
    const QList<Hit> inside = search::findRecords(db, QStringLiteral("erbeek"));
    REQUIRE_FALSE(inside.isEmpty());
    CHECK(titles(inside).contains(QStringLiteral("Hanna Verbeek")));

    // The limit holds; youth-care status never shows in a hit.
    CHECK(search::findRecords(db, QStringLiteral("e"), 5).size() == 5);
    for (const Hit &h : search::findRecords(db, QStringLiteral("a"), 500)) {
        if (h.kind != Hit::Kind::Child)
            continue;
        CHECK_FALSE(h.detail.contains(QStringLiteral("youth"), Qt::CaseInsensitive));
        CHECK_FALSE(h.detail.contains(QStringLiteral("jeugd"), Qt::CaseInsensitive));
        CHECK_FALSE(h.detail.contains(QStringLiteral("referral"), Qt::CaseInsensitive));
    }
}
