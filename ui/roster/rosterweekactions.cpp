#include "roster/rosterweekactions.h"

#include "commands/recordcommands.h"
#include "commands/staffcommands.h"
#include "persistence/shiftrepository.h"
#include "persistence/templaterepository.h"
#include "planning/planningdata.h"
#include "roster/groupday.h"
#include "shell/document.h"
#include "widgets/searchablecombo.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace samenplan::ui {
namespace {

std::optional<IsoWeek> askWeek(QWidget *parent, const QString &title, const QString &label, const IsoWeek &suggested)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, suggested.toString(), &ok);
    if (!ok)
        return std::nullopt;
    const auto week = IsoWeek::parse(text);
    if (!week)
        QMessageBox::warning(parent, title, RosterWeekActions::tr("%1 is not a week such as 2026-W48.").arg(text));
    return week;
}

// Replace (true), add (false), or nothing (Cancel).
std::optional<bool> askReplace(QWidget *parent, const QString &title)
{
    QMessageBox box(QMessageBox::Question, title, RosterWeekActions::tr("Those weeks may have shifts already. Replace them, or add "
                                                                        "these shifts to them?"),
                    QMessageBox::Cancel, parent);
    QPushButton *replace = box.addButton(RosterWeekActions::tr("Replace"), QMessageBox::DestructiveRole);
    QPushButton *add = box.addButton(RosterWeekActions::tr("Add"), QMessageBox::AcceptRole);
    box.setDefaultButton(add);
    box.exec();
    if (box.clickedButton() == replace)
        return true;
    if (box.clickedButton() == add)
        return false;
    return std::nullopt;
}

} // namespace

RosterWeekActions::RosterWeekActions(Document &document, const IsoWeek &shown, QWidget *dialogParent)
    : m_document(document), m_shown(shown), m_parent(dialogParent)
{
}

void RosterWeekActions::copyTo(const IsoWeek &target, bool replace) const
{
    const IsoWeek source = m_shown;
    const ShiftRepository shifts(m_document.database());
    const QList<Shift> copies = roster::withoutClosedDays(roster::copyShifts(shifts.between(source.monday(), source.day(7)), source, target),
                                                          planning::PlanningData::load(m_document.database(), target.monday(), target.day(7)));
    const QList<Shift> replaced = replace ? shifts.between(target.monday(), target.day(7)) : QList<Shift>();
    m_document.undoStack()->push(new AddShiftsCommand(&m_document, tr("copy week %1 to %2").arg(source.week).arg(target.week),
                                                       copies, replaced));
}

void RosterWeekActions::saveAsTemplate(const QString &name, roster::WeekParity parity) const
{
    const IsoWeek week = m_shown;
    roster::WeekTemplate weekTemplate;
    weekTemplate.name = name;
    weekTemplate.parity = parity;
    weekTemplate.shifts = roster::templateFromShifts(ShiftRepository(m_document.database()).between(week.monday(), week.day(7)));
    m_document.undoStack()->push(new AddRecordCommand<roster::WeekTemplate>(
        &m_document, tr("save template %1").arg(name), weekTemplate));
}

void RosterWeekActions::applyTemplate(Id templateId, const IsoWeek &first, const IsoWeek &last, bool replace) const
{
    const auto weekTemplate = TemplateRepository(m_document.database()).find(templateId);
    if (!weekTemplate)
        return;
    const QList<Shift> added = roster::withoutClosedDays(roster::shiftsFromTemplate(*weekTemplate, first, last),
                                                         planning::PlanningData::load(m_document.database(), first.monday(), last.day(7)));
    QList<Shift> replaced;
    if (replace) {
        for (const Shift &shift : ShiftRepository(m_document.database()).between(first.monday(), last.day(7))) {
            if (roster::parityMatches(weekTemplate->parity, IsoWeek::containing(shift.date)))
                replaced.append(shift);
        }
    }
    m_document.undoStack()->push(new AddShiftsCommand(&m_document, tr("apply template %1").arg(weekTemplate->name), added, replaced));
}

void RosterWeekActions::askCopy() const
{
    const IsoWeek next = IsoWeek::containing(m_shown.monday().addDays(7));
    const auto target = askWeek(m_parent, tr("Copy week"), tr("Copy this week's shifts to week:"), next);
    if (!target)
        return;
    if (const auto replace = askReplace(m_parent, tr("Copy week")))
        copyTo(*target, *replace);
}

void RosterWeekActions::askSaveTemplate() const
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_parent, tr("Save as template"), tr("Name of the template:"), QLineEdit::Normal,
                                               tr("Standard week"), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    const QStringList parities{tr("Every week"), tr("Odd weeks"), tr("Even weeks")};
    const QString parity = QInputDialog::getItem(m_parent, tr("Save as template"), tr("For:"), parities, 0, false, &ok);
    if (ok)
        saveAsTemplate(name, roster::WeekParity(parities.indexOf(parity)));
}

void RosterWeekActions::askApplyTemplate() const
{
    const QList<roster::WeekTemplate> templates = TemplateRepository(m_document.database()).all();
    if (templates.isEmpty()) {
        QMessageBox::information(m_parent, tr("Apply template"), tr("Save a week as a template first."));
        return;
    }
    QStringList names;
    for (const roster::WeekTemplate &t : templates)
        names << t.name;
    const auto chosenIndex = chooseItem(m_parent, tr("Apply template"), tr("Template:"), names);
    if (!chosenIndex)
        return;
    const QString chosen = names.at(*chosenIndex);
    const auto first = askWeek(m_parent, tr("Apply template"), tr("From week:"), m_shown);
    const auto last = first ? askWeek(m_parent, tr("Apply template"), tr("Until week:"), *first) : std::nullopt;
    if (!first || !last)
        return;
    if (const auto replace = askReplace(m_parent, tr("Apply template")))
        applyTemplate(templates.at(names.indexOf(chosen)).id, *first, *last, *replace);
}

} // namespace samenplan::ui
