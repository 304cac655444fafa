#pragma once
// "Place in group..." and "Move to group...": every group with what the rules say of the child in
// it (fits, fits on some days or from a later date, or does not fit and why). The wished group is
// chosen when it fits, else the first group that does; a long list can be searched.

#include "placement/dropadvice.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace samenplan::ui {

class GroupChooserDialog : public QDialog {
    Q_OBJECT
public:
    struct Option {
        Id groupId = NoId;
        QString name; // with its location when there are several
        planning::DropAdvice advice;
    };

    GroupChooserDialog(const QString &title, const QString &childName, const QList<Option> &options, Id wishedGroup,
                       QWidget *parent = nullptr);
    Id chosenGroup() const;
    // The entry chosen first: the wished group when it fits as asked, else the first that fits as
    // asked, else the wished or first group where some days or a later date fit.
    static int preferredIndex(const QList<Option> &options, Id wishedGroup);
    static QString verdictText(const planning::DropAdvice &advice);

private:
    void filter(const QString &text);

    QList<Option> m_options;
    QLineEdit *m_search;
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace samenplan::ui
