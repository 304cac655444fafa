#pragma once

#include "dialogs/choices.h"
#include "dialogs/formdialog.h"
#include "domain/entities.h"

#include <QHash>

class QLineEdit;
class QPlainTextEdit;

namespace samenplan::ui {

class DateField;

// Edits a referral (beschikking). Special-category data: shown here, never printed.
class ReferralDialog : public FormDialog {
    Q_OBJECT
public:
    // trajectoryMonths: each provider's usual trajectory, for the default planned end.
    ReferralDialog(const Referral &referral, const Choices &children, const Choices &providers,
                   const QHash<Id, int> &trajectoryMonths, const Choices &outreachWorkers,
                   const Choices &behaviouralScientists, QWidget *parent = nullptr);
    Referral referral() const;
    QString problem() const override;

private:
    void proposeEnd();

    Referral m_referral;
    QHash<Id, int> m_months;
    bool m_endEdited = false;
    QComboBox *m_child;
    QComboBox *m_provider;
    QLineEdit *m_reference;
    DateField *m_start;
    DateField *m_end;
    QComboBox *m_outreach;
    QComboBox *m_scientist;
    QPlainTextEdit *m_note;
};

} // namespace samenplan::ui
