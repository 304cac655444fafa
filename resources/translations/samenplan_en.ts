<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>samenplan::Database</name>
    <message>
        <source>The file %1 cannot be read as a database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Samenplan database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged and cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was made by a newer Samenplan (database version %2); this version reads up to version %3. Please update Samenplan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is read-only; Samenplan needs to write to it. Make a writable copy or change the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not carry out a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not start a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a device, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a socket, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link that leads round in a loop (through other links back to itself), not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds data that breaks the rules of a Samenplan database (%2); it was changed outside Samenplan or is damaged, and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds other tables; Samenplan needs an empty database of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has no Samenplan data yet; create it with samenplan-cli server init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not a Samenplan database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds a Samenplan database (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was made by a newer Samenplan (database version %2); this version reads up to version %3. Please update Samenplan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Samenplan cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is missing (on Debian and Ubuntu: the package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::DatabaseCopy</name>
    <message>
        <source>The two databases have different versions (%1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination refused the table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of the table %1 could not be copied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source and the destination are the same database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds data; copy only into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::DatabaseLock</name>
    <message>
        <source>The file %1 is already open in another Samenplan (perhaps under another name). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is already open here (perhaps under another name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be locked for writing; is its folder writable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is already open in another Samenplan (process %2). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is open in Samenplan on the computer %2 (process %3). Close it there first. If Samenplan no longer runs there (that computer was switched off or Samenplan stopped unexpectedly), delete the file %4 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::OutputPathText</name>
    <message>
        <source>No output file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link that loops back on itself; give another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database %2 itself; writing there would destroy it. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a working file of the database %2; writing there would damage the database. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ServerAddress</name>
    <message>
        <source>%1 is not a server address; write it as postgresql://USER@HOST:PORT/DATABASE or postgresql:///DATABASE?host=/SOCKET/FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server address must not hold a password; Samenplan reads it from PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port %1 in the server address is not a port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address has an unknown setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address %1 names no database; add it after the host, as in postgresql://HOST/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 asks for a password that was not accepted or not given; put it in ~/.pgpass or PGPASSWORD (never in the address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::Types</name>
    <message>
        <source>Day care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-school care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-school (VE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pedagogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pedagogue in training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth-care pedagogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioural scientist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer / neighbourhood mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::Validation</name>
    <message>
        <source>The first name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is more than 18 years ago; childcare ends at 13.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trajectory lasts 1 to 60 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the youth-care provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral&apos;s reference is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral needs a start and a planned end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned end lies before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wished start is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who works this shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift&apos;s date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift ends at %1, before it starts at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The break ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The break %1 falls outside the shift %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is %1 characters long; at most %2 fit here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text must fit on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract has 0 to 60 hours a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absence needs a first and a last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day lies before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours of the absence end before they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location&apos;s name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an LRK number (6 to 12 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening hours close before they open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the group&apos;s location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age range must run from a lower to a higher age, up to 13 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group takes 1 to 30 children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The youth-care seats must be 0 up to the group&apos;s maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group&apos;s hours end after they start, within the day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::attendance::RecordText</name>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three-hour rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>violation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::calendar::DayText</name>
    <message>
        <source>Closing day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::calendar::HolidayText</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>King&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::calendar::IcsImportText</name>
    <message>
        <source>%1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too large to be a holiday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event %2: no start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event %2: no name (SUMMARY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event %2 (%3): longer than any school holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no events in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::capacity::FitText</name>
    <message>
        <source>The location is closed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 falls outside the opening hours (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps no youth-care seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child is past the group&apos;s age range (%1 to %2 months) from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child reaches the group&apos;s age range (%1 to %2 months) on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child has no referral running on or after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A youth-care seat can be taken from the referral&apos;s start on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is after the %1 months looked ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room before the child leaves the group&apos;s age range on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seat is free before the referral ends on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room within %1 months (on %2 with this child: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room until %1 (with this child: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes children aged %2 to %3; the child is not that age within %4 months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::changes::DoorText</name>
    <message>
        <source>%1 has placements, which the location&apos;s records keep; end the placements, or erase the child&apos;s personal data on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external coach no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists; another change removed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LRK number %1 already belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A placement in %1 on %2 (%3) falls outside the new opening hours; change that placement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location already has a group called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has groups; remove or move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placements do not fit the new limits: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has placements; a group with children moves to another location only by moving the children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has placements, which the location&apos;s records keep; it cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider called %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The youth-care placement from %1 takes its seat with this referral; end or change that placement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has referrals or staff; it cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift of the template has impossible times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template called %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the staff list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has shifts, which the roster&apos;s records keep; remove the shifts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of %1 is closed; give a reason to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance is registered on the day or after it, not ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrival time is not a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child leaves after arriving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already registered as present from %2 that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time on the floor ends after it starts, within the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already registered on the floor from %2 to %3 that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added: arrived %2, left %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: arrived %2, left %3 (was %4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed (was arrived %2, left %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added on the floor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the floor %2 (was %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed from the floor (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff are registered for this day already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of this day is closed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record closed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of this day is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records between 12 and 120 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holiday ends on or after its first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school holiday lasts at most a hundred days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school year is written as 2026-2027.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed on that day already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place in %1 would then stay taken after %2, but the group has no room for it: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::changes::PlacementChangeText</name>
    <message>
        <source>The placement no longer exists (number %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::cli</name>
    <message>
        <source>Usage: samenplan-cli COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans childcare groups, youth-care seats, staff rosters and coaching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this help and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run samenplan-cli COMMAND --help for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 (see samenplan-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command %1 (see samenplan-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new database file, empty or with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new Samenplan database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill it with a demo organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data around this date (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: give exactly one database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: %1 is not a valid date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: --date goes with --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff-child ratio for the ages of the children present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places, youth-care seats and required staff per group on a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a group&apos;s children and days for a week to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a week&apos;s roster against the staff-child ratio and the other rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the weekly roster as PDF and/or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coaching year, or the sessions as an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import groups, placements, staff and shifts from CSV, all or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export children, placements, staff, the roster or occupancy as CSV or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything held about one child, or erase the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: the demo around %1 would have children born after today; choose a date up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School holidays per region and public holidays of a school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day record per group for the inspector, as JSON or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a child fits: per group the earliest start on the wished days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How full each group is per month and weekday in the coming months, and who leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a whole organisation from a file to a server or back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a database on a PostgreSQL server (server init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a whole organisation from a file to a server or back, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file or server address to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database file, or an empty database on a server (postgresql://...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy: give a source and a destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the Samenplan schema in an empty database on a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server init: give exactly one server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server init: %1 is not a server address (postgresql://...); for a file use samenplan-cli init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the Samenplan database (version %1) in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: samenplan-cli server init URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a Samenplan database on a PostgreSQL server. URL is postgresql://USER@HOST:PORT/DATABASE or postgresql:///DATABASE?host=/SOCKET/FOLDER; the password comes from PGPASSWORD or ~/.pgpass, never from the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the Samenplan schema in an empty database on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: give init, then the server address (see samenplan-cli server --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::cli::BkrText</name>
    <message>
        <source>no ages given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an age in whole years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age %1 is outside %2 (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff-child ratio (BKR) for the children present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dagopvang or bso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages in completed years, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day (default: today); chooses the rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read one list of ages per line; answer one JSON object per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bkr: unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bkr: --setting dagopvang|bso is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bkr: unknown setting %1 (dagopvang or bso)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bkr: %1 is not a valid date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bkr: give either --ages or --stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bkr: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Required: %n professional(s)</source>
        <translation>
            <numerusform>Required: %n professional</numerusform>
            <numerusform>Required: %n professionals</numerusform>
        </translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::cli::CheckCliText</name>
    <message>
        <source>Check a week&apos;s roster against the staff-child ratio and the other rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO week, e.g. 2026-W48</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: give exactly one database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: --week YYYY-Www is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: %1 is not a week such as 2026-W48</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samenplan::cli::CoachingCliText</name>
    <message>
        <source>The coaching year, or the coaching sessions as an iCalendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the sessions to this iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this coach&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the focus child&apos;s name (private: only when asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coaching: give exactly one database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coaching: %1 is not a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coaching: give --year YYYY, or --ics OUT.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coaching: --coach and --with-focus-child go with --ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching %1: required %2 h, planned %3 h, held %4 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coaching yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::cli::DayRecordCliText</name>
    <message>
        <source>dayrecord: %1 is not a number of months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day records are kept %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 rows of expired day records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day record per group: who was there and the staff-child ratio per quarter hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day, e.g. 2026-11-23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the record as PDF (A4, one group a page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep day records this many months (12 to 120; default 24)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the day records older than the retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dayrecord: give exactly one database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dayrecord: --date YYYY-MM-DD is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dayrecord: no group called %1 (groups: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 children, %2 staff, %3 min below the ratio (%4 allowed)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, violation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::cli::ExportCliText</name>
    <message>
        <source>Export a table as CSV (&apos;;&apos;, UTF-8 with BOM) or all tables as XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children, placements, staff, roster or occupancy (XLSX: all when not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day (and its week for the roster); default today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include youth-care fields (special-category data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: give exactly one database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: give either --csv or --xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: unknown table %1 (choose from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --csv needs --table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1 is not a valid date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::cli::FitCliText</name>
    <message>
        <source>When a child fits: per group the earliest start on the wished days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The (expected) birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wished weekdays, e.g. ma,di</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours on those days (default: opening hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wished start (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A youth-care seat instead of a regular place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit: give exactly one database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit: --birth-date YYYY-MM-DD and --days are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit: %1 is not a valid date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit: %1 are not weekdays (ma,di,wo,do,vr,za,zo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit: %1 is not a time range (HH:MM-HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit: there is no group called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing fits within 24 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::cli::ForecastCliText</name>
    <message>
        <source>How full each group is per month and weekday, and who leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first month (default: this month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of months (default 12, at most 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list children whose trajectory ends (special-category data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if the waiting list were placed at its earliest fits (nothing is stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: give exactly one database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: %1 is not a month (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: --months takes a number from 1 to 60, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: there is no group called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if: %1 in %2 (%3) from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if: %1 fits nowhere within 24 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves: %1 (last day %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::cli::GroupListCliText</name>
    <message>
        <source>Print a group&apos;s children and days for a week to PDF (no youth-care information).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO week, e.g. 2026-W48</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grouplist: give exactly one database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grouplist: --group, --week and --pdf are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grouplist: %1 is not a week such as 2026-W48</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grouplist: no group called %1 (groups: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::cli::HolidaysCliText</name>
    <message numerus="yes">
        <source>Imported %n holiday(s).</source>
        <translation>
            <numerusform>Imported %n holiday.</numerusform>
            <numerusform>Imported %n holidays.</numerusform>
        </translation>
    </message>
    <message>
        <source>School holidays per region and public holidays of a school year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (optional: without it, the holidays shipped with Samenplan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school year, e.g. 2026-2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday region: noord, midden or zuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the events of an iCalendar file as holidays of the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holidays: give at most one database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holidays: --region noord, midden or zuid is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holidays: %1 is not a region (noord, midden, zuid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holidays: --import-ics needs the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holidays: --school-year such as 2026-2027 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school holidays registered for %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::cli::ImportCliText</name>
    <message>
        <source>Import groups, placements, staff and shifts from CSV files, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check everything, write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: give exactly one database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%n problem; nothing was imported.</numerusform>
            <numerusform>%n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 group(s), %2 child(ren) in %3 placement(s), %4 staff, %5 shift(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 group(s), %2 child(ren) in %3 placement(s), %4 staff, %5 shift(s) would be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance CSV (child;date;arrived;left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: give at least one of --groups, --placements, --staff, --shifts and --attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %n child day(s).</source>
        <translation>
            <numerusform>Attendance: %n child day.</numerusform>
            <numerusform>Attendance: %n child days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samenplan::cli::OccupancyCliText</name>
    <message>
        <source>Places, youth-care seats and required staff per group on a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupancy: give exactly one database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupancy: --date YYYY-MM-DD is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupancy: %1 is not a valid date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regular %1/%2, youth-care seats %3/%4, required staff %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::cli::PrivacyCliText</name>
    <message>
        <source>Export everything held about one child, or erase the child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s first and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date, when two children share a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the data as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the data as a readable PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the child: remove what can go, anonymise the placements, log it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy: give one database file and --child NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy: give --json and/or --pdf, or --erase alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy: %1 is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy: no child called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy: %1 children are called %2; add --birth-date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased %1; the placements are kept without personal data, and the erasure is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup made before the last import, %1, held %2 too; erased there as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy: the backup made before the last import, %1, may still hold %2: it could not be erased there (%3). Delete that file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::cli::RosterCliText</name>
    <message>
        <source>The database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO week, e.g. 2026-W48</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster: give exactly one database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster: --week and at least one of --pdf and --csv are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster: %1 is not a week such as 2026-W48</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the weekly roster as a PDF (A4 landscape: lists by staff and by group, or time bars for the wall) and/or a CSV file (one row per shift).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s layout: list (by staff and by group, the default) or wall (time bars per person, for the wall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster: --layout is wall or list, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster: --layout chooses the layout of --pdf; give --pdf too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::coaching::CoachingText</name>
    <message>
        <source>the coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the pedagogues off the floor for coaching, %1 falls below the staff-child ratio beyond what the three-hour rule allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coaching session is planned on a day %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is coached on %2 but not rostered there at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has two coaching sessions at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is rostered on another group during the coaching session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::coaching::IcsText</name>
    <message>
        <source>Coaching on the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pedagogical coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no coach called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pedagogues: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus child: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::coaching::SeriesText</name>
    <message>
        <source>The session&apos;s date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ends at %1, before it starts at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the coach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one pedagogue to coach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a pedagogue, so cannot be coached as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coach cannot coach themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the cancellation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::io::CsvText</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 columns: this is not an import table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a file but a folder, a pipe or a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB: this is not an import table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::io::DecodeText</name>
    <message>
        <source>this is not a text file (it contains binary data: byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is marked as UTF-8, but byte %1 is not UTF-8: save the file again as UTF-8 (in Excel: CSV UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1 is not UTF-8, while the rest of the file is: save the file again as UTF-8 (in Excel: CSV UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1 is neither UTF-8 nor Windows-1252 text: save the file again as UTF-8 (in Excel: CSV UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::io::ExportText</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::io::ImportText</name>
    <message>
        <source>missing column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column %2 is not used and was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not dagopvang, bso or peutergroep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an age in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an age above the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a group size of 1 to 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of seats within the group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a closing time after the opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group called %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the child&apos;s first and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD or DD-MM-YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; are not days such as ma,di,wo or mon,tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time range such as 07:30-18:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate row (the same as line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role such as pedagogue or pedagogisch-medewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes, no or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown staff member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an end after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a break such as 12:30-13:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown child %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 children are called %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time after the arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no placement on %2; give the group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::planning::CapacityText</name>
    <message>
        <source>%1: %2 children in youth-care seats at %3, the group keeps %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 regular children at %3, the group has %4 regular places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 children at %3, the group takes at most %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::planning::OccupancyText</name>
    <message>
        <source>%1 children at one moment, more than the group&apos;s maximum of %2 (from %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 children in youth-care seats at one moment, but the group keeps %2 (from %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 regular children at one moment, but the group has %2 regular places (from %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The children present in the %1 are more than the staff-child ratio table allows in one group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a youth-care seat without an active referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trajectory of %1 ends on %2: extend it, continue as a regular placement, or end it with a follow-up note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a regular child in a youth-care seat (override: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the group&apos;s age range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 outgrows the group on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turns %2 on %3: plan the move to the next group or to out-of-school care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is placed in %2 groups this week; at most two are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also placed in another group this week; that needs the parents&apos; written consent for an agreed period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::planning::PlacementText</name>
    <message>
        <source>The start date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours on %1 end before they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location is closed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 falls outside the opening hours (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 months old on %3; %4 takes children from %5 to %6 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps no youth-care seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no active referral on %2, so cannot take a youth-care seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already placed in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day is given twice or does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not born yet on %2; a child is placed once born.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 outgrows %2 on %3; plan the move before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a regular child in a youth-care seat (override: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trajectory of %1 ends on %2: extend it, continue as a regular placement, or end it with a follow-up note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is in %3 then (%4); a child is in one group at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be in %2 groups in one week; at most two are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also placed in another group; that needs the parents&apos; written consent for an agreed period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::privacy::ErasureText</name>
    <message>
        <source>The journal of the file could not be emptied: another program is reading the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::privacy::PrivacyText</name>
    <message>
        <source>Data held about %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals (youth care)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching sessions about the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance (day records)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::report</name>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::report::CoachingReportText</name>
    <message>
        <source>Coaching %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pedagogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coaching held yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching on the job by youth-care providers:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::report::DayRecordText</name>
    <message>
        <source>school day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school-free day (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day record %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · open %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAN — no attendance registered for this day: these are the planned times, not a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record closed (vastgesteld) by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record registered, not yet closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff on the floor (from the roster: not registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff on the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff-child ratio per quarter hour: %1 minutes below the ratio, %2 allowed that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (reason: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 by Samenplan. Children count in a quarter hour when present during any part of it; a professional when on the floor for the whole quarter hour (breaks off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::report::ReportText</name>
    <message>
        <source>Group list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · week %2 (%3 – %4) · printed %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No children in this group this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group list %1, week %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::report::RosterText</name>
    <message>
        <source>Roster week %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 · printed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in brackets: when the break starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::report::WallText</name>
    <message>
        <source>Roster week %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 · page %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shifts in week %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster week %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::roster::CheckText</name>
    <message>
        <source>Too many children for one group from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 professionals from %3 to %4, within the three-hour rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 professionals from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the staff-child ratio for %1 minutes; the day allows %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 professionals from %3 to %4: fewer than half is never allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth-care children attend, but a youth-care pedagogue is on the group for %1 of the %2 minutes set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in training and no qualified pedagogue works on the group that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has two shifts at once from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is rostered during a registered absence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is rostered %2 hours against a contract of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no fixed faces registered yet; at most %2, and one of them on the group every day the child attends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is rostered on %2 while %3 is closed (%4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::roster::ProblemText</name>
    <message>
        <source>Too many children for one group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than half the professionals needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the staff-child ratio beyond the three-hour rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the staff-child ratio, within the three-hour rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 minutes below the staff-child ratio, within the three-hour rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) without fixed faces registered yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) with a fixed face away ill or on leave; a temporary replacement is allowed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) without a fixed face on the group, or with too many</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s) without a qualified pedagogue on the group that day</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has shifts that overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n coachee(s) not rostered on the group during coaching</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too few professionals; fewer than half %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::roster::ReplacementText</name>
    <message numerus="yes">
        <source>fixed face of %n child(ren) on the group</source>
        <translation>
            <numerusform>fixed face of %n child on the group</numerusform>
            <numerusform>fixed face of %n children on the group</numerusform>
        </translation>
    </message>
    <message>
        <source>trainee, beside a qualified colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 contract hours rostered this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ratio is met here already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ratio is met again (was %1 below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the ratio %1 instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::roster::ShiftText</name>
    <message>
        <source>Overlaps another shift of the same person (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location is closed that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly outside the opening hours (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a registered absence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::rules::RulesText</name>
    <message>
        <source>50 h × %1 location(s) + 10 h × %2 FTE + 10 h × %3 VE child(ren) = %4 h a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many children for one group from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than half the required professionals from %1 to %2; that is never allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the staff-child ratio for %1 minutes; the day allows %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the staff-child ratio for %1 of the %2 minutes the day allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff-child ratio is met all day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child does not attend this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fixed faces where a child aged %2 may have at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fixed face on the group on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fixed face(s), at most %2 allowed, and one works on every day the child attends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: table 1 allows at most %1 children aged %2 in one group; %3 are present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: %1 of the %2 children are aged 0, more than any column of table 1 allows for ages %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No children present: no professional is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Table 1, ages %1: %n professional(s) for up to %2 children, at most %3 aged 0</source>
        <translation>
            <numerusform>Table 1, ages %1: %n professional for up to %2 children, at most %3 aged 0</numerusform>
            <numerusform>Table 1, ages %1: %n professionals for up to %2 children, at most %3 aged 0</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table 1, ages %1: %n professional(s) for up to %2 children</source>
        <translation>
            <numerusform>Table 1, ages %1: %n professional for up to %2 children</numerusform>
            <numerusform>Table 1, ages %1: %n professionals for up to %2 children</numerusform>
        </translation>
    </message>
    <message>
        <source>; baby formula (48×%1 + 24×%2 + 20×%3 + 15×%4) / 144 = %5/144, rounded up to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; safeguard: without one child aged %1 the group would need %2, so %3 are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>: %n professional(s) required</source>
        <translation>
            <numerusform>: %n professional required</numerusform>
            <numerusform>: %n professionals required</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Out-of-school care per location since 1 July 2024: %1 aged 4–6 / 10 + %2 aged 7+ / 12 = %3/60, rounded up: %n professional(s) required.</source>
        <translation>
            <numerusform>Out-of-school care per location since 1 July 2024: %1 aged 4–6 / 10 + %2 aged 7+ / 12 = %3/60, rounded up: %n professional required.</numerusform>
            <numerusform>Out-of-school care per location since 1 July 2024: %1 aged 4–6 / 10 + %2 aged 7+ / 12 = %3/60, rounded up: %n professionals required.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table 2, %1: %n professional(s) required.</source>
        <translation>
            <numerusform>Table 2, %1: %n professional required.</numerusform>
            <numerusform>Table 2, %1: %n professionals required.</numerusform>
        </translation>
    </message>
    <message>
        <source>ages 4–6 only, 1 per 10 children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: table 2 allows at most 20 children aged 4–6 in a basisgroep; %1 are present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ages 7 and over only, 1 per 12 children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: table 2 allows at most 30 children aged 7 and over in a basisgroep; %1 are present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed ages, 1 professional for up to 11 children of whom at most 9 aged 4–6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed ages, 2 professionals for up to 22 children of whom at most 18 aged 4–6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: table 2 allows a mixed basisgroep of at most 22 children, at most 18 of them aged 4–6; %1 are present, %2 aged 4–6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 its fixed face is away ill or on leave, and a temporary replacement is allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui</name>
    <message>
        <source>no temporary folder for the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view %1 (choose from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end the trajectory of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed faces of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place the waiting list as in the what-if (%1 children)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::AbsenceDialog</name>
    <message>
        <source>Part of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absence ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours end before they start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::AttendanceCommandText</name>
    <message>
        <source>Take over the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopening undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::AttendanceView</name>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived / left now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or double-click: marks the selected child arrived, or gone when it is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child without a plan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the stretch: sick, swapped or not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print record...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff on the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the day...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a closed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day&apos;s record is closed. Why does it change? (kept with the change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a child&apos;s times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child without a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child (a swap day or an extra day):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a child&apos;s attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the floor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct time on the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by (name of the manager):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the closed record reopened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the day record as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dayrecord-%1-%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ChildDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ChildRowsTable</name>
    <message>
        <source>Move to group...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ChildrenView</name>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, group or parent...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No children yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New child...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth-care providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::CoachingView</name>
    <message>
        <source>Coaching this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by coach, pedagogue or group...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coaching sessions this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(off the floor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year overview...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan a coaching series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan a coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External coach...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coaching.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::DayRecordTable</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: nothing registered for this day yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record closed by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record, not yet closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes below the ratio, %2 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not within the rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::DayTimeline</name>
    <message>
        <source>children present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is rostered on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: drag to move, drag an end to change the times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ExternalCoachDialog</name>
    <message>
        <source>Qualified pedagogical coach (counts toward the legal coach hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New external coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth-care professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth and family centre professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::FixedFacesDialog</name>
    <message>
        <source>Fixed faces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a fixed face for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ForecastView</name>
    <message>
        <source>What if the waiting list were placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location this forecast is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places each waiting-list wish at its earliest fit, highest priority first, and shows it beside the plan. Nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places the children of the what-if for real, as one step that Undo takes back; the placement rules are checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest weekday per month: regular children/places + youth-care seats taken/seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if: placed from the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location yet: add one, or import a location&apos;s spreadsheets (File menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 regular places (average %4), %5 of %6 seats, %7 professionals; %8 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (last day %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits nowhere within two years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody from the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::GroupCard</name>
    <message>
        <source>%1 to %2 yrs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>max %n children</source>
        <translation>
            <numerusform>max %n child</numerusform>
            <numerusform>max %n children</numerusform>
        </translation>
    </message>
    <message>
        <source>VE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Drop to place the child here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this group&apos;s list for the week (names and days only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children at one moment against the regular places (maximum minus reserved seats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in reserved youth-care seats at one moment against the seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals the children require at the busiest moment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::GroupsView</name>
    <message>
        <source>No groups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups in week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;To place&lt;/b&gt;&lt;br&gt;Waiting list and children without a group. Drag a child onto a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in group...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save group list as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location whose groups are shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: %1 group(s), %2 child(ren) in %3 placement(s), %4 staff and %5 shift(s) can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), highlighted in the preview. Nothing can be imported until they are solved.</source>
        <translation>
            <numerusform>%n problem, highlighted in the preview. Nothing can be imported until they are solved.</numerusform>
            <numerusform>%n problems, highlighted in the preview. Nothing can be imported until they are solved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. The file as it was before is saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance: %1 child day(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::MainWindow</name>
    <message>
        <source>Samenplan databases (*.samenplan);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Samenplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Samenplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Samenplan database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists. Samenplan does not overwrite a file; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Samenplan database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Samenplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Samenplan %1&lt;/h3&gt;&lt;p&gt;Planner for childcare locations that work together with youth care: groups and youth-care seats, the staff-child ratio, rosters and coaching on the job.&lt;/p&gt;&lt;p&gt;Licensed under the EUPL-1.2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenplan will use the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff-child &amp;ratio calculator...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff-child ratio calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from spreadsheets...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::OccupancyChart</name>
    <message>
        <source>How full, per day (busiest moment)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::OccupancyForecastChart</name>
    <message>
        <source>How full per month: the busiest weekday&apos;s regular places (dashed: with the waiting list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How full per month: what if the waiting list were placed (dotted: the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (plan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::OverviewView</name>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns 4 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-school care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wished start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wished group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location this overview is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places free per group and day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectories ending within six weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click one to extend it, continue it as a regular placement, or end it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning 4 within three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They leave day care for out-of-school care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list: when each wish fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earliest date the wished days fit, by the placement rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location yet: add one, or import a location&apos;s spreadsheets (File menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not placed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (youth care)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::PlacementDialog</name>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth-care seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a child with an active referral takes a youth-care seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only to put a regular child in a reserved seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved seat because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::PlacesTable</name>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) free</source>
        <translation>
            <numerusform>%n place free</numerusform>
            <numerusform>%n places free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) free</source>
        <translation>
            <numerusform>%n seat free</numerusform>
            <numerusform>%n seats free</numerusform>
        </translation>
    </message>
    <message>
        <source>Regular places: %1 of %2 taken at the busiest moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth-care seats: %1 of %2 taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of at most %2 children; %n professional(s) required</source>
        <translation>
            <numerusform>%1 of at most %2 children; %n professional required</numerusform>
            <numerusform>%1 of at most %2 children; %n professionals required</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ProblemListView</name>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the rules: must be fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed by the rules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below a norm, but within what the rules allow: the three-hour rule, or a fixed face replaced during illness or leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth a look, not against the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ProblemSummary</name>
    <message>
        <source>Violations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed by the rules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show it on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ProviderDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New youth-care provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth-care provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth and family centre (CJG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual trajectory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ProvidersPage</name>
    <message>
        <source>Youth-care providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual trajectory (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search providers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New provider...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth and family centre (CJG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth-care provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::RatioCalculator</name>
    <message>
        <source>The day decides the rule set (out-of-school care counts per location since 1 July 2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children present by age (completed years):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 4 to 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 7 and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n professional(s) required</source>
        <translation>
            <numerusform>%n professional required</numerusform>
            <numerusform>%n professionals required</numerusform>
        </translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ReferralDialog</name>
    <message>
        <source>Edit referral %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioural scientist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search referrals...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend by months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue as regular placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End with follow-up...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up note (e.g. neighbourhood activities):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove referral %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit referral %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add referral %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extend referral %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child has no youth-care placement to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regular place is free from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::RosterView</name>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or group...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shifts this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shift...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit shift...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks this week&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the roster as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy week...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply template...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy week %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a week such as 2026-W48.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the shifts already in those weeks? (No adds to them.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this week&apos;s shifts to week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a week as a template first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall print: preview...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall print: save as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists by staff and by group: preview...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists by staff and by group: save as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wall print: a page per location with time bars per person and day, to hang up.
The lists: a page by staff and a page by group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move shift to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change shift to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::SearchableTable</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::SeatsChart</name>
    <message>
        <source>Youth-care seats (busiest day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::SeatsForecastChart</name>
    <message>
        <source>Youth-care seats taken per month (busiest weekday, all groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::SessionDialog</name>
    <message>
        <source>The pedagogues leave the group for the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching on the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pedagogical coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: never printed, exported only when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pedagogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ShiftDialog</name>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(off the floor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::StaffDialog</name>
    <message>
        <source>VE (pre-school education)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pedagogical coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the role says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts for the ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::StaffView</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, role or employer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract (h/week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rostered this week (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts for the ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff member...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed faces...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register absence...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absence of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::StartText</name>
    <message>
        <source>The file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in it was changed. Open another file, make a new one or look around in the demo location.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::TimelinePage</name>
    <message>
        <source>children present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>professionals present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>professionals required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below, within the three-hour rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below, a violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a shift to move it, or its start or end to change the times (in quarter hours).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::TimesDialog</name>
    <message>
        <source>Still there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::UnplacedModel</name>
    <message>
        <source>%1 · no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · from %2 · %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · wishes %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::WaitingListDialog</name>
    <message>
        <source>Edit waiting-list entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no preference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wished start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority (higher first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::WaitingListPage</name>
    <message>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wished start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the waiting list...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove from the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add to the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::WeekBar</name>
    <message>
        <source>◀ Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous week (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the week of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next week (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the week of a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 · %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::WelcomePage</name>
    <message>
        <source>Welcome to Samenplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan groups and youth-care seats, roster staff to the staff-child ratio and schedule coaching on the job.
Start with a new database for your organisation, open an existing one, or look around in a demo location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::ui::WishFitText</name>
    <message>
        <source>not within two years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the wished start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samenplan::roster::ImpactText</name>
    <message numerus="yes">
        <source>%1: needs %n professional(s) from %2, %3 rostered: enough</source>
        <translation>
            <numerusform>%1: needs %n professional from %2, %3 rostered: enough</numerusform>
            <numerusform>%1: needs %n professionals from %2, %3 rostered: enough</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: needs %n professional(s) from %2, %3 rostered</source>
        <translation>
            <numerusform>%1: needs %n professional from %2, %3 rostered</numerusform>
            <numerusform>%1: needs %n professionals from %2, %3 rostered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samenplan::ui::GroupDialog</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samenplan::ui::SeatText</name>
    <message numerus="yes">
        <source>Youth-care seat; the trajectory runs until %1 (%n week(s) from this week)</source>
        <translation>
            <numerusform>Youth-care seat; the trajectory runs until %1 (%n week from this week)</numerusform>
            <numerusform>Youth-care seat; the trajectory runs until %1 (%n weeks from this week)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samenplan::cli::ScenarioCliText</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created scenario %1 with %n change(s)</source>
        <translation>
            <numerusform>Created scenario %1 with %n change</numerusform>
            <numerusform>Created scenario %1 with %n changes</numerusform>
        </translation>
    </message>
</context>
</TS>
