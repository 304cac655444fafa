#include "coaching/coachingkindname.h"

#include <QCoreApplication>

namespace samenplan::coaching {
namespace {
class IcsText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::coaching::IcsText)
};
} // namespace

QString coachingKindName(CoachingKind kind)
{
    switch (kind) {
    case CoachingKind::OnTheJob:
        return IcsText::tr("Coaching on the job");
    case CoachingKind::Pedagogical:
        return IcsText::tr("Pedagogical coaching");
    case CoachingKind::Observation:
        return IcsText::tr("Observation");
    case CoachingKind::TeamMeeting:
        return IcsText::tr("Team meeting");
    }
    return {};
}

} // namespace samenplan::coaching
