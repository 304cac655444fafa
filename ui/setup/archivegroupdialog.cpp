#include "setup/archivegroupdialog.h"

#include "util/clock.h"
#include "widgets/datefield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace samenplan::ui {

QDate ArchiveGroupDialog::firstFreeDate(const QList<Placement> &placements, const QDate &notBefore)
{
    QDate free = notBefore;
    for (const Placement &p : placements) {
        if (p.end.isNull())
            return {};
        free = std::max(free, p.end.addDays(1));
    }
    return free;
}

ArchiveGroupDialog::ArchiveGroupDialog(const Group &group, const QList<Placement> &placements,
                                       const QHash<Id, QString> &childNames, QWidget *parent)
    : FormDialog(parent),
      m_group(group),
      m_placements(placements),
      m_names(childNames),
      m_from(new DateField({}, this)),
      m_explanation(new QLabel(this))
{
    setWindowTitle(tr("Archive group %1").arg(group.name));
    const QDate nextMonday = IsoWeek::containing(QDate::currentDate()).monday().addDays(7);
    const QDate free = firstFreeDate(placements, nextMonday);
    m_from->setDate(free.isValid() ? free : nextMonday);
    m_explanation->setWordWrap(true);
    m_explanation->setText(tr("An archived group keeps its history: its placements stay in the records and on earlier "
                              "weeks, but from this date on no child is placed in it and it leaves the board. Restore it "
                              "later from the Location menu if it opens again."));
    m_explanation->setMinimumWidth(420);
    form()->addRow(m_explanation);
    form()->addRow(tr("Archived from"), m_from);
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Archive"));
    connect(m_from, &DateField::dateChanged, this, &ArchiveGroupDialog::revalidate);
    revalidate();
}

QDate ArchiveGroupDialog::from() const
{
    return m_from->date();
}

QString ArchiveGroupDialog::problem() const
{
    const QDate date = from();
    QStringList running;
    for (const Placement &p : m_placements) {
        if (p.end.isNull() || p.end >= date)
            running << m_names.value(p.childId);
    }
    running.removeDuplicates();
    if (running.isEmpty())
        return {};
    return tr("Still placed in %1 on %2: %3. Move these children to another group or end their placements first.")
        .arg(m_group.name, QLocale().toString(date, QLocale::ShortFormat), running.join(QStringLiteral(", ")));
}

} // namespace samenplan::ui
