#pragma once

#include <QString>

class QCoreApplication;

namespace samenplan {

// "nl" or "en": the language chosen in the settings, else Dutch when the system speaks Dutch,
// else English.
QString preferredLanguage();
void setPreferredLanguage(const QString &language); // "" follows the system

// Drops Qt's notices about a missing XDG_RUNTIME_DIR and the offscreen platform's size hints, so that the only lines on standard
// error are Samenplan's own messages (scripts read them). Every other message passes through.
void installMessageFilter();

// Installs Samenplan's and Qt's own translations for the language on the application.
void installTranslations(QCoreApplication &app, const QString &language);
// The language the interface speaks in this run ("nl" or "en"): the one installed, which --language
// may have chosen for this run only; preferredLanguage() before anything is installed.
QString interfaceLanguage();

} // namespace samenplan
