#pragma once
// The printed coaching year: the legal coach hours against what is planned and held, per location
// and pedagogue, and the coaching on the job by youth-care providers. No focus children.

class QTextDocument;

namespace samenplan {
namespace coaching {
struct CoachingYear;
}
namespace report {

void buildCoachingYear(QTextDocument &document, const coaching::CoachingYear &year);

} // namespace report
} // namespace samenplan
