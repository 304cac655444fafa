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

void installTranslations(QCoreApplication &app, const QString &language)
{
    if (language != QLatin1String("nl"))
        return;
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/samenplan_nl.qm")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::Dutch), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
}

} // namespace samenplan
