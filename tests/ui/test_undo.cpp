#include "catch.h"
#include "demodb.h"

#include "commands/recordcommands.h"
#include "persistence/childrepository.h"
#include "persistence/dberror.h"
#include "shell/document.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace samenplan;
using namespace samenplan::ui;

namespace {

// A change that always fails half-way: it writes, then throws.
class FailingCommand : public DatabaseCommand {
public:
    FailingCommand(Document *document, Id childId) : DatabaseCommand(document, QStringLiteral("fail")), m_childId(childId) {}

protected:
    void applyRedo(const Database &db) override
    {
        auto child = ChildRepository(db).find(m_childId);
        child->firstName = QStringLiteral("Half");
        ChildRepository(db).update(*child);
        throw DbError(QStringLiteral("disk full"));
    }
    void applyUndo(const Database &) override {}

private:
    Id m_childId;
};

} // namespace

TEST_CASE("editing a child is one undoable change that persists", "[gui][undo]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    QString error;
    auto document = Document::open(path, false, &error);
    REQUIRE(document);
    const Child before = ChildRepository(document->database()).all().first();
    Child after = before;
    after.firstName = QStringLiteral("Sophie-Anne");
    after.parentPhone = QStringLiteral("06-12345678");

    QSignalSpy changed(document.get(), &Document::changed);
    document->undoStack()->push(new ChangeRecordCommand<Child>(document.get(), QStringLiteral("edit"), before, after));
    CHECK(changed.count() == 1);
    CHECK(ChildRepository(document->database()).find(before.id)->firstName == QStringLiteral("Sophie-Anne"));

    document->undoStack()->undo();
    CHECK(ChildRepository(document->database()).find(before.id)->firstName == before.firstName);
    document->undoStack()->redo();
    CHECK(ChildRepository(document->database()).find(before.id)->parentPhone == QStringLiteral("06-12345678"));

    document.reset();
    auto reopened = Document::open(path, false, &error);
    REQUIRE(reopened);
    CHECK(ChildRepository(reopened->database()).find(before.id)->firstName == QStringLiteral("Sophie-Anne"));
}

TEST_CASE("a failing change is rolled back, reported and not put on the stack", "[gui][undo]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    QString error;
    auto document = Document::open(path, false, &error);
    REQUIRE(document);
    const Child child = ChildRepository(document->database()).all().first();
    QSignalSpy failed(document.get(), &Document::changeFailed);
    document->undoStack()->push(new FailingCommand(document.get(), child.id));
    REQUIRE(failed.count() == 1);
    CHECK(failed.first().first().toString().contains(QStringLiteral("disk full")));
    CHECK(document->undoStack()->count() == 0);
    CHECK(ChildRepository(document->database()).find(child.id)->firstName == child.firstName);
}
