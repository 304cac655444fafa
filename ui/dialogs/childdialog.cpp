#include "dialogs/childdialog.h"

#include "domain/validation.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace samenplan::ui {

ChildDialog::ChildDialog(const Child &child, QWidget *parent)
    : FormDialog(parent),
      m_child(child),
      m_firstName(new QLineEdit(child.firstName, this)),
      m_lastName(new QLineEdit(child.lastName, this)),
      m_birthDate(new QDateEdit(child.birthDate.isValid() ? child.birthDate : QDate::currentDate(), this)),
      m_parentName(new QLineEdit(child.parentName, this)),
      m_parentPhone(new QLineEdit(child.parentPhone, this)),
      m_parentEmail(new QLineEdit(child.parentEmail, this)),
      m_notes(new QPlainTextEdit(child.notes, this))
{
    setWindowTitle(child.id ? tr("Edit %1").arg(child.displayName()) : tr("New child"));
    m_birthDate->setCalendarPopup(true);
    m_birthDate->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_notes->setMaximumHeight(90);
    form()->addRow(tr("First name"), m_firstName);
    form()->addRow(tr("Last name"), m_lastName);
    form()->addRow(tr("Birth date"), m_birthDate);
    form()->addRow(tr("Parent"), m_parentName);
    form()->addRow(tr("Phone"), m_parentPhone);
    form()->addRow(tr("E-mail"), m_parentEmail);
    form()->addRow(tr("Notes"), m_notes);
    for (QLineEdit *edit : {m_firstName, m_lastName})
        connect(edit, &QLineEdit::textChanged, this, &ChildDialog::revalidate);
    connect(m_birthDate, &QDateEdit::dateChanged, this, &ChildDialog::revalidate);
    revalidate();
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

} // namespace samenplan::ui
