#pragma once

#include "dialogs/choices.h"
#include "dialogs/formdialog.h"
#include "domain/entities.h"

class QCheckBox;
class QLineEdit;

namespace samenplan::ui {

// Adds or edits a coach from outside: a youth-care or youth and family centre professional who
// coaches on the job without being rostered staff.
class ExternalCoachDialog : public FormDialog {
    Q_OBJECT
public:
    ExternalCoachDialog(const ExternalCoach &coach, const Choices &providers, QWidget *parent = nullptr);
    ExternalCoach coach() const;
    QString problem() const override;

private:
    ExternalCoach m_coach;
    QLineEdit *m_name;
    QLineEdit *m_organisation;
    QComboBox *m_kind;
    QComboBox *m_provider;
    QLineEdit *m_email;
    QCheckBox *m_qualified;
};

} // namespace samenplan::ui
