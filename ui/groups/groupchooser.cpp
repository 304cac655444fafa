#include "groups/groupchooser.h"

#include "widgets/searchablecombo.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace samenplan::ui {

using planning::DropAdvice;

QString GroupChooserDialog::verdictText(const DropAdvice &advice)
{
    switch (advice.kind) {
    case DropAdvice::Kind::Allowed:
        return tr("✓ fits");
    case DropAdvice::Kind::Partial: {
        QStringList days;
        for (const PlacementDay &day : advice.proposal.placement.days)
            days << QLocale().dayName(day.weekday, QLocale::ShortFormat);
        return tr("◐ fits on %1: %2").arg(days.join(QStringLiteral(", ")), advice.leftOut.value(0).message);
    }
    case DropAdvice::Kind::Later:
        return tr("◐ fits from %1: %2")
            .arg(QLocale().toString(advice.proposal.placement.start, QLocale::ShortFormat), advice.verdict.reason());
    case DropAdvice::Kind::Refused:
        return tr("✗ %1").arg(advice.verdict.reason());
    }
    return {};
}

int GroupChooserDialog::preferredIndex(const QList<Option> &options, Id wishedGroup)
{
    auto find = [&](auto accept) {
        for (int i = 0; i < options.size(); ++i)
            if (accept(options.at(i)))
                return i;
        return -1;
    };
    auto fits = [](const Option &o) { return o.advice.kind == DropAdvice::Kind::Allowed; };
    auto helps = [](const Option &o) { return o.advice.kind != DropAdvice::Kind::Refused; };
    for (int index : {find([&](const Option &o) { return o.groupId == wishedGroup && fits(o); }), find(fits),
                      find([&](const Option &o) { return o.groupId == wishedGroup && helps(o); }), find(helps)}) {
        if (index >= 0)
            return index;
    }
    return -1;
}

GroupChooserDialog::GroupChooserDialog(const QString &title, const QString &childName, const QList<Option> &options,
                                       Id wishedGroup, QWidget *parent)
    : QDialog(parent),
      m_options(options),
      m_search(new QLineEdit(this)),
      m_list(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *intro = new QLabel(tr("Group for %1:").arg(childName), this);
    m_search->setPlaceholderText(tr("Search groups..."));
    m_search->setClearButtonEnabled(true);
    m_search->setVisible(options.size() >= SearchableFrom);
    for (const Option &option : options) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(option.name, verdictText(option.advice)), m_list);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(option.groupId));
        item->setToolTip(verdictText(option.advice));
        const bool helps = option.advice.kind != DropAdvice::Kind::Refused;
        item->setForeground(option.advice.kind == DropAdvice::Kind::Allowed ? QColor(0x2e, 0x7d, 0x32)
                            : helps                                         ? QColor(0x8a, 0x4b, 0x00)
                                                                            : QColor(0xb0, 0x00, 0x20));
        if (!helps)
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
    }
    const int preferred = preferredIndex(options, wishedGroup);
    m_list->setCurrentRow(preferred);
    m_list->setWordWrap(true);
    m_list->setMinimumWidth(560);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(preferred >= 0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    if (preferred < 0) {
        auto *none = new QLabel(tr("The child fits in none of the groups now or within a year."), this);
        none->setStyleSheet(QStringLiteral("color: #b00020;"));
        layout->addWidget(none);
    }
    layout->addWidget(m_buttons);
    connect(m_search, &QLineEdit::textChanged, this, &GroupChooserDialog::filter);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosenGroup() != NoId);
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        if (chosenGroup() != NoId)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Id GroupChooserDialog::chosenGroup() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsSelectable) || item->isHidden())
        return NoId;
    return item->data(Qt::UserRole).toLongLong();
}

void GroupChooserDialog::filter(const QString &text)
{
    for (int row = 0; row < m_list->count(); ++row)
        m_list->item(row)->setHidden(!m_options.at(row).name.contains(text.trimmed(), Qt::CaseInsensitive));
}

} // namespace samenplan::ui
