#include "widgets/searchablecombo.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QCompleter>
#include <QInputDialog>
#include <QLineEdit>

namespace samenplan::ui {

void makeSearchable(QComboBox *box)
{
    if (box->isEditable())
        return;
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    auto *completer = new QCompleter(box->model(), box);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    box->setCompleter(completer);
    box->lineEdit()->setPlaceholderText(QCoreApplication::translate("samenplan::ui::SearchableCombo", "Type to search..."));
    QObject::connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), box, [box](const QModelIndex &index) {
        const int row = box->findText(index.data().toString());
        if (row >= 0)
            box->setCurrentIndex(row);
    });
    // Text that names no entry gives way to the entry chosen before.
    QObject::connect(box->lineEdit(), &QLineEdit::editingFinished, box, [box] {
        const int row = box->findText(box->lineEdit()->text(), Qt::MatchFixedString);
        if (row >= 0)
            box->setCurrentIndex(row);
        else
            box->lineEdit()->setText(box->currentText().isEmpty() ? QString() : box->itemText(box->currentIndex()));
    });
}

void makeSearchableWhenLong(QComboBox *box)
{
    if (box->count() >= SearchableFrom)
        makeSearchable(box);
}

std::optional<int> chooseItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                              int current)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setComboBoxItems(items);
    dialog.setTextValue(items.value(current));
    dialog.setComboBoxEditable(false);
    if (auto *box = dialog.findChild<QComboBox *>()) {
        box->setCurrentIndex(current);
        makeSearchableWhenLong(box);
        box->setMinimumContentsLength(30);
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const int index = items.indexOf(dialog.textValue());
    return index >= 0 ? std::optional<int>(index) : std::nullopt;
}

} // namespace samenplan::ui
