#pragma once
// Checks of single records before they are stored: the record's own fields, with nothing else read.
// The check* functions give every problem with the field it is about (the change layer refuses
// with them, the import names the column); the validate* functions give the first problem as one
// readable sentence, or an empty string, for dialogs that say it beside the OK button.

#include "domain/entities.h"
#include "domain/outcome.h"

namespace samenplan {

// Longest texts accepted in a field: names and short codes, and free notes.
inline constexpr int MaxNameLength = 200;
inline constexpr int MaxNoteLength = 4000;
// An expected baby goes on the waiting list at most this many months before its due date.
inline constexpr int MaxMonthsExpected = 10;

Outcome checkChild(const Child &child, const QDate &today);
Outcome checkProvider(const YouthCareProvider &provider);
Outcome checkReferral(const Referral &referral);
Outcome checkWaitingListEntry(const WaitingListEntry &entry);
Outcome checkShift(const Shift &shift);
Outcome checkStaff(const Staff &staff);
Outcome checkAbsence(const Absence &absence);
Outcome checkLocation(const Location &location);
Outcome checkGroup(const Group &group);
Outcome checkExternalCoach(const ExternalCoach &coach);

QString validateChild(const Child &child, const QDate &today);
QString validateProvider(const YouthCareProvider &provider);
QString validateReferral(const Referral &referral);
QString validateWaitingListEntry(const WaitingListEntry &entry);
// A shift that cannot be stored (no staff, no date, ending before it starts, a break outside it).
QString validateShift(const Shift &shift);

// Refuses a text longer than max characters (or with a line break where one line is expected).
void checkText(Outcome &outcome, const QString &field, const QString &text, int max, bool oneLine = true);

} // namespace samenplan
