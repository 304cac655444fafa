#pragma once
// F1: a short handbook per page, shipped inside the application (no network), in the language the
// interface speaks. Pages link to each other and to the start page with the keyboard shortcuts.

#include <QDialog>

class QTextBrowser;

namespace samenplan::ui {

class HandbookDialog : public QDialog {
    Q_OBJECT
public:
    explicit HandbookDialog(QWidget *parent = nullptr);
    // Shows the handbook page for a page key ("roster", "groups", ...); the start page for an
    // unknown key. Returns the resource shown.
    QString showPage(const QString &pageKey);
    QString currentText() const;

    // The resource of a page's handbook in a language ("nl", "en"); empty when there is none.
    static QString resourceFor(const QString &pageKey, const QString &language);

private:
    QTextBrowser *m_browser;
};

} // namespace samenplan::ui
