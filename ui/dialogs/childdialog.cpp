#include "dialogs/childdialog.h"

#include "domain/validation.h"
#include "widgets/datefield.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace samenplan::ui {

ChildDialog::ChildDialog(const Child &child, QWidget *parent)
    : FormDialog(parent),
      m_child(child),
      m_firstName(new QLineEdit(child.firstName, this)),
      m_lastName(new QLineEdit(child.lastName, this)),
      m_birthDate(new DateField(child.birthDate, this)),
      m_expected(new QCheckBox(tr("Expected: not born yet (the date is the due date)"), this)),
      m_parentName(new QLineEdit(child.parentName, this)),
      m_parentPhone(new QLineEdit(child.parentPhone, this)),
      m_parentEmail(new QLineEdit(child.parentEmail, this)),
      m_notes(new QPlainTextEdit(child.notes, this))
{
    setWindowTitle(child.id ? tr("Edit %1").arg(child.displayName()) : tr("New child"));
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_birthDate->setObjectName(QStringLiteral("birthDate"));
    m_expected->setObjectName(QStringLiteral("expected"));
    m_notes->setMaximumHeight(90);
    form()->addRow(tr("First name"), m_firstName);
    form()->addRow(tr("Last name"), m_lastName);
    m_expected->setChecked(child.expected);
    m_expected->setToolTip(tr("An expected baby may go on the waiting list; it is placed once born, when its birth date "
                              "is recorded and this mark is off."));
    form()->addRow(tr("Birth date"), m_birthDate);
    form()->addRow(QString(), m_expected);
    form()->addRow(tr("Parent"), m_parentName);
    form()->addRow(tr("Phone"), m_parentPhone);
    form()->addRow(tr("E-mail"), m_parentEmail);
    form()->addRow(tr("Notes"), m_notes);
    for (QLineEdit *edit : {m_firstName, m_lastName})
        connect(edit, &QLineEdit::textChanged, this, &ChildDialog::revalidate);
    connect(m_birthDate, &DateField::dateChanged, this, &ChildDialog::revalidate);
    auto nameTheDate = [this] {
        if (auto *label = qobject_cast<QLabel *>(form()->labelForField(m_birthDate)))
            label->setText(m_expected->isChecked() ? tr("Due date") : tr("Birth date"));
    };
    connect(m_expected, &QCheckBox::toggled, this, [this, nameTheDate] {
        nameTheDate();
        revalidate();
    });
    nameTheDate();
    revalidate();
    m_firstName->setFocus(); // typing starts in the first field, not on Cancel
}

Child ChildDialog::child() const
{
    Child result = m_child;
    result.firstName = m_firstName->text().trimmed();
    result.lastName = m_lastName->text().trimmed();
    result.birthDate = m_birthDate->date();
    result.expected = m_expected->isChecked();
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
