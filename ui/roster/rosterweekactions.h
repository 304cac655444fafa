#pragma once
// The roster's week tools: copy the shown week to another week, save it as a template, apply a
// template to a range of weeks. Each is one undo step on the document's stack; the ask* functions
// first ask for the weeks, the template and whether to replace or add (each question has a Cancel).

#include "domain/entities.h"
#include "roster/weektemplate.h"
#include "util/clock.h"

#include <QCoreApplication>

class QWidget;

namespace samenplan::ui {

class Document;

class RosterWeekActions {
    Q_DECLARE_TR_FUNCTIONS(samenplan::ui::RosterWeekActions)
public:
    // shown: the week the roster shows; dialogParent: the parent of the questions.
    RosterWeekActions(Document &document, const IsoWeek &shown, QWidget *dialogParent);

    void copyTo(const IsoWeek &target, bool replace) const;
    void saveAsTemplate(const QString &name, roster::WeekParity parity) const;
    void applyTemplate(Id templateId, const IsoWeek &first, const IsoWeek &last, bool replace) const;

    void askCopy() const;
    void askSaveTemplate() const;
    void askApplyTemplate() const;

private:
    Document &m_document;
    IsoWeek m_shown;
    QWidget *m_parent;
};

} // namespace samenplan::ui
