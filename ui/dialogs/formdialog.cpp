#include "dialogs/formdialog.h"

#include "widgets/datefield.h"
#include "widgets/timefield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace samenplan::ui {

FormDialog::FormDialog(QWidget *parent)
    : QDialog(parent),
      m_form(new QFormLayout),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

namespace {

void collectFields(QLayoutItem *item, QList<QWidget *> &fields)
{
    if (!item)
        return;
    if (QWidget *widget = item->widget()) {
        if (qobject_cast<DateField *>(widget) || qobject_cast<TimeField *>(widget))
            fields << widget;
        for (DateField *date : widget->findChildren<DateField *>())
            fields << date;
        for (TimeField *time : widget->findChildren<TimeField *>())
            fields << time;
    } else if (QLayout *layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i)
            collectFields(layout->itemAt(i), fields);
    }
}

} // namespace

QString FormDialog::inputProblem() const
{
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QList<QWidget *> fields;
        collectFields(m_form->itemAt(row, QFormLayout::FieldRole), fields);
        const auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)
                                                       ? m_form->itemAt(row, QFormLayout::LabelRole)->widget()
                                                       : nullptr);
        QString name = label ? label->text() : QString();
        name.remove(QLatin1Char('&'));
        for (QWidget *field : std::as_const(fields)) {
            if (!field->isEnabled() || field->isHidden())
                continue;
            if (const auto *date = qobject_cast<DateField *>(field); date && !date->hasAcceptableInput())
                return name.isEmpty() ? tr("Type a date such as 23-11-2026.")
                                      : tr("%1: type a date such as 23-11-2026.").arg(name);
            if (const auto *time = qobject_cast<TimeField *>(field); time && time->minutes() < 0)
                return name.isEmpty() ? tr("Type a time such as 8:30.") : tr("%1: type a time such as 8:30.").arg(name);
        }
    }
    return {};
}

void FormDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_focusPlaced)
        return;
    m_focusPlaced = true;
    // This base makes its buttons before a form's fields exist, so they would lead the tab order
    // and take the first focus: a name typed with a space would press Cancel.
    QList<QWidget *> fields;
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(this) && !m_buttons->isAncestorOf(w))
            fields << w;
    }
    if (fields.isEmpty())
        return;
    QWidget *previous = fields.last();
    for (QPushButton *button : {m_buttons->button(QDialogButtonBox::Ok), m_buttons->button(QDialogButtonBox::Cancel)}) {
        QWidget::setTabOrder(previous, button);
        previous = button;
    }
    if (!focusWidget() || m_buttons->isAncestorOf(focusWidget()))
        fields.first()->setFocus(Qt::TabFocusReason);
}

void FormDialog::revalidate()
{
    QString text = inputProblem();
    if (text.isEmpty())
        text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace samenplan::ui
