#include "util/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace samenplan {

QString preferredLanguage()
{
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    if (chosen == QLatin1String("nl") || chosen == QLatin1String("en"))
        return chosen;
    return QLocale::system().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

void setPreferredLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QStringLiteral("language"));
    else
        settings.setValue(QStringLiteral("language"), language);
}

static QtMessageHandler previousHandler = nullptr;

static void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg
        && (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))
            || message == QLatin1String("This plugin does not support propagateSizeHints()")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

void installMessageFilter()
{
    previousHandler = qInstallMessageHandler(filterMessages);
}

namespace {
QString &installedLanguage()
{
    static QString language;
    return language;
}
} // namespace

QString interfaceLanguage()
{
    return installedLanguage().isEmpty() ? preferredLanguage() : installedLanguage();
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    installedLanguage() = language == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("en");
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/samenplan_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    if (language != QLatin1String("nl"))
        return; // English: only the plural forms above
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::Dutch), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
}

} // namespace samenplan
