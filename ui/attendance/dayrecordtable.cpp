#include "attendance/dayrecordtable.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samenplan::ui {

DayRecordTable::DayRecordTable(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_table(new QTableWidget(0, 5, this))
{
    m_summary->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("From"), tr("Children"), tr("Required"), tr("Present"), tr("State")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void DayRecordTable::clear()
{
    m_summary->clear();
    m_table->setRowCount(0);
}

QString DayRecordTable::summary() const
{
    return m_summary->text();
}

void DayRecordTable::show(const attendance::DayRecord &record)
{
    QString status;
    if (!record.opening)
        status = tr("Closed: %1.").arg(record.dayInfo.reason);
    else if (!record.registered)
        status = tr("Plan: nothing registered for this day yet.");
    else if (record.day.closed())
        status = tr("Record closed by %1 on %2.").arg(record.day.closedBy, QLocale().toString(record.day.closedAt.toLocalTime(), QLocale::ShortFormat));
    else
        status = tr("Record, not yet closed.");
    if (record.opening)
        status += QLatin1Char(' ') + tr("%1 minutes below the ratio, %2 allowed.").arg(record.deviationMinutes).arg(record.allowanceMinutes)
                  + (record.violation() ? QLatin1Char(' ') + tr("Not within the rules.") : QString());
    m_summary->setText(status);
    m_table->setRowCount(int(record.quarters.size()));
    for (int row = 0; row < record.quarters.size(); ++row) {
        const attendance::RecordQuarter &q = record.quarters.at(row);
        const QColor colour = q.state == attendance::QuarterState::Met ? QColor(0xd7, 0xf0, 0xd9)
            : q.state == attendance::QuarterState::Allowed             ? QColor(0xff, 0xe9, 0xb8)
                                                                       : QColor(0xf7, 0xc6, 0xc6);
        const QStringList cells{formatMinutes(q.from), QString::number(q.children), QString::number(q.required),
                                QString::number(q.present), attendance::quarterStateName(q.state)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setBackground(colour);
            item->setForeground(Qt::black);
            m_table->setItem(row, column, item);
        }
    }
}

} // namespace samenplan::ui
