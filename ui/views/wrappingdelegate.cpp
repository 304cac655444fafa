#include "views/wrappingdelegate.h"

#include <QEvent>
#include <QTreeView>

namespace samenplan::ui {

WrappingDelegate::WrappingDelegate(QTreeView *tree) : QStyledItemDelegate(tree), m_tree(tree)
{
    tree->installEventFilter(this);
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    int depth = 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++depth;
    const int icon = item.icon.isNull() ? 0 : item.decorationSize.width() + 6;
    const int width = std::max(80, m_tree->viewport()->width() - (depth + 1) * m_tree->indentation() - icon - 8);
    const QRect text = item.fontMetrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, item.text);
    return QSize(width, text.height() + 6);
}

bool WrappingDelegate::eventFilter(QObject *watched, QEvent *event)
{
    // Rows wrap to the width: lay them out again when it changes.
    if (watched == m_tree && event->type() == QEvent::Resize)
        m_tree->doItemsLayout();
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace samenplan::ui
