#pragma once
// Who can take over when a colleague is away (issue 14 item 5). For each rostered shift an absence
// leaves uncovered, the colleagues who could work (part of) it: free then (no shift, absence or
// coaching session of their own), counting for the ratio, qualified for the group (VE for a
// pre-school education group; a trainee only beside a qualified colleague that day, rules.md 4.3),
// of the group's location, and with contract hours left that week. Each option is a shift (the
// longest free part of the span, cut to the contract hours left, at least an hour) with what it
// does to the ratio in the span. Ranked: fixed faces of the group's children that day first, then
// the most of the span covered, qualified before trainees, then the most contract hours left.

#include "domain/entities.h"

#include <QList>
#include <QString>

namespace samenplan {

namespace planning {
class PlanningData;
}

namespace roster {

struct ReplacementOption {
    Id staffId = NoId;
    QString name;
    Shift shift;               // the shift to create (no id yet)
    int fixedFaceChildren = 0; // children on the group that day with this colleague as a fixed face
    bool trainee = false;
    int weekMinutes = 0;       // already rostered that ISO week
    int contractMinutes = 0;
    int shortSlotsBefore = 0;  // quarter hours in the span below the ratio without this shift
    int shortSlotsAfter = 0;   // ... and with it
    QString explanation;       // one line: fixed faces, contract hours, the ratio
};

struct ReplacementNeed {
    Shift absentShift;      // the absent colleague's shift
    TimeRange span;         // the part the absence leaves uncovered
    int shortSlots = 0;     // quarter hours in the span below the ratio now
    QList<ReplacementOption> options; // best first
};

// "45 min", "2.5 h" in the interface language.
QString formatDuration(int minutes);

// data must cover the ISO weeks of the absence's days; the absence need not be stored yet.
QList<ReplacementNeed> replacementNeeds(const planning::PlanningData &data, const QList<FixedFace> &fixedFaces,
                                        const Absence &absence);

} // namespace roster
} // namespace samenplan
