// Date and time fields take what planners type, calendars show week numbers, the week bar shows the
// week's Monday, long choosers are searchable, and a dialog names a field whose text is no date and
// starts the typing in its first field.

#include "catch.h"

#include "dialogs/childdialog.h"
#include "dialogs/choices.h"
#include "dialogs/staffdialog.h"
#include "shell/weekbar.h"
#include "widgets/datefield.h"
#include "widgets/timefield.h"

#include <QCalendarWidget>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace samenplan;
using namespace samenplan::ui;

TEST_CASE("a date field takes typed Dutch dates and the arrow keys", "[gui][input]")
{
    DateField field(QDate(2026, 11, 28));
    field.lineEdit()->selectAll();
    QTest::keyClicks(field.lineEdit(), QStringLiteral("23-11"));
    CHECK(field.date() == QDate(2026, 11, 23));
    QTest::keyClick(field.lineEdit(), Qt::Key_Return);
    CHECK(field.lineEdit()->text() == QStringLiteral("23-11-2026"));

    field.lineEdit()->selectAll();
    QTest::keyClicks(field.lineEdit(), QStringLiteral("2311"));
    CHECK(field.date() == QDate(2026, 11, 23));
    field.lineEdit()->selectAll();
    QTest::keyClicks(field.lineEdit(), QStringLiteral("5-1-2027"));
    CHECK(field.date() == QDate(2027, 1, 5));
    QTest::keyClick(field.lineEdit(), Qt::Key_Up);
    CHECK(field.date() == QDate(2027, 1, 6));
    QTest::keyClick(field.lineEdit(), Qt::Key_PageDown);
    CHECK(field.date() == QDate(2026, 12, 30));

    field.lineEdit()->selectAll();
    QTest::keyClicks(field.lineEdit(), QStringLiteral("31-11-2026"));
    CHECK_FALSE(field.date().isValid());
    CHECK_FALSE(field.hasAcceptableInput());

    DateField end;
    end.setOptional(QStringLiteral("open-ended"));
    CHECK(end.hasAcceptableInput());
    CHECK_FALSE(end.date().isValid());
    CHECK(field.calendar()->verticalHeaderFormat() == QCalendarWidget::ISOWeekNumbers);
    CHECK(field.calendar()->firstDayOfWeek() == Qt::Monday);
}

TEST_CASE("a time field takes 8:30, 830 and 8 and steps a quarter hour", "[gui][input]")
{
    TimeField field(7 * 60 + 30);
    CHECK(field.text() == QStringLiteral("07:30"));
    field.selectAll();
    QTest::keyClicks(&field, QStringLiteral("830"));
    CHECK(field.minutes() == 510);
    QTest::keyClick(&field, Qt::Key_Return);
    CHECK(field.text() == QStringLiteral("08:30"));
    QTest::keyClick(&field, Qt::Key_Up);
    CHECK(field.minutes() == 525);
    field.selectAll();
    QTest::keyClicks(&field, QStringLiteral("18"));
    CHECK(field.minutes() == 18 * 60);
    field.selectAll();
    QTest::keyClicks(&field, QStringLiteral("8:75"));
    CHECK(field.minutes() == -1);
}

TEST_CASE("the week bar shows the Monday of the week", "[gui][input]")
{
    WeekBar bar;
    bar.setDate(QDate(2026, 11, 29)); // a Sunday in week 48
    auto *field = bar.findChild<DateField *>();
    REQUIRE(field);
    CHECK(field->lineEdit()->text() == QStringLiteral("23-11-2026"));
    CHECK(bar.date() == QDate(2026, 11, 29));
    // Typing a date and pressing Enter goes to its week; the field shows that week's Monday.
    field->lineEdit()->selectAll();
    QTest::keyClicks(field->lineEdit(), QStringLiteral("3-12-2026"));
    CHECK(bar.date() == QDate(2026, 11, 29)); // not while typing
    QTest::keyClick(field->lineEdit(), Qt::Key_Return);
    CHECK(bar.date() == QDate(2026, 12, 3));
    CHECK(field->lineEdit()->text() == QStringLiteral("30-11-2026"));
    QTest::keyClick(field->lineEdit(), Qt::Key_Up);
    CHECK(IsoWeek::containing(bar.date()).week == 50);
}

