#include "roster/problemlistview.h"

#include "planning/planningdata.h"
#include "views/wrappingdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace samenplan::ui {
namespace {

QColor colourOf(Severity severity)
{
    switch (severity) {
    case Severity::Violation:
        return QColor(0xc6, 0x28, 0x28);
    case Severity::Allowed:
        return QColor(0xf5, 0xa6, 0x23);
    case Severity::Advice:
        return QColor(0x60, 0x7d, 0x8b);
    }
    return {};
}

QColor backgroundOf(Severity severity)
{
    switch (severity) {
    case Severity::Violation:
        return QColor(0xf8, 0xd0, 0xd0);
    case Severity::Allowed:
        return QColor(0xff, 0xf0, 0xc8);
    case Severity::Advice:
        return QColor(0xe3, 0xea, 0xee);
    }
    return {};
}

QIcon dot(Severity severity)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colourOf(severity));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

// "do 26 nov · Rupsjes · 07:30–16:30": when and where, as far as the problem says.
QString whenAndWhere(const roster::Problem &problem, const planning::PlanningData &data)
{
    QStringList parts;
    parts << (problem.date.isValid() ? QLocale().toString(problem.date, QStringLiteral("ddd d MMM"))
                                     : ProblemListView::tr("This week"));
    const Staff *person = data.staffMember(problem.staffId);
    const Group *group = data.group(problem.groupId);
    if (person)
        parts << person->name;
    else if (group)
        parts << group->name;
    QStringList times;
    for (const TimeRange &span : problem.spans)
        times << formatRange(span); // 07:30-09:00: a hyphen before a digit never breaks the line
    if (!times.isEmpty())
        parts << times.join(QStringLiteral(", "));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

ProblemListView::ProblemListView(QWidget *parent) : QWidget(parent), m_counts(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setWordWrap(true);
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setIndentation(14);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setItemDelegate(new WrappingDelegate(m_tree));
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counts);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QVariant index = item ? item->data(0, ProblemRole) : QVariant();
        if (index.isValid() && index.toInt() < m_list.problems.size())
            Q_EMIT problemChosen(m_list.problems.at(index.toInt()));
    });
}

void ProblemListView::clear()
{
    m_list = {};
    m_tree->clear();
    m_counts->clear();
}

QTreeWidgetItem *ProblemListView::section(Severity severity) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, SectionRole).isValid() && item->data(0, SectionRole).toInt() == int(severity))
            return item;
    }
    return nullptr;
}

QTreeWidgetItem *ProblemListView::addSection(Severity severity, int count)
{
    auto *item = new QTreeWidgetItem(m_tree);
    switch (severity) {
    case Severity::Violation:
        item->setText(0, tr("Violations (%1)").arg(count));
        item->setToolTip(0, tr("Against the rules: must be fixed."));
        break;
    case Severity::Allowed:
        item->setText(0, tr("Allowed by the rules (%1)").arg(count));
        item->setToolTip(0, tr("Below a norm, but within what the rules allow: the three-hour rule, or a fixed face "
                               "replaced during illness or leave."));
        break;
    case Severity::Advice:
        item->setText(0, tr("Advice (%1)").arg(count));
        item->setToolTip(0, tr("Worth a look, not against the rules."));
        break;
    }
    item->setData(0, SectionRole, int(severity));
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setBackground(0, backgroundOf(severity));
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

void ProblemListView::setProblems(const roster::ProblemList &list, const planning::PlanningData &plan)
{
    const QSignalBlocker quiet(m_tree);
    m_tree->clear();
    m_list = list;
    const int violations = list.count(Severity::Violation);
    const int allowed = list.count(Severity::Allowed);
    const int advice = list.count(Severity::Advice);
    auto chip = [](Severity severity, const QString &text) {
        return QStringLiteral("<span style=\"color:%1\">&#9679;</span>&nbsp;%2").arg(colourOf(severity).name(), text.toHtmlEscaped());
    };
    m_counts->setText(QStringList{chip(Severity::Violation, tr("Violations: %1").arg(violations)),
                                  chip(Severity::Allowed, tr("Allowed: %1").arg(allowed)),
                                  chip(Severity::Advice, tr("Advice: %1").arg(advice))}
                          .join(QStringLiteral(" &nbsp; ")));
    if (list.problems.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_tree, {tr("No problems found.")});
        none->setFlags(Qt::ItemIsEnabled);
        return;
    }
    QTreeWidgetItem *parent = nullptr;
    for (int i = 0; i < list.problems.size(); ++i) {
        const roster::Problem &problem = list.problems.at(i);
        if (!parent || parent->data(0, SectionRole).toInt() != int(problem.severity))
            parent = addSection(problem.severity, list.count(problem.severity));
        auto *item = new QTreeWidgetItem(parent, {whenAndWhere(problem, plan) + QLatin1Char('\n') + problem.title});
        item->setIcon(0, dot(problem.severity));
        item->setData(0, ProblemRole, i);
        item->setToolTip(0, problem.details.isEmpty() ? problem.title : problem.details.join(QLatin1Char('\n')));
        for (const QString &detail : problem.details) {
            auto *line = new QTreeWidgetItem(item, {detail});
            line->setData(0, ProblemRole, i);
            line->setToolTip(0, detail);
        }
    }
    // What must be fixed and what the rules allow are open; advice waits until asked for.
    for (Severity severity : {Severity::Violation, Severity::Allowed}) {
        if (QTreeWidgetItem *open = section(severity))
            open->setExpanded(true);
    }
}

} // namespace samenplan::ui
