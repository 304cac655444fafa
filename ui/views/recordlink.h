#pragma once
// A pointer to something a page can show: the overview and the Ctrl+K search ask the main window
// to open it, the window picks the page that shows that kind, sets the week and lets it select
// the record. Carries database ids, never pointers.

#include "domain/types.h"
#include "roster/problemlist.h"

#include <QDate>
#include <QMetaType>

#include <optional>

namespace samenplan::ui {

struct RecordLink {
    enum class Kind { Child, Staff, Group, Session, Referral, WaitingListEntry, Problem };
    Kind kind = Kind::Child;
    Id id = NoId;
    QDate date;                             // the week to show it in, when that matters
    std::optional<roster::Problem> problem; // Kind::Problem: where it is fixed on the roster
};

} // namespace samenplan::ui

Q_DECLARE_METATYPE(samenplan::ui::RecordLink)
