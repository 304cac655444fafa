#pragma once
// Long choosers are searchable: a combo box with more than ten entries takes typed text and lists
// the entries that contain it anywhere ("jan" finds "Jansen" and "Marjan"); leaving the field with
// text that names no entry puts back the chosen one, so the choice is always an entry.

#include <QStringList>

#include <optional>

class QComboBox;
class QWidget;

namespace samenplan::ui {

inline constexpr int SearchableFrom = 11; // more than ten entries

// Makes the box searchable (whatever its size); the entries must be in it already.
void makeSearchable(QComboBox *box);
// Makes it searchable when it has more than ten entries.
void makeSearchableWhenLong(QComboBox *box);

// QInputDialog::getItem with a searchable list when it is long; the index chosen, or nullopt on Cancel.
std::optional<int> chooseItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                              int current = 0);

} // namespace samenplan::ui
