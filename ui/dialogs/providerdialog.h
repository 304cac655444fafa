#pragma once

#include "dialogs/formdialog.h"
#include "domain/entities.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace samenplan::ui {

// Edits a youth-care provider or youth and family centre.
class ProviderDialog : public FormDialog {
    Q_OBJECT
public:
    explicit ProviderDialog(const YouthCareProvider &provider, QWidget *parent = nullptr);
    YouthCareProvider provider() const;
    QString problem() const override;

private:
    YouthCareProvider m_provider;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QSpinBox *m_months;
};

} // namespace samenplan::ui
