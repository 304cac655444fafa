#pragma once
// Wraps an item's text to the width of its tree (QTreeView's own rows keep one height for a
// wrapped text). The tree lays its items out again when its width changes (installs a filter).

#include <QStyledItemDelegate>

class QTreeView;

namespace samenplan::ui {

class WrappingDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit WrappingDelegate(QTreeView *tree);
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeView *m_tree;
};

} // namespace samenplan::ui
