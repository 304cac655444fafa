#pragma once

#include "dialogs/choices.h"

#include <QDialog>

class QListWidget;

namespace samenplan::ui {

// Chooses the children a staff member is a fixed face for.
class FixedFacesDialog : public QDialog {
    Q_OBJECT
public:
    FixedFacesDialog(const QString &staffName, const Choices &children, const QList<Id> &checked, QWidget *parent = nullptr);
    QList<Id> chosen() const;

private:
    QListWidget *m_list;
};

} // namespace samenplan::ui
