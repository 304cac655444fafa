#include "coaching/cancelsessiondialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace samenplan::ui {

CancelSessionDialog::CancelSessionDialog(const QString &sessionDescription, QWidget *parent)
    : QDialog(parent), m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Cancel a coaching session"));
    auto *what = new QLabel(sessionDescription, this);
    what->setWordWrap(true);
    QFont bold = what->font();
    bold.setBold(true);
    what->setFont(bold);
    auto *explanation = new QLabel(tr("The session stays in the calendar and the year overview as cancelled, with the reason; "
                                      "it no longer counts as planned coaching."),
                                   this);
    explanation->setWordWrap(true);
    m_reason->setPlaceholderText(tr("e.g. coach ill, group short-staffed"));
    auto *form = new QFormLayout;
    form->addRow(tr("Reason"), m_reason);
    auto *buttons = new QDialogButtonBox(this);
    m_cancelSession = buttons->addButton(tr("Cancel the session"), QDialogButtonBox::AcceptRole);
    QPushButton *keep = buttons->addButton(tr("Keep the session"), QDialogButtonBox::RejectRole);
    keep->setDefault(true);
    m_cancelSession->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_cancelSession->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString CancelSessionDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace samenplan::ui
