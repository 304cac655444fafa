#pragma once
// The children a planner still has to place: the waiting list (by priority) and the children
// without a group in the shown week. Rows drag as ChildDrag payloads.

#include "domain/entities.h"

#include <QAbstractListModel>

namespace samenplan::planning {
class PlanningData;
}

namespace samenplan::ui {

class UnplacedModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { ChildIdRole = Qt::UserRole + 1, WaitingDaysRole, WishedStartRole };

    using QAbstractListModel::QAbstractListModel;

    // Rebuilds from the week's data and the waiting list.
    void reset(const planning::PlanningData &plan, const QList<WaitingListEntry> &waitingList);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    struct Row {
        Child child;
        bool waiting = false;
        QDate wishedStart;
        WeekdayMask days = 0;
        QString groupWish;
        QString note;
    };
    QList<Row> m_rows;
};

} // namespace samenplan::ui
