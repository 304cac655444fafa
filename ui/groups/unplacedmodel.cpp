#include "groups/unplacedmodel.h"

#include "groups/childdrag.h"
#include "planning/planningdata.h"
#include "util/datetext.h"
#include "views/weekdays.h"

#include <QLocale>
#include <QSet>

namespace samenplan::ui {

void UnplacedModel::reset(const planning::PlanningData &plan, const QList<WaitingListEntry> &waitingList)
{
    beginResetModel();
    m_rows.clear();
    QSet<Id> listed;
    for (const WaitingListEntry &entry : waitingList) {
        if (!plan.children.contains(entry.childId))
            continue;
        const Group *wish = plan.group(entry.preferredGroupId);
        m_rows.append({plan.children.value(entry.childId), true, entry.wishedStart, entry.days,
                       wish ? wish->name : QString(), entry.note});
        listed.insert(entry.childId);
    }
    QSet<Id> placed;
    for (const Placement &placement : plan.placements)
        placed.insert(placement.childId);
    QList<Child> others;
    for (const Child &child : plan.children) {
        if (!placed.contains(child.id) && !listed.contains(child.id))
            others.append(child);
    }
    std::sort(others.begin(), others.end(), [](const Child &a, const Child &b) {
        return QString::localeAwareCompare(a.displayName(), b.displayName()) < 0;
    });
    for (const Child &child : std::as_const(others))
        m_rows.append({child, false, {}, 0, {}, {}});
    endResetModel();
}

int UnplacedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant UnplacedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = row.child.expected ? tr("%1 (expected %2)").arg(row.child.displayName(), dayAndMonth(row.child.birthDate))
                                                : row.child.displayName();
        if (!row.waiting)
            return tr("%1 · no group").arg(name);
        return tr("%1 · from %2 · %3%4")
            .arg(name, dayAndMonth(row.wishedStart), dayList(row.days),
                 row.groupWish.isEmpty() ? QString() : tr(" · wishes %1").arg(row.groupWish));
    }
    case Qt::ToolTipRole:
        return row.note.isEmpty() ? QVariant() : QVariant(row.note);
    case ChildIdRole:
        return row.child.id;
    case WaitingDaysRole:
        return row.days;
    case WishedStartRole:
        return row.wishedStart;
    default:
        return {};
    }
}

Qt::ItemFlags UnplacedModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList UnplacedModel::mimeTypes() const
{
    return {ChildMimeType};
}

QMimeData *UnplacedModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    return childMimeData({m_rows.at(indexes.first().row()).child.id, NoId});
}

Qt::DropActions UnplacedModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace samenplan::ui
