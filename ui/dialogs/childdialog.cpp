#include "dialogs/childdialog.h"

#include "domain/validation.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace samenplan::ui {

ChildDialog::ChildDialog(const Child &child, QWidget *parent)
    : QDialog(parent),
      m_child(child),
      m_firstName(new QLineEdit(child.firstName, this)),
      m_lastName(new QLineEdit(child.lastName, this)),
      m_birthDate(new QDateEdit(child.birthDate.isValid() ? child.birthDate : QDate::currentDate(), this)),
      m_parentName(new QLineEdit(child.parentName, this)),
      m_parentPhone(new QLineEdit(child.parentPhone, this)),
      m_parentEmail(new QLineEdit(child.parentEmail, this)),
      m_notes(new QPlainTextEdit(child.notes, this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(child.id ? tr("Edit %1").arg(child.displayName()) : tr("New child"));
    m_birthDate->setCalendarPopup(true);
    m_birthDate->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_notes->setMaximumHeight(90);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("First name"), m_firstName);
    form->addRow(tr("Last name"), m_lastName);
    form->addRow(tr("Birth date"), m_birthDate);
    form->addRow(tr("Parent"), m_parentName);
    form->addRow(tr("Phone"), m_parentPhone);
    form->addRow(tr("E-mail"), m_parentEmail);
    form->addRow(tr("Notes"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_firstName, m_lastName})
        connect(edit, &QLineEdit::textChanged, this, &ChildDialog::validate);
    connect(m_birthDate, &QDateEdit::dateChanged, this, &ChildDialog::validate);
    validate();
}

Child ChildDialog::child() const
{
    Child result = m_child;
    result.firstName = m_firstName->text().trimmed();
    result.lastName = m_lastName->text().trimmed();
    result.birthDate = m_birthDate->date();
    result.parentName = m_parentName->text().trimmed();
    result.parentPhone = m_parentPhone->text().trimmed();
    result.parentEmail = m_parentEmail->text().trimmed();
    result.notes = m_notes->toPlainText();
    return result;
}

QString ChildDialog::problem() const
{
    return validateChild(child(), QDate::currentDate());
}

void ChildDialog::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace samenplan::ui
