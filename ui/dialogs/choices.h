#pragma once
// Named choices for combo boxes: the id behind each name. A chooser with more than ten entries is
// searchable (widgets/searchablecombo.h).

#include "domain/types.h"
#include "widgets/searchablecombo.h"

#include <QComboBox>
#include <QList>
#include <QString>

#include <utility>

namespace samenplan::ui {

using Choices = QList<std::pair<Id, QString>>;

// Fills the box; with allowNone a first entry stands for "none" (NoId).
inline void fillChoices(QComboBox *box, const Choices &choices, Id current, const QString &none = {})
{
    if (!none.isNull())
        box->addItem(none, QVariant::fromValue<qint64>(NoId));
    for (const auto &[id, name] : choices)
        box->addItem(name, QVariant::fromValue<qint64>(id));
    const int index = box->findData(QVariant::fromValue<qint64>(current));
    box->setCurrentIndex(index >= 0 ? index : 0);
    makeSearchableWhenLong(box);
}

inline Id chosenId(const QComboBox *box)
{
    return box->currentData().toLongLong();
}

} // namespace samenplan::ui
