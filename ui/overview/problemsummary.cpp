#include "overview/problemsummary.h"

#include "planning/planningdata.h"
#include "views/wrappingdelegate.h"

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

QString sectionTitle(Severity severity, int count)
{
    switch (severity) {
    case Severity::Violation:
        return ProblemSummary::tr("Violations (%1)").arg(count);
    case Severity::Allowed:
        return ProblemSummary::tr("Allowed by the rules (%1)").arg(count);
    case Severity::Advice:
        return ProblemSummary::tr("Advice (%1)").arg(count);
    }
    return {};
}

// "Rupsjes · Mon 23 Nov": who or where, and when.
QString placeAndDay(const roster::Problem &problem, const planning::PlanningData &plan)
{
    QString where;
    if (const Group *group = plan.group(problem.groupId))
        where = group->name;
    else if (const Staff *person = plan.staffMember(problem.staffId))
        where = person->name;
    else
        where = ProblemSummary::tr("The location");
    const QString when = problem.date.isValid() ? QLocale().toString(problem.date, QStringLiteral("ddd d MMM"))
                                                : ProblemSummary::tr("the whole week");
    return where + QStringLiteral(" · ") + when;
}

} // namespace

ProblemSummary::ProblemSummary(QWidget *parent) : QWidget(parent), m_counts(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    m_counts->setTextFormat(Qt::RichText);
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setIndentation(16);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setItemDelegate(new WrappingDelegate(m_tree));
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counts);
    layout->addWidget(m_tree, 1);
    auto choose = [this](QTreeWidgetItem *item) {
        const QVariant index = item ? item->data(0, ProblemRole) : QVariant();
        if (index.isValid() && index.toInt() < m_list.problems.size())
            Q_EMIT problemChosen(m_list.problems.at(index.toInt()));
    };
    connect(m_tree, &QTreeWidget::itemActivated, this, choose);
    connect(m_tree, &QTreeWidget::itemClicked, this, choose);
}

void ProblemSummary::clear()
{
    m_list = {};
    m_tree->clear();
    m_counts->clear();
}

void ProblemSummary::setProblems(const roster::ProblemList &list, const planning::PlanningData &plan)
{
    m_tree->clear();
    m_list = list;
    auto chip = [](Severity severity, const QString &text) {
        return QStringLiteral("<span style=\"color:%1\">&#9679;</span>&nbsp;%2").arg(colourOf(severity).name(), text.toHtmlEscaped());
    };
    m_counts->setText(QStringList{chip(Severity::Violation, tr("Violations: %1").arg(list.count(Severity::Violation))),
                                  chip(Severity::Allowed, tr("Allowed: %1").arg(list.count(Severity::Allowed))),
                                  chip(Severity::Advice, tr("Advice: %1").arg(list.count(Severity::Advice)))}
                          .join(QStringLiteral(" &nbsp; ")));
    if (list.problems.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_tree, {tr("No problems this week.")});
        none->setFlags(Qt::ItemIsEnabled);
        return;
    }
    for (Severity severity : {Severity::Violation, Severity::Allowed, Severity::Advice}) {
        if (list.count(severity) == 0)
            continue;
        auto *section = new QTreeWidgetItem(m_tree, {sectionTitle(severity, list.count(severity))});
        QFont bold = section->font(0);
        bold.setBold(true);
        section->setFont(0, bold);
        section->setIcon(0, dot(severity));
        section->setFlags(Qt::ItemIsEnabled);
        // Per group (or person) and day, in the order the list has them within the kind.
        QHash<QString, QTreeWidgetItem *> places;
        for (int i = 0; i < list.problems.size(); ++i) {
            const roster::Problem &problem = list.problems.at(i);
            if (problem.severity != severity)
                continue;
            const QString place = placeAndDay(problem, plan);
            QTreeWidgetItem *&node = places[place];
            if (!node) {
                node = new QTreeWidgetItem(section, {place});
                node->setFlags(Qt::ItemIsEnabled);
            }
            QStringList times;
            for (const TimeRange &span : problem.spans)
                times << formatRange(span);
            const QString text = times.isEmpty() ? problem.title : times.join(QStringLiteral(", ")) + QStringLiteral(": ") + problem.title;
            auto *item = new QTreeWidgetItem(node, {text});
            item->setData(0, ProblemRole, i);
            item->setIcon(0, dot(severity));
            item->setToolTip(0, (problem.details.isEmpty() ? problem.title : problem.details.join(QLatin1Char('\n')))
                                    + QLatin1Char('\n') + tr("Click to show it on the roster."));
        }
        for (QTreeWidgetItem *node : std::as_const(places))
            node->setText(0, node->text(0) + QStringLiteral(" (%1)").arg(node->childCount()));
        section->setExpanded(severity != Severity::Advice);
        for (int n = 0; n < section->childCount(); ++n)
            section->child(n)->setExpanded(severity != Severity::Advice);
    }
}

} // namespace samenplan::ui
