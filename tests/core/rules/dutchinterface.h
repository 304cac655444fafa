#pragma once
// Dutch for the scope of a test, as samenplan-cli installs it for a Dutch system
// (installTranslations("nl")): Samenplan's Dutch translation and the Dutch locale; English again
// after (catch_main.cpp installs English).

#include "catch.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

class DutchInterface {
public:
    DutchInterface()
    {
        REQUIRE(m_translator.load(QStringLiteral(":/i18n/samenplan_nl.qm")));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    }
    ~DutchInterface()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_locale);
    }
    DutchInterface(const DutchInterface &) = delete;
    DutchInterface &operator=(const DutchInterface &) = delete;

private:
    QTranslator m_translator;
    QLocale m_locale; // the default before
};