TEST_CASE("a week on or back keeps the weekday, from a weekend day to the Monday", "[gui][input]")
{
    WeekBar bar;
    bar.setDate(QDate(2026, 11, 25)); // a Wednesday
    bar.stepWeeks(1);
    CHECK(bar.date() == QDate(2026, 12, 2));
    bar.stepWeeks(-2);
    CHECK(bar.date() == QDate(2026, 11, 18));
    bar.setDate(QDate(2026, 11, 29)); // a Sunday: the day of the attendance page would be closed
    bar.stepWeeks(1);
    CHECK(bar.date() == QDate(2026, 11, 30));
    bar.setDate(QDate(2026, 11, 28)); // a Saturday
    bar.stepWeeks(-1);
    CHECK(bar.date() == QDate(2026, 11, 16));
}

TEST_CASE("a chooser with more than ten entries is searchable", "[gui][input]")
{
    Choices many;
    for (int i = 1; i <= 12; ++i)
        many.append({i, QStringLiteral("Kind %1").arg(i)});
    many.append({13, QStringLiteral("Marjan Jansen")});
    QComboBox longBox;
    fillChoices(&longBox, many, 13);
    CHECK(longBox.isEditable());
    REQUIRE(longBox.completer());
    CHECK(longBox.completer()->filterMode() == Qt::MatchContains);
    CHECK(chosenId(&longBox) == 13);
    // Text that names no child gives way to the chosen one.
    longBox.lineEdit()->setText(QStringLiteral("nobody"));
    Q_EMIT longBox.lineEdit()->editingFinished();
    CHECK(longBox.currentText() == QStringLiteral("Marjan Jansen"));

    QComboBox shortBox;
    fillChoices(&shortBox, many.mid(0, 5), 1);
    CHECK_FALSE(shortBox.isEditable());
}

TEST_CASE("a dialog names the date field that holds no date and keeps OK off", "[gui][input]")
{
    ChildDialog dialog(Child{});
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    const QList<QLineEdit *> names = dialog.findChildren<QLineEdit *>();
    names.at(0)->setText(QStringLiteral("Sem"));
    names.at(1)->setText(QStringLiteral("Bakker"));
    auto *birth = dialog.findChild<DateField *>();
    REQUIRE(birth);
    birth->lineEdit()->selectAll();
    QTest::keyClicks(birth->lineEdit(), QStringLiteral("30-02-2025"));
    CHECK_FALSE(ok->isEnabled());
    bool named = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        named = named || label->text().startsWith(QStringLiteral("Birth date: type a date"));
    CHECK(named);
    birth->lineEdit()->selectAll();
    QTest::keyClicks(birth->lineEdit(), QStringLiteral("1-6-2025"));
    CHECK(ok->isEnabled());
}

TEST_CASE("a record dialog starts the typing in its first field, so a name with a space never presses Cancel",
          "[gui][input]")
{
    StaffDialog dialog(Staff{}, Choices{});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    auto *name = qobject_cast<QLineEdit *>(dialog.focusWidget());
    REQUIRE(name);
    CHECK_FALSE(buttons->isAncestorOf(name));
    QTest::keyClicks(name, QStringLiteral("Sanne Bakker"));
    CHECK(dialog.isVisible());
    CHECK(name->text() == QStringLiteral("Sanne Bakker"));
    CHECK(dialog.staff().name == QStringLiteral("Sanne Bakker"));

    // Tab leads through the fields to OK and Cancel last, then round to the name.
    QList<QWidget *> order;
    for (QWidget *w = name->nextInFocusChain(); w != name && order.size() < 50; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(&dialog))
            order << w;
    }
    REQUIRE(order.size() >= 3);
    CHECK(order.at(order.size() - 2) == buttons->button(QDialogButtonBox::Ok));
    CHECK(order.last() == buttons->button(QDialogButtonBox::Cancel));
}
