#include "shell/handbook.h"

#include "util/translations.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace samenplan::ui {

HandbookDialog::HandbookDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Handbook"));
    resize(640, 560);
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *start = buttons->addButton(tr("Contents and shortcuts"), QDialogButtonBox::ActionRole);
    connect(start, &QPushButton::clicked, this, [this] { showPage(QStringLiteral("start")); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
}

QString HandbookDialog::resourceFor(const QString &pageKey, const QString &language)
{
    const QString path = QStringLiteral(":/handbook/%1/%2.html").arg(language, pageKey);
    return QFile::exists(path) ? path : QString();
}

QString HandbookDialog::showPage(const QString &pageKey)
{
    const QString language = interfaceLanguage();
    QString resource = resourceFor(pageKey, language);
    if (resource.isEmpty())
        resource = resourceFor(QStringLiteral("start"), language);
    m_browser->setSource(QUrl(QStringLiteral("qrc") + resource));
    return resource;
}

QString HandbookDialog::currentText() const
{
    return m_browser->toPlainText();
}

} // namespace samenplan::ui
