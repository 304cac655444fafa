#pragma once
// The door for erasing a child's personal data on request (AVG/GDPR article 17). What can go goes:
// referrals (special-category data), waiting-list entries, fixed faces, absences, the child as the
// focus of coaching sessions. What the location's history must keep, its placements, stays, but the
// child record they point to is anonymised: "Erased #id", the birth date moved to the first of its
// month (ages stay right to the month), parent, phone, e-mail and notes emptied. The erasure is
// logged without the name.
//
// This is the write only, inside the caller's transaction like every door. To erase for real, so
// that no earlier version of the data stays in the file's free space or journal, call
// privacy::eraseChild (privacy/erasure.h), which runs this with secure_delete and rebuilds the file.

#include "domain/types.h"

namespace samenplan {

class Database;

namespace changes {

// Refuses a child that is not stored (ChangeRefused, rule not-found); throws DbError.
void eraseChild(const Database &db, Id childId);

} // namespace changes
} // namespace samenplan
