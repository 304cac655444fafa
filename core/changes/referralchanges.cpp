// The door for youth-care providers and referrals (beschikkingen).

#include "changes/doorsupport.h"
#include "changes/keptreads.h"
#include "changes/recordchanges.h"

#include "domain/validation.h"
#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/placementrepository.h"
#include "persistence/providerrepository.h"
#include "persistence/referralrepository.h"
#include "persistence/staffrepository.h"
#include "util/datetext.h"

#include <QLocale>

namespace samenplan::changes {
namespace {

void checkProviderName(const Database &db, const YouthCareProvider &provider)
{
    enforce(checkProvider(provider));
    const auto same = reads::providerNamed(db, provider.name.trimmed());
    if (same && same->id != provider.id)
        refuse(doorrule::Duplicate, QStringLiteral("name"),
               DoorText::tr("A provider called %1 already exists.").arg(provider.name.trimmed()));
}

// Every youth-care placement of the child must start within one of its referrals: a seat is taken
// only with an active referral (rules.md section 3).
void checkSeatsKeepReferral(const Database &db, Id childId, const QList<Referral> &referrals)
{
    for (const Placement &placement : PlacementRepository(db).ofChild(childId)) {
        if (placement.kind != PlacementKind::YouthCare)
            continue;
        bool covered = false;
        for (const Referral &referral : referrals)
            covered = covered || referral.activeOn(placement.start);
        if (!covered)
            refuse(doorrule::Referral, QStringLiteral("planned_end"),
                   DoorText::tr("The youth-care placement from %1 takes its seat with this referral; end or change "
                                "that placement first.")
                       .arg(shortDate(placement.start)));
    }
}

void checkReferralLinks(const Database &db, const Referral &referral)
{
    enforce(checkReferral(referral));
    stored(reads::child(db, referral.childId), QStringLiteral("child"));
    stored(reads::provider(db, referral.providerId), QStringLiteral("provider"));
    for (Id staffId : {referral.outreachWorkerId, referral.behaviouralScientistId}) {
        if (staffId != NoId)
            stored(reads::staff(db, staffId), QStringLiteral("staff"));
    }
}

} // namespace

Id add(const Database &db, const YouthCareProvider &provider)
{
    checkProviderName(db, provider);
    YouthCareProvider added = provider;
    added.id = NoId;
    added.name = provider.name.trimmed();
    added.id = ProviderRepository(db).insert(added);
    reads::added(db, added);
    return added.id;
}

void update(const Database &db, const YouthCareProvider &provider)
{
    stored(ProviderRepository(db).find(provider.id), QStringLiteral("provider"));
    checkProviderName(db, provider);
    reads::changed(db);
    ProviderRepository(db).update(provider);
}

void remove(const Database &db, const YouthCareProvider &provider)
{
    if (ProviderRepository(db).usageCount(provider.id) > 0)
        refuse(doorrule::InUse, QStringLiteral("provider"),
               DoorText::tr("%1 still has referrals or staff; it cannot be removed.").arg(provider.name));
    reads::changed(db);
    ProviderRepository(db).remove(provider.id);
}

Id add(const Database &db, const Referral &referral)
{
    checkReferralLinks(db, referral);
    const Child child = stored(reads::child(db, referral.childId), QStringLiteral("child"));
    checkLongerPlaces(db, child.id, child.birthDate, reads::referralsOf(db, child.id) << referral,
                      QStringLiteral("planned_end"));
    Referral added = referral;
    added.id = ReferralRepository(db).insert(referral);
    reads::added(db, added);
    return added.id;
}

void update(const Database &db, const Referral &referral)
{
    const Referral before = stored(ReferralRepository(db).find(referral.id), QStringLiteral("referral"));
    checkReferralLinks(db, referral);
    // The referrals of the child it belonged to, after the change.
    QList<Referral> after = ReferralRepository(db).ofChild(before.childId);
    after.removeIf([&](const Referral &r) { return r.id == referral.id; });
    if (referral.childId == before.childId)
        after.append(referral);
    checkSeatsKeepReferral(db, before.childId, after);
    const Child child = stored(ChildRepository(db).find(before.childId), QStringLiteral("child"));
    checkLongerPlaces(db, child.id, child.birthDate, after, QStringLiteral("planned_end"));
    if (referral.childId != before.childId) {
        const Child other = stored(ChildRepository(db).find(referral.childId), QStringLiteral("child"));
        checkLongerPlaces(db, other.id, other.birthDate, ReferralRepository(db).ofChild(other.id) << referral,
                          QStringLiteral("child"));
    }
    reads::changed(db);
    ReferralRepository(db).update(referral);
}

void remove(const Database &db, const Referral &referral)
{
    const Referral before = stored(ReferralRepository(db).find(referral.id), QStringLiteral("referral"));
    QList<Referral> others = ReferralRepository(db).ofChild(before.childId);
    others.removeIf([&](const Referral &r) { return r.id == referral.id; });
    checkSeatsKeepReferral(db, before.childId, others);
    reads::changed(db);
    ReferralRepository(db).remove(referral.id);
}

} // namespace samenplan::changes
