// The demo organisation. The story: Stichting Kinderopvang De Boomgaard runs Kindcentrum De
// Zonnewijzer in Den Haag. Its pre-school group Zonnestraal keeps four seats for toddlers placed by
// the youth-care provider Jeugdhulp Horizon, whose pedagogue Daan works on the group four hours a
// morning; Horizon's behavioural scientist coaches the group's pedagogues on the job. The
// after-school group Kompas runs the after-school treatment programme: children of 6 to 12 with an
// indication come after school, eat the warm meal that neighbourhood mother Fatima cooks, and go
// home after it; a trajectory lasts nine months. All names are invented.

#include "demo/demodata.h"

#include "demo/demobuilder.h"
#include "persistence/database.h"

namespace samenplan::demo {

void populate(const Database &db, const QDate &anchor)
{
    Transaction transaction(db);
    DemoBuilder builder(db, anchor);
    builder.addOrganisation();
    builder.addStaff();
    builder.addChildren();
    builder.addRoster();
    builder.addCoaching();
    transaction.commit();
}

} // namespace samenplan::demo
