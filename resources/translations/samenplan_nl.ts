<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>samenplan::Database</name>
    <message>
        <source>The file %1 cannot be read as a database: %2</source>
        <translation>Het bestand %1 kan niet als database worden gelezen: %2</translation>
    </message>
    <message>
        <source>The file %1 is damaged and cannot be opened.</source>
        <translation>Het bestand %1 is beschadigd en kan niet worden geopend.</translation>
    </message>
    <message>
        <source>The file %1 is not a Samenplan database.</source>
        <translation>Het bestand %1 is geen Samenplan-database.</translation>
    </message>
    <message>
        <source>The file %1 is damaged and cannot be opened (%2).</source>
        <translation>Het bestand %1 is beschadigd en kan niet worden geopend (%2).</translation>
    </message>
    <message>
        <source>The file %1 was made by a newer Samenplan (database version %2); this version reads up to version %3. Please update Samenplan.</source>
        <translation>Het bestand %1 is gemaakt met een nieuwere Samenplan (databaseversie %2); deze versie leest tot en met versie %3. Werk Samenplan bij.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Er is geen databasebestand opgegeven.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is een map, geen databasebestand.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose a new file name.</source>
        <translation>Het bestand %1 bestaat al; kies een nieuwe bestandsnaam.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (permission denied).</source>
        <translation>Het bestand %1 kan niet worden gelezen (geen toestemming).</translation>
    </message>
    <message>
        <source>The file %1 is read-only; Samenplan needs to write to it. Make a writable copy or change the file&apos;s permissions.</source>
        <translation>Het bestand %1 is alleen-lezen; Samenplan moet erin kunnen schrijven. Maak een beschrijfbare kopie of pas de rechten van het bestand aan.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>Het bestand %1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>The database refused a statement: %1</source>
        <translation>De database weigerde een opdracht: %1</translation>
    </message>
    <message>
        <source>The database could not carry out a change: %1</source>
        <translation>De database kon een wijziging niet uitvoeren: %1</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>De kopie kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>The file %1 cannot be replaced.</source>
        <translation>Het bestand %1 kan niet worden vervangen.</translation>
    </message>
    <message>
        <source>The copy could not be moved to %1.</source>
        <translation>De kopie kon niet naar %1 worden verplaatst.</translation>
    </message>
    <message>
        <source>The database could not start a change: %1</source>
        <translation>De database kon geen wijziging beginnen: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>De wijziging kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 (%2) failed: %3</source>
        <translation>Het bijwerken van de database naar versie %1 (%2) is mislukt: %3</translation>
    </message>
    <message>
        <source>The database %1 already holds other tables; Samenplan needs an empty database of its own.</source>
        <translation>De database %1 bevat al andere tabellen; Samenplan heeft een eigen, lege database nodig.</translation>
    </message>
    <message>
        <source>The database %1 has no Samenplan data yet; create it with samenplan-cli server init.</source>
        <translation>De database %1 bevat nog geen Samenplan-gegevens; maak die aan met samenplan-cli server init.</translation>
    </message>
    <message>
        <source>The database %1 is not a Samenplan database.</source>
        <translation>De database %1 is geen Samenplan-database.</translation>
    </message>
    <message>
        <source>The database %1 already holds a Samenplan database (version %2).</source>
        <translation>De database %1 bevat al een Samenplan-database (versie %2).</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer Samenplan (database version %2); this version reads up to version %3. Please update Samenplan.</source>
        <translation>De database %1 is gemaakt door een nieuwere Samenplan (databaseversie %2); deze versie leest tot en met versie %3. Werk Samenplan bij.</translation>
    </message>
    <message>
        <source>This Samenplan cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is missing (on Debian and Ubuntu: the package libqt6sql6-psql).</source>
        <translation>Deze Samenplan kan geen PostgreSQL-servers bereiken: het PostgreSQL-stuurprogramma van Qt ontbreekt (op Debian en Ubuntu: het pakket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a database file.</source>
        <translation>%1 is een named pipe (FIFO), geen databasebestand.</translation>
    </message>
    <message>
        <source>%1 is a device, not a database file.</source>
        <translation>%1 is een apparaat, geen databasebestand.</translation>
    </message>
    <message>
        <source>%1 is a socket, not a database file.</source>
        <translation>%1 is een socket, geen databasebestand.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that leads round in a loop (through other links back to itself), not a database file.</source>
        <translation>%1 is een symbolische koppeling die in een kringetje rondloopt (via andere koppelingen terug naar zichzelf), geen databasebestand.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Het bestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be created.</source>
        <translation>Het bestand %1 kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The file %1 holds data that breaks the rules of a Samenplan database (%2); it was changed outside Samenplan or is damaged, and cannot be opened.</source>
        <translation>Het bestand %1 bevat gegevens die de regels van een Samenplan-database breken (%2); het is buiten Samenplan gewijzigd of beschadigd en kan niet worden geopend.</translation>
    </message>
    <message>
        <source>%1 is left from an earlier database named %2; move it away or delete it, then try again.</source>
        <translation>%1 is overgebleven van een eerdere database met de naam %2; verplaats of verwijder dat bestand en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>De database kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>het bestand is beschadigd</translation>
    </message>
    <message>
        <source>the disk or the network gave a read error</source>
        <translation>de schijf of het netwerk gaf een leesfout</translation>
    </message>
    <message>
        <source>another program keeps the file locked</source>
        <translation>een ander programma houdt het bestand op slot</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>er is niet genoeg geheugen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>samenplan::DatabaseCopy</name>
    <message>
        <source>The two databases have different versions (%1 and %2).</source>
        <translation>De twee databases hebben verschillende versies (%1 en %2).</translation>
    </message>
    <message>
        <source>The destination refused the table %1: %2</source>
        <translation>De bestemming weigerde de tabel %1: %2</translation>
    </message>
    <message>
        <source>A row of the table %1 could not be copied: %2</source>
        <translation>Een rij van de tabel %1 kon niet worden gekopieerd: %2</translation>
    </message>
    <message>
        <source>The source and the destination are the same database.</source>
        <translation>De bron en de bestemming zijn dezelfde database.</translation>
    </message>
    <message>
        <source>The database %1 already holds data; copy only into an empty database.</source>
        <translation>De database %1 bevat al gegevens; kopieer alleen naar een lege database.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>Er is niets gekopieerd: %1</translation>
    </message>
    <message>
        <source>The table %1 could not be read: %2</source>
        <translation>De tabel %1 kon niet worden gelezen: %2</translation>
    </message>
</context>
<context>
    <name>samenplan::DatabaseLock</name>
    <message>
        <source>The file %1 is already open in another Samenplan (perhaps under another name). Close it there first.</source>
        <translation>Het bestand %1 is al geopend in een andere Samenplan (misschien onder een andere naam). Sluit het daar eerst.</translation>
    </message>
    <message>
        <source>The file %1 is already open here (perhaps under another name).</source>
        <translation>Het bestand %1 is hier al geopend (misschien onder een andere naam).</translation>
    </message>
    <message>
        <source>The file %1 cannot be locked for writing; is its folder writable?</source>
        <translation>Het bestand %1 kan niet worden vergrendeld om te schrijven; is de map beschrijfbaar?</translation>
    </message>
    <message>
        <source>The file %1 is already open in another Samenplan (process %2). Close it there first.</source>
        <translation>Het bestand %1 is al geopend in een andere Samenplan (proces %2). Sluit het daar eerst.</translation>
    </message>
    <message>
        <source>The file %1 is open in Samenplan on the computer %2 (process %3). Close it there first. If Samenplan no longer runs there (that computer was switched off or Samenplan stopped unexpectedly), delete the file %4 and try again.</source>
        <translation>Het bestand %1 is geopend in Samenplan op de computer %2 (proces %3). Sluit het daar eerst. Draait Samenplan daar niet meer (die computer is uitgezet of Samenplan is onverwacht gestopt), verwijder dan het bestand %4 en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>samenplan::OutputPathText</name>
    <message>
        <source>No output file was given.</source>
        <translation>Er is geen uitvoerbestand opgegeven.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the output.</source>
        <translation>%1 is een map; geef een bestandsnaam voor de uitvoer.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that loops back on itself; give another file name.</source>
        <translation>%1 is een symbolische koppeling die in een kringetje naar zichzelf wijst; geef een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>%1 is the database %2 itself; writing there would destroy it. Choose another file name.</source>
        <translation>%1 is de database %2 zelf; daarheen schrijven zou hem vernietigen. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>%1 is a working file of the database %2; writing there would damage the database. Choose another file name.</source>
        <translation>%1 is een werkbestand van de database %2; daarheen schrijven zou de database beschadigen. Kies een andere bestandsnaam.</translation>
    </message>
</context>
<context>
    <name>samenplan::ServerAddress</name>
    <message>
        <source>%1 is not a server address; write it as postgresql://USER@HOST:PORT/DATABASE or postgresql:///DATABASE?host=/SOCKET/FOLDER.</source>
        <translation>%1 is geen serveradres; schrijf het als postgresql://GEBRUIKER@HOST:POORT/DATABASE of postgresql:///DATABASE?host=/SOCKET/MAP.</translation>
    </message>
    <message>
        <source>A server address must not hold a password; Samenplan reads it from PGPASSWORD or ~/.pgpass.</source>
        <translation>Een serveradres mag geen wachtwoord bevatten; Samenplan leest het uit PGPASSWORD of ~/.pgpass.</translation>
    </message>
    <message>
        <source>The port %1 in the server address is not a port number.</source>
        <translation>De poort %1 in het serveradres is geen poortnummer.</translation>
    </message>
    <message>
        <source>The server address has an unknown setting &quot;%1&quot;.</source>
        <translation>Het serveradres heeft een onbekende instelling &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The server address %1 names no database; add it after the host, as in postgresql://HOST/DATABASE.</source>
        <translation>Het serveradres %1 noemt geen database; zet die achter de host, zoals in postgresql://HOST/DATABASE.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>The server %1 asks for a password that was not accepted or not given; put it in ~/.pgpass or PGPASSWORD (never in the address).</source>
        <translation>De server %1 vraagt een wachtwoord dat niet is gegeven of niet is geaccepteerd; zet het in ~/.pgpass of PGPASSWORD (nooit in het adres).</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2</source>
        <translation>Kan geen verbinding maken met de server %1: %2</translation>
    </message>
    <message>
        <source>The connection to the server was lost; nothing of this change was saved. Reconnect to continue.</source>
        <translation>De verbinding met de server is verbroken; niets van deze wijziging is opgeslagen. Maak opnieuw verbinding om verder te gaan.</translation>
    </message>
    <message>
        <source>Your role on the server does not allow this change (it concerns a location you do not plan).</source>
        <translation>Uw rol op de server staat deze wijziging niet toe (het gaat om een locatie die u niet plant).</translation>
    </message>
    <message>
        <source>Your role on the server does not allow this (%1).</source>
        <translation>Uw rol op de server staat dit niet toe (%1).</translation>
    </message>
    <message>
        <source>Another planner was changing the same data at the same moment; nothing was saved. Please try again.</source>
        <translation>Een andere planner wijzigde op hetzelfde moment dezelfde gegevens; er is niets opgeslagen. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>samenplan::ServerRoles</name>
    <message>
        <source>Roles exist only on a server; a file is opened by whoever may open the file.</source>
        <translation>Rollen bestaan alleen op een server; een bestand opent iedereen die het bestand mag openen.</translation>
    </message>
    <message>
        <source>The role %1 is not one of admin, planner, coach or viewer.</source>
        <translation>De rol %1 is niet een van admin, planner, coach of viewer.</translation>
    </message>
    <message>
        <source>Name the server user to grant the role to.</source>
        <translation>Noem de servergebruiker die de rol krijgt.</translation>
    </message>
    <message>
        <source>A planner changes only named locations; name at least one with --location.</source>
        <translation>Een planner wijzigt alleen genoemde locaties; noem er minstens één met --location.</translation>
    </message>
    <message>
        <source>The role %1 takes no locations.</source>
        <translation>De rol %1 krijgt geen locaties.</translation>
    </message>
    <message>
        <source>A coach sees their own sessions; name the staff member or external coach with --coach.</source>
        <translation>Een coach ziet de eigen sessies; noem de medewerker of externe coach met --coach.</translation>
    </message>
    <message>
        <source>--coach goes with the role coach.</source>
        <translation>--coach hoort bij de rol coach.</translation>
    </message>
    <message>
        <source>There is no location named %1.</source>
        <translation>Er is geen locatie met de naam %1.</translation>
    </message>
    <message>
        <source>There is no staff member or external coach named %1.</source>
        <translation>Er is geen medewerker of externe coach met de naam %1.</translation>
    </message>
    <message>
        <source>The server user %1 has no Samenplan role here.</source>
        <translation>De servergebruiker %1 heeft hier geen Samenplan-rol.</translation>
    </message>
</context>
<context>
    <name>samenplan::Types</name>
    <message>
        <source>Day care</source>
        <translation>Dagopvang</translation>
    </message>
    <message>
        <source>Out-of-school care</source>
        <translation>Buitenschoolse opvang</translation>
    </message>
    <message>
        <source>Pre-school (VE)</source>
        <translation>Peutergroep (VE)</translation>
    </message>
    <message>
        <source>Pedagogue</source>
        <translation>Pedagogisch medewerker</translation>
    </message>
    <message>
        <source>Pedagogue in training</source>
        <translation>Pedagogisch medewerker in opleiding</translation>
    </message>
    <message>
        <source>Youth-care pedagogue</source>
        <translation>Jeugdhulp-pedagoog</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Ambulant hulpverlener</translation>
    </message>
    <message>
        <source>Behavioural scientist</source>
        <translation>Gedragswetenschapper</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Volunteer / neighbourhood mother</source>
        <translation>Vrijwilliger / buurtmoeder</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlof</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Ziek</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Scholing</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>North</source>
        <translation>Noord</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Midden</translation>
    </message>
    <message>
        <source>South</source>
        <translation>Zuid</translation>
    </message>
</context>
<context>
    <name>samenplan::Validation</name>
    <message>
        <source>The first name is empty.</source>
        <translation>De voornaam is leeg.</translation>
    </message>
    <message>
        <source>The last name is empty.</source>
        <translation>De achternaam is leeg.</translation>
    </message>
    <message>
        <source>The birth date is not a valid date.</source>
        <translation>De geboortedatum is geen geldige datum.</translation>
    </message>
    <message>
        <source>The birth date is more than 18 years ago; childcare ends at 13.</source>
        <translation>De geboortedatum ligt meer dan 18 jaar terug; kinderopvang stopt bij 13 jaar.</translation>
    </message>
    <message>
        <source>The provider&apos;s name is empty.</source>
        <translation>De naam van de aanbieder is leeg.</translation>
    </message>
    <message>
        <source>A trajectory lasts 1 to 60 months.</source>
        <translation>Een traject duurt 1 tot 60 maanden.</translation>
    </message>
    <message>
        <source>Choose the child.</source>
        <translation>Kies het kind.</translation>
    </message>
    <message>
        <source>Choose the youth-care provider.</source>
        <translation>Kies de jeugdhulpaanbieder.</translation>
    </message>
    <message>
        <source>The referral&apos;s reference is empty.</source>
        <translation>Het kenmerk van de beschikking is leeg.</translation>
    </message>
    <message>
        <source>The referral needs a start and a planned end.</source>
        <translation>De beschikking heeft een begin en een geplande einddatum nodig.</translation>
    </message>
    <message>
        <source>The planned end lies before the start.</source>
        <translation>De geplande einddatum ligt voor het begin.</translation>
    </message>
    <message>
        <source>The wished start is not a valid date.</source>
        <translation>De gewenste startdatum is geen geldige datum.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Kies minstens één dag.</translation>
    </message>
    <message>
        <source>Choose who works this shift.</source>
        <translation>Kies wie deze dienst werkt.</translation>
    </message>
    <message>
        <source>The shift&apos;s date is not a valid date.</source>
        <translation>De datum van de dienst is geen geldige datum.</translation>
    </message>
    <message>
        <source>The shift ends at %1, before it starts at %2.</source>
        <translation>De dienst eindigt om %1, voordat hij begint om %2.</translation>
    </message>
    <message>
        <source>The break ends before it starts.</source>
        <translation>De pauze eindigt voordat hij begint.</translation>
    </message>
    <message>
        <source>The break %1 falls outside the shift %2.</source>
        <translation>De pauze %1 valt buiten de dienst %2.</translation>
    </message>
    <message>
        <source>The text is %1 characters long; at most %2 fit here.</source>
        <translation>De tekst is %1 tekens lang; hier passen er hoogstens %2.</translation>
    </message>
    <message>
        <source>The text must fit on one line.</source>
        <translation>De tekst moet op één regel passen.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>De naam is leeg.</translation>
    </message>
    <message>
        <source>A contract has 0 to 60 hours a week.</source>
        <translation>Een contract heeft 0 tot 60 uur per week.</translation>
    </message>
    <message>
        <source>Choose who is absent.</source>
        <translation>Kies wie afwezig is.</translation>
    </message>
    <message>
        <source>The absence needs a first and a last day.</source>
        <translation>De afwezigheid heeft een eerste en een laatste dag nodig.</translation>
    </message>
    <message>
        <source>The last day lies before the first.</source>
        <translation>De laatste dag ligt vóór de eerste.</translation>
    </message>
    <message>
        <source>The hours of the absence end before they start.</source>
        <translation>De uren van de afwezigheid eindigen voordat ze beginnen.</translation>
    </message>
    <message>
        <source>The location&apos;s name is empty.</source>
        <translation>De naam van de locatie is leeg.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an LRK number (6 to 12 digits).</source>
        <translation>&apos;%1&apos; is geen LRK-nummer (6 tot 12 cijfers).</translation>
    </message>
    <message>
        <source>The opening hours close before they open.</source>
        <translation>De openingstijden sluiten voordat ze openen.</translation>
    </message>
    <message>
        <source>Choose the group&apos;s location.</source>
        <translation>Kies de locatie van de groep.</translation>
    </message>
    <message>
        <source>The group has no name.</source>
        <translation>De groep heeft geen naam.</translation>
    </message>
    <message>
        <source>The age range must run from a lower to a higher age, up to 13 years.</source>
        <translation>De leeftijdsgrenzen moeten van een lagere naar een hogere leeftijd lopen, tot 13 jaar.</translation>
    </message>
    <message>
        <source>A group takes 1 to 30 children.</source>
        <translation>Een groep heeft plaats voor 1 tot 30 kinderen.</translation>
    </message>
    <message>
        <source>The youth-care seats must be 0 up to the group&apos;s maximum.</source>
        <translation>Het aantal jeugdhulpplekken moet tussen 0 en het maximum van de groep liggen.</translation>
    </message>
    <message>
        <source>A group&apos;s hours end after they start, within the day.</source>
        <translation>De openingstijden van een groep eindigen na het begin, binnen de dag.</translation>
    </message>
    <message>
        <source>The due date is more than %1 months ahead.</source>
        <translation>De uitgerekende datum ligt meer dan %1 maanden vooruit.</translation>
    </message>
    <message>
        <source>The birth date lies in the future; for a baby not born yet, mark the child as expected and give the due date.</source>
        <translation>De geboortedatum ligt in de toekomst; markeer een baby die nog niet geboren is als verwacht en geef de uitgerekende datum.</translation>
    </message>
    <message>
        <source>The LRK number is missing: 6 to 12 digits, as in the Landelijk Register Kinderopvang.</source>
        <translation>Het LRK-nummer ontbreekt: 6 tot 12 cijfers, zoals in het Landelijk Register Kinderopvang.</translation>
    </message>
</context>
<context>
    <name>samenplan::attendance::RecordText</name>
    <message>
        <source>met</source>
        <translation>voldoet</translation>
    </message>
    <message>
        <source>three-hour rule</source>
        <translation>drie-uursregeling</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>overtreding</translation>
    </message>
</context>
<context>
    <name>samenplan::calendar::DayText</name>
    <message>
        <source>Closing day</source>
        <translation>Sluitingsdag</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
</context>
<context>
    <name>samenplan::calendar::HolidayText</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Nieuwjaarsdag</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Goede Vrijdag</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Eerste Paasdag</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Tweede Paasdag</translation>
    </message>
    <message>
        <source>King&apos;s Day</source>
        <translation>Koningsdag</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Bevrijdingsdag</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Hemelvaartsdag</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Eerste Pinksterdag</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Tweede Pinksterdag</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Eerste Kerstdag</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Tweede Kerstdag</translation>
    </message>
</context>
<context>
    <name>samenplan::calendar::IcsImportText</name>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: kan niet gelezen worden</translation>
    </message>
    <message>
        <source>%1: too large to be a holiday calendar</source>
        <translation>%1: te groot voor een vakantiekalender</translation>
    </message>
    <message>
        <source>%1: not an iCalendar file</source>
        <translation>%1: geen iCalendar-bestand</translation>
    </message>
    <message>
        <source>%1: event %2: no start date</source>
        <translation>%1: afspraak %2: geen begindatum</translation>
    </message>
    <message>
        <source>%1: event %2: no name (SUMMARY)</source>
        <translation>%1: afspraak %2: geen naam (SUMMARY)</translation>
    </message>
    <message>
        <source>%1: event %2 (%3): longer than any school holiday</source>
        <translation>%1: afspraak %2 (%3): langer dan welke schoolvakantie ook</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>geïmporteerd uit %1</translation>
    </message>
    <message>
        <source>%1: no events in the calendar</source>
        <translation>%1: geen afspraken in de kalender</translation>
    </message>
</context>
<context>
    <name>samenplan::capacity::FitText</name>
    <message>
        <source>The location is closed on %1.</source>
        <translation>De locatie is op %1 gesloten.</translation>
    </message>
    <message>
        <source>%1 %2 falls outside the opening hours (%3).</source>
        <translation>%1 %2 valt buiten de openingstijden (%3).</translation>
    </message>
    <message>
        <source>%1 keeps no youth-care seats.</source>
        <translation>%1 houdt geen jeugdhulpplekken vrij.</translation>
    </message>
    <message>
        <source>The child is past the group&apos;s age range (%1 to %2 months) from %3.</source>
        <translation>Het kind is vanaf %3 te oud voor de leeftijdsgrenzen van de groep (%1 tot %2 maanden).</translation>
    </message>
    <message>
        <source>The child has no referral running on or after %1.</source>
        <translation>Het kind heeft op of na %1 geen lopende beschikking.</translation>
    </message>
    <message>
        <source>A youth-care seat can be taken from the referral&apos;s start on %1.</source>
        <translation>Een jeugdhulpplek kan worden ingenomen vanaf het begin van de beschikking op %1.</translation>
    </message>
    <message>
        <source>That is after the %1 months looked ahead.</source>
        <translation>Dat is na de %1 maanden waarover vooruit is gekeken.</translation>
    </message>
    <message>
        <source>No room until %1 (with this child: %2).</source>
        <translation>Geen plek tot en met %1 (met dit kind erbij: %2).</translation>
    </message>
    <message>
        <source>%1 takes children aged %2 to %3; the child is not that age within %4 months.</source>
        <translation>%1 is voor kinderen van %2 tot en met %3 jaar; het kind heeft die leeftijd niet binnen %4 maanden.</translation>
    </message>
    <message>
        <source>No room within %1 months (on %2 with this child: %3).</source>
        <translation>Geen plek binnen %1 maanden (op %2 met dit kind erbij: %3).</translation>
    </message>
    <message>
        <source>The child reaches the group&apos;s age range (%1 to %2 months) on %3.</source>
        <translation>Het kind bereikt de leeftijd van de groep (%1 tot %2 maanden) op %3.</translation>
    </message>
    <message>
        <source>No room before the child leaves the group&apos;s age range on %1.</source>
        <translation>Geen plek voordat het kind op %1 de leeftijd van de groep ontgroeit.</translation>
    </message>
    <message>
        <source>No seat is free before the referral ends on %1.</source>
        <translation>Er is geen plek vrij voordat de beschikking op %1 afloopt.</translation>
    </message>
</context>
<context>
    <name>samenplan::changes::DoorText</name>
    <message>
        <source>%1 has placements, which the location&apos;s records keep; end the placements, or erase the child&apos;s personal data on request.</source>
        <translation>%1 heeft plaatsingen, die de administratie van de locatie bewaart; beëindig de plaatsingen, of wis op verzoek de persoonsgegevens van het kind.</translation>
    </message>
    <message>
        <source>The external coach no longer exists.</source>
        <translation>De externe coach bestaat niet meer.</translation>
    </message>
    <message>
        <source>The record no longer exists; another change removed it.</source>
        <translation>Dit gegeven bestaat niet meer; een andere wijziging heeft het verwijderd.</translation>
    </message>
    <message>
        <source>LRK number %1 already belongs to %2.</source>
        <translation>LRK-nummer %1 hoort al bij %2.</translation>
    </message>
    <message>
        <source>A placement in %1 on %2 (%3) falls outside the new opening hours; change that placement first.</source>
        <translation>Een plaatsing in %1 op %2 (%3) valt buiten de nieuwe openingstijden; wijzig eerst die plaatsing.</translation>
    </message>
    <message>
        <source>The location already has a group called %1.</source>
        <translation>De locatie heeft al een groep met de naam %1.</translation>
    </message>
    <message>
        <source>%1 still has groups; remove or move them first.</source>
        <translation>%1 heeft nog groepen; verwijder of verplaats die eerst.</translation>
    </message>
    <message>
        <source>The placements do not fit the new limits: %1.</source>
        <translation>De plaatsingen passen niet binnen de nieuwe grenzen: %1.</translation>
    </message>
    <message>
        <source>%1 has placements; a group with children moves to another location only by moving the children.</source>
        <translation>%1 heeft plaatsingen; een groep met kinderen gaat alleen naar een andere locatie door de kinderen te verplaatsen.</translation>
    </message>
    <message>
        <source>A provider called %1 already exists.</source>
        <translation>Er bestaat al een aanbieder met de naam %1.</translation>
    </message>
    <message>
        <source>The youth-care placement from %1 takes its seat with this referral; end or change that placement first.</source>
        <translation>De jeugdhulpplaatsing vanaf %1 gebruikt haar plek op grond van deze beschikking; beëindig of wijzig eerst die plaatsing.</translation>
    </message>
    <message>
        <source>%1 still has referrals or staff; it cannot be removed.</source>
        <translation>%1 heeft nog beschikkingen of medewerkers; de aanbieder kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>The template has no name.</source>
        <translation>Het sjabloon heeft geen naam.</translation>
    </message>
    <message>
        <source>A shift of the template has impossible times.</source>
        <translation>Een dienst in het sjabloon heeft onmogelijke tijden.</translation>
    </message>
    <message>
        <source>A template called %1 already exists.</source>
        <translation>Er bestaat al een sjabloon met de naam %1.</translation>
    </message>
    <message>
        <source>%1 is already on the staff list.</source>
        <translation>%1 staat al op de personeelslijst.</translation>
    </message>
    <message>
        <source>%1 has shifts, which the roster&apos;s records keep; remove the shifts first.</source>
        <translation>%1 heeft diensten, die de roosteradministratie bewaart; verwijder eerst de diensten.</translation>
    </message>
    <message>
        <source>The place in %1 would then stay taken after %2, but the group has no room for it: %3.</source>
        <translation>De plek in %1 zou dan na %2 bezet blijven, maar daar heeft de groep geen ruimte voor: %3.</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Gewist</translation>
    </message>
    <message>
        <source>The record of %1 is closed; give a reason to change it.</source>
        <translation>De registratie van %1 is vastgesteld; geef een reden om haar te wijzigen.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>De datum ontbreekt.</translation>
    </message>
    <message>
        <source>Attendance is registered on the day or after it, not ahead.</source>
        <translation>Aanwezigheid wordt op de dag zelf of erna geregistreerd, niet vooraf.</translation>
    </message>
    <message>
        <source>The arrival time is not a time of day.</source>
        <translation>De aankomsttijd is geen tijd van de dag.</translation>
    </message>
    <message>
        <source>A child leaves after arriving.</source>
        <translation>Een kind vertrekt na aankomst.</translation>
    </message>
    <message>
        <source>%1 is already registered as present from %2 that day.</source>
        <translation>%1 is die dag al aanwezig geregistreerd vanaf %2.</translation>
    </message>
    <message>
        <source>The time on the floor ends after it starts, within the day.</source>
        <translation>De tijd op de groep eindigt na het begin, binnen de dag.</translation>
    </message>
    <message>
        <source>%1 is already registered on the floor from %2 to %3 that day.</source>
        <translation>%1 staat die dag al op de groep geregistreerd van %2 tot %3.</translation>
    </message>
    <message>
        <source>%1 added: arrived %2, left %3</source>
        <translation>%1 toegevoegd: gebracht %2, gehaald %3</translation>
    </message>
    <message>
        <source>%1: arrived %2, left %3 (was %4, %5)</source>
        <translation>%1: gebracht %2, gehaald %3 (was %4, %5)</translation>
    </message>
    <message>
        <source>%1 removed (was arrived %2, left %3)</source>
        <translation>%1 verwijderd (was gebracht %2, gehaald %3)</translation>
    </message>
    <message>
        <source>%1 added on the floor %2</source>
        <translation>%1 toegevoegd op de groep %2</translation>
    </message>
    <message>
        <source>%1 on the floor %2 (was %3)</source>
        <translation>%1 op de groep %2 (was %3)</translation>
    </message>
    <message>
        <source>%1 removed from the floor (was %2)</source>
        <translation>%1 van de groep verwijderd (was %2)</translation>
    </message>
    <message>
        <source>Staff are registered for this day already.</source>
        <translation>Voor deze dag zijn al medewerkers geregistreerd.</translation>
    </message>
    <message>
        <source>The record of this day is closed already.</source>
        <translation>De registratie van deze dag is al vastgesteld.</translation>
    </message>
    <message>
        <source>Record closed by %1</source>
        <translation>Registratie vastgesteld door %1</translation>
    </message>
    <message>
        <source>The record of this day is not closed.</source>
        <translation>De registratie van deze dag is niet vastgesteld.</translation>
    </message>
    <message>
        <source>Record reopened</source>
        <translation>Registratie heropend</translation>
    </message>
    <message>
        <source>Keep records between 12 and 120 months.</source>
        <translation>Bewaar registraties tussen 12 en 120 maanden.</translation>
    </message>
    <message>
        <source>The holiday has no name.</source>
        <translation>De vakantie heeft geen naam.</translation>
    </message>
    <message>
        <source>A holiday ends on or after its first day.</source>
        <translation>Een vakantie eindigt op of na de eerste dag.</translation>
    </message>
    <message>
        <source>A school holiday lasts at most a hundred days.</source>
        <translation>Een schoolvakantie duurt hoogstens honderd dagen.</translation>
    </message>
    <message>
        <source>The school year is written as 2026-2027.</source>
        <translation>Het schooljaar schrijf je als 2026-2027.</translation>
    </message>
    <message>
        <source>%1 is closed on that day already.</source>
        <translation>%1 is op die dag al gesloten.</translation>
    </message>
    <message>
        <source>Another planner changed this meanwhile, so your change was not saved. The view now shows the current state; make your change again if it is still needed.</source>
        <translation>Een andere planner heeft dit intussen gewijzigd, dus uw wijziging is niet opgeslagen. Het scherm toont nu de huidige stand; doe uw wijziging opnieuw als die nog nodig is.</translation>
    </message>
    <message>
        <source>a child</source>
        <translation>een kind</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) still in %1 on %2: %3. Move them to another group or end their placements before the group is archived.</source>
        <translation>
            <numerusform>Nog %n kind in %1 op %2: %3. Verplaats het naar een andere groep of beëindig de plaatsing voordat de groep wordt gearchiveerd.</numerusform>
            <numerusform>Nog %n kinderen in %1 op %2: %3. Verplaats ze naar een andere groep of beëindig hun plaatsingen voordat de groep wordt gearchiveerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has placements, which the location&apos;s records keep; it cannot be removed. Archive it from a date instead.</source>
        <translation>%1 heeft plaatsingen, die de administratie van de locatie bewaart; de groep kan niet worden verwijderd. Archiveer hem in plaats daarvan vanaf een datum.</translation>
    </message>
    <message>
        <source>Choose the date from which the group is archived.</source>
        <translation>Kies de datum vanaf wanneer de groep gearchiveerd is.</translation>
    </message>
    <message>
        <source>A child can only be placed in a group the scenario adds before it.</source>
        <translation>Een kind kan alleen worden geplaatst in een groep die het scenario eerder toevoegt.</translation>
    </message>
    <message>
        <source>A placement in a scenario needs a start date.</source>
        <translation>Een plaatsing in een scenario heeft een begindatum nodig.</translation>
    </message>
    <message>
        <source>A placement in a scenario needs at least one day.</source>
        <translation>Een plaatsing in een scenario heeft minstens één dag nodig.</translation>
    </message>
    <message>
        <source>Every day of a placement needs a weekday and hours.</source>
        <translation>Elke dag van een plaatsing heeft een weekdag en tijden nodig.</translation>
    </message>
    <message>
        <source>A placement cannot end before it starts.</source>
        <translation>Een plaatsing kan niet eindigen voordat ze begint.</translation>
    </message>
    <message>
        <source>A trajectory&apos;s new end must be a date on or after its start.</source>
        <translation>De nieuwe einddatum van een traject moet op of na de begindatum liggen.</translation>
    </message>
    <message>
        <source>A group&apos;s maximum is at least one child, and its youth-care seats between none and that maximum.</source>
        <translation>Het maximum van een groep is minstens één kind, en het aantal jeugdhulpplekken ligt tussen nul en dat maximum.</translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>Een scenario heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A scenario&apos;s name is at most %1 characters.</source>
        <translation>De naam van een scenario is hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>There is already a scenario named &quot;%1&quot;.</source>
        <translation>Er is al een scenario met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; was applied on %2 already.</source>
        <translation>Het scenario &quot;%1&quot; is al op %2 doorgevoerd.</translation>
    </message>
</context>
<context>
    <name>samenplan::changes::PlacementChangeText</name>
    <message>
        <source>The placement no longer exists (number %1).</source>
        <translation>De plaatsing bestaat niet meer (nummer %1).</translation>
    </message>
    <message>
        <source>Choose the last day of the placement.</source>
        <translation>Kies de laatste dag van de plaatsing.</translation>
    </message>
</context>
<context>
    <name>samenplan::cli</name>
    <message>
        <source>Usage: samenplan-cli COMMAND [OPTIONS]</source>
        <translation>Gebruik: samenplan-cli OPDRACHT [OPTIES]</translation>
    </message>
    <message>
        <source>Plans childcare groups, youth-care seats, staff rosters and coaching.</source>
        <translation>Plant kinderopvanggroepen, jeugdhulpplekken, roosters en coaching.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opties:</translation>
    </message>
    <message>
        <source>Print the version and exit</source>
        <translation>Toon de versie en stop</translation>
    </message>
    <message>
        <source>Print this help and exit</source>
        <translation>Toon deze hulp en stop</translation>
    </message>
    <message>
        <source>Run samenplan-cli COMMAND --help for the options of a command.</source>
        <translation>Gebruik samenplan-cli OPDRACHT --help voor de opties van een opdracht.</translation>
    </message>
    <message>
        <source>unknown option %1 (see samenplan-cli --help)</source>
        <translation>onbekende optie %1 (zie samenplan-cli --help)</translation>
    </message>
    <message>
        <source>unknown command %1 (see samenplan-cli --help)</source>
        <translation>onbekende opdracht %1 (zie samenplan-cli --help)</translation>
    </message>
    <message>
        <source>Create a new database file, empty or with demo data</source>
        <translation>Maak een nieuw databasebestand, leeg of met demogegevens</translation>
    </message>
    <message>
        <source>Create a new Samenplan database file.</source>
        <translation>Maak een nieuw Samenplan-databasebestand.</translation>
    </message>
    <message>
        <source>The database file to create</source>
        <translation>Het databasebestand dat gemaakt wordt</translation>
    </message>
    <message>
        <source>Fill it with a demo organisation</source>
        <translation>Vul het met een demo-organisatie</translation>
    </message>
    <message>
        <source>Demo data around this date (default: today)</source>
        <translation>Demogegevens rond deze datum (standaard: vandaag)</translation>
    </message>
    <message>
        <source>init: give exactly one database file</source>
        <translation>init: geef precies één databasebestand</translation>
    </message>
    <message>
        <source>init: %1 is not a valid date (YYYY-MM-DD)</source>
        <translation>init: %1 is geen geldige datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>init: --date goes with --demo</source>
        <translation>init: --date hoort bij --demo</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 gemaakt</translation>
    </message>
    <message>
        <source>The staff-child ratio for the ages of the children present</source>
        <translation>De beroepskracht-kindratio voor de leeftijden van de aanwezige kinderen</translation>
    </message>
    <message>
        <source>Places, youth-care seats and required staff per group on a day</source>
        <translation>Plekken, jeugdhulpplekken en benodigde beroepskrachten per groep op een dag</translation>
    </message>
    <message>
        <source>Print a group&apos;s children and days for a week to PDF</source>
        <translation>Druk de kinderen en dagen van een groep voor een week af als pdf</translation>
    </message>
    <message>
        <source>Check a week&apos;s roster against the staff-child ratio and the other rules</source>
        <translation>Controleer het rooster van een week op de beroepskracht-kindratio en de andere regels</translation>
    </message>
    <message>
        <source>Write the weekly roster as PDF and/or CSV</source>
        <translation>Schrijf het weekrooster als pdf en/of csv</translation>
    </message>
    <message>
        <source>The coaching year, or the sessions as an iCalendar file</source>
        <translation>Het coachingjaar, of de sessies als iCalendar-bestand</translation>
    </message>
    <message>
        <source>Import groups, placements, staff and shifts from CSV, all or nothing</source>
        <translation>Importeer groepen, plaatsingen, medewerkers en diensten uit csv, alles of niets</translation>
    </message>
    <message>
        <source>Export children, placements, staff, the roster or occupancy as CSV or XLSX</source>
        <translation>Exporteer kinderen, plaatsingen, medewerkers, het rooster of de bezetting als csv of xlsx</translation>
    </message>
    <message>
        <source>Export everything held about one child, or erase the child</source>
        <translation>Exporteer alles wat over één kind bewaard wordt, of wis het kind</translation>
    </message>
    <message>
        <source>init: the demo around %1 would have children born after today; choose a date up to %2</source>
        <translation>init: de demo rond %1 zou kinderen hebben die na vandaag geboren worden; kies een datum tot en met %2</translation>
    </message>
    <message>
        <source>When a child fits: per group the earliest start on the wished days</source>
        <translation>Wanneer een kind past: per groep de vroegste start op de gewenste dagen</translation>
    </message>
    <message>
        <source>How full each group is per month and weekday in the coming months, and who leaves</source>
        <translation>Hoe vol elke groep is per maand en weekdag in de komende maanden, en wie er vertrekt</translation>
    </message>
    <message>
        <source>Copy a whole organisation from a file to a server or back</source>
        <translation>Kopieer een hele organisatie van een bestand naar een server of terug</translation>
    </message>
    <message>
        <source>Copy a whole organisation from a file to a server or back, all or nothing.</source>
        <translation>Kopieer een hele organisatie van een bestand naar een server of terug, alles of niets.</translation>
    </message>
    <message>
        <source>The database file or server address to copy</source>
        <translation>Het databasebestand of serveradres om te kopiëren</translation>
    </message>
    <message>
        <source>A new database file, or an empty database on a server (postgresql://...)</source>
        <translation>Een nieuw databasebestand, of een lege database op een server (postgresql://...)</translation>
    </message>
    <message>
        <source>copy: give a source and a destination</source>
        <translation>copy: geef een bron en een bestemming</translation>
    </message>
    <message>
        <source>Copied %1 rows to %2</source>
        <translation>%1 rijen gekopieerd naar %2</translation>
    </message>
    <message>
        <source>Create the Samenplan schema in an empty database on a PostgreSQL server.</source>
        <translation>Maak het Samenplan-schema aan in een lege database op een PostgreSQL-server.</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>postgresql://GEBRUIKER@HOST:POORT/DATABASE</translation>
    </message>
    <message>
        <source>server init: give exactly one server address</source>
        <translation>server init: geef precies één serveradres</translation>
    </message>
    <message>
        <source>server init: %1 is not a server address (postgresql://...); for a file use samenplan-cli init</source>
        <translation>server init: %1 is geen serveradres (postgresql://...); gebruik voor een bestand samenplan-cli init</translation>
    </message>
    <message>
        <source>Created the Samenplan database (version %1) in %2</source>
        <translation>Samenplan-database (versie %1) aangemaakt in %2</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Subopdrachten:</translation>
    </message>
    <message>
        <source>Create the Samenplan schema in an empty database on the server</source>
        <translation>Maak het Samenplan-schema in een lege database op de server</translation>
    </message>
    <message>
        <source>School holidays per region and public holidays of a school year</source>
        <translation>Schoolvakanties per regio en feestdagen van een schooljaar</translation>
    </message>
    <message>
        <source>The day record per group for the inspector, as JSON or PDF</source>
        <translation>De dagregistratie per groep voor de inspecteur, als JSON of PDF</translation>
    </message>
    <message>
        <source>Set up a PostgreSQL server: init, grant and revoke roles</source>
        <translation>Richt een PostgreSQL-server in: init, rollen toekennen (grant) en intrekken (revoke)</translation>
    </message>
    <message>
        <source>Give a server user a Samenplan role: admin, planner, coach or viewer.</source>
        <translation>Geef een servergebruiker een Samenplan-rol: admin, planner, coach of viewer.</translation>
    </message>
    <message>
        <source>Take a server user&apos;s Samenplan role away.</source>
        <translation>Neem de Samenplan-rol van een servergebruiker af.</translation>
    </message>
    <message>
        <source>The server user (a PostgreSQL login)</source>
        <translation>De servergebruiker (een PostgreSQL-login)</translation>
    </message>
    <message>
        <source>admin, planner, coach or viewer</source>
        <translation>admin, planner, coach of viewer</translation>
    </message>
    <message>
        <source>A location the planner changes or the viewer reads (repeat for more)</source>
        <translation>Een locatie die de planner wijzigt of de viewer leest (herhaal voor meer)</translation>
    </message>
    <message>
        <source>For a coach: the staff member or external coach they are</source>
        <translation>Voor een coach: de medewerker of externe coach die hij of zij is</translation>
    </message>
    <message>
        <source>give exactly one server address (postgresql://...)</source>
        <translation>geef precies één serveradres (postgresql://...)</translation>
    </message>
    <message>
        <source>--user NAME is required</source>
        <translation>--user NAAM is verplicht</translation>
    </message>
    <message>
        <source>--role admin|planner|coach|viewer is required</source>
        <translation>--role admin|planner|coach|viewer is verplicht</translation>
    </message>
    <message>
        <source>%1 is now %2 in %3</source>
        <translation>%1 is nu %2 in %3</translation>
    </message>
    <message>
        <source>%1 no longer has a role in %2</source>
        <translation>%1 heeft geen rol meer in %2</translation>
    </message>
    <message>
        <source>Usage: samenplan-cli server init|grant|revoke URL [OPTIONS]</source>
        <translation>Gebruik: samenplan-cli server init|grant|revoke URL [OPTIES]</translation>
    </message>
    <message>
        <source>Set up a Samenplan database on a PostgreSQL server and say who may do what there. URL is postgresql://USER@HOST:PORT/DATABASE or postgresql:///DATABASE?host=/SOCKET/FOLDER; the password comes from PGPASSWORD or ~/.pgpass, never from the address.</source>
        <translation>Richt een Samenplan-database in op een PostgreSQL-server en bepaal wie daar wat mag. URL is postgresql://GEBRUIKER@HOST:POORT/DATABASE of postgresql:///DATABASE?host=/SOCKET/MAP; het wachtwoord komt uit PGPASSWORD of ~/.pgpass, nooit uit het adres.</translation>
    </message>
    <message>
        <source>Give a server user the role admin, planner, coach or viewer (a planner&apos;s locations; a coach&apos;s staff member or external coach)</source>
        <translation>Geef een servergebruiker de rol admin, planner, coach of viewer (de locaties van een planner; de medewerker of externe coach van een coach)</translation>
    </message>
    <message>
        <source>Take a server user&apos;s Samenplan role away</source>
        <translation>Neem de Samenplan-rol van een servergebruiker af</translation>
    </message>
    <message>
        <source>server: give init, grant or revoke, then the server address (see samenplan-cli server --help)</source>
        <translation>server: geef init, grant of revoke en dan het serveradres (zie samenplan-cli server --help)</translation>
    </message>
    <message>
        <source>What-if scenarios kept in the file: list, show, create, change, apply, discard</source>
        <translation>Wat-als-scenario&apos;s in het bestand: tonen, maken, wijzigen, doorvoeren, weggooien</translation>
    </message>
    <message>
        <source>%1: the program %2 that writes documents is not installed beside samenplan-cli</source>
        <translation>%1: het programma %2, dat de documenten schrijft, is niet naast samenplan-cli geïnstalleerd</translation>
    </message>
    <message>
        <source>%1: %2 could not be started: %3</source>
        <translation>%1: %2 kon niet worden gestart: %3</translation>
    </message>
</context>
<context>
    <name>samenplan::cli::BkrText</name>
    <message>
        <source>no ages given</source>
        <translation>geen leeftijden opgegeven</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an age in whole years</source>
        <translation>&apos;%1&apos; is geen leeftijd in hele jaren</translation>
    </message>
    <message>
        <source>age %1 is outside %2 (%3 to %4)</source>
        <translation>leeftijd %1 valt buiten %2 (%3 tot en met %4)</translation>
    </message>
    <message>
        <source>The staff-child ratio (BKR) for the children present.</source>
        <translation>De beroepskracht-kindratio (BKR) voor de aanwezige kinderen.</translation>
    </message>
    <message>
        <source>dagopvang or bso</source>
        <translation>dagopvang of bso</translation>
    </message>
    <message>
        <source>Ages in completed years, comma-separated</source>
        <translation>Leeftijden in hele jaren, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>The day (default: today); chooses the rule set</source>
        <translation>De dag (standaard: vandaag); bepaalt de regelset</translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation>Antwoord als JSON</translation>
    </message>
    <message>
        <source>Read one list of ages per line; answer one JSON object per line</source>
        <translation>Lees één lijst leeftijden per regel; antwoord met één JSON-object per regel</translation>
    </message>
    <message>
        <source>bkr: unexpected argument %1</source>
        <translation>bkr: onverwacht argument %1</translation>
    </message>
    <message>
        <source>bkr: --setting dagopvang|bso is required</source>
        <translation>bkr: --setting dagopvang|bso is verplicht</translation>
    </message>
    <message>
        <source>bkr: unknown setting %1 (dagopvang or bso)</source>
        <translation>bkr: onbekende opvangsoort %1 (dagopvang of bso)</translation>
    </message>
    <message>
        <source>bkr: %1 is not a valid date (YYYY-MM-DD)</source>
        <translation>bkr: %1 is geen geldige datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>bkr: give either --ages or --stdin</source>
        <translation>bkr: geef --ages of --stdin</translation>
    </message>
    <message>
        <source>bkr: %1</source>
        <translation>bkr: %1</translation>
    </message>
    <message numerus="yes">
        <source>Required: %n professional(s)</source>
        <translation>
            <numerusform>Nodig: %n beroepskracht</numerusform>
            <numerusform>Nodig: %n beroepskrachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Niet toegestaan</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
</context>
<context>
    <name>samenplan::cli::CheckCliText</name>
    <message>
        <source>Check a week&apos;s roster against the staff-child ratio and the other rules.</source>
        <translation>Controleer het rooster van een week op de beroepskracht-kindratio en de andere regels.</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>Het databasebestand</translation>
    </message>
    <message>
        <source>The ISO week, e.g. 2026-W48</source>
        <translation>De ISO-week, bijvoorbeeld 2026-W48</translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation>Antwoord als JSON</translation>
    </message>
    <message>
        <source>check: give exactly one database file</source>
        <translation>check: geef precies één databasebestand</translation>
    </message>
    <message>
        <source>check: --week YYYY-Www is required</source>
        <translation>check: --week JJJJ-Www is verplicht</translation>
    </message>
    <message>
        <source>check: %1 is not a week such as 2026-W48</source>
        <translation>check: %1 is geen week zoals 2026-W48</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n melding</numerusform>
            <numerusform>%n meldingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Also check a stored what-if scenario, beside the plan</source>
        <translation>Controleer ook een bewaard wat-als-scenario, naast het plan</translation>
    </message>
    <message>
        <source>check: there is no scenario called %1</source>
        <translation>check: er is geen scenario met de naam %1</translation>
    </message>
    <message>
        <source>Scenario %1 beside the plan (+ added, - resolved):</source>
        <translation>Scenario %1 naast het plan (+ erbij, - opgelost):</translation>
    </message>
</context>
<context>
    <name>samenplan::cli::CoachingCliText</name>
    <message>
        <source>The coaching year, or the coaching sessions as an iCalendar file.</source>
        <translation>Het coachingjaar, of de coachingsessies als iCalendar-bestand.</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>Het databasebestand</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>Het jaar</translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation>Antwoord als JSON</translation>
    </message>
    <message>
        <source>Write the sessions to this iCalendar file</source>
        <translation>Schrijf de sessies naar dit iCalendar-bestand</translation>
    </message>
    <message>
        <source>Only this coach&apos;s sessions</source>
        <translation>Alleen de sessies van deze coach</translation>
    </message>
    <message>
        <source>Include the focus child&apos;s name (private: only when asked)</source>
        <translation>Neem de naam van het focuskind op (privé: alleen op verzoek)</translation>
    </message>
    <message>
        <source>coaching: give exactly one database file</source>
        <translation>coaching: geef precies één databasebestand</translation>
    </message>
    <message>
        <source>coaching: %1 is not a year</source>
        <translation>coaching: %1 is geen jaar</translation>
    </message>
    <message>
        <source>coaching: give --year YYYY, or --ics OUT.ics</source>
        <translation>coaching: geef --year JJJJ of --ics UIT.ics</translation>
    </message>
    <message>
        <source>coaching: --coach and --with-focus-child go with --ics</source>
        <translation>coaching: --coach en --with-focus-child horen bij --ics</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
    <message>
        <source>Coaching %1: required %2 h, planned %3 h, held %4 h</source>
        <translation>Coaching %1: vereist %2 u, gepland %3 u, gehouden %4 u</translation>
    </message>
    <message>
        <source>No coaching yet: %1</source>
        <translation>Nog geen coaching: %1</translation>
    </message>
</context>
<context>
    <name>samenplan::cli::DayRecordCliText</name>
    <message>
        <source>dayrecord: %1 is not a number of months</source>
        <translation>dayrecord: %1 is geen aantal maanden</translation>
    </message>
    <message>
        <source>Day records are kept %1 months.</source>
        <translation>Dagregistraties worden %1 maanden bewaard.</translation>
    </message>
    <message>
        <source>Removed %1 rows of expired day records.</source>
        <translation>%1 regels van verlopen dagregistraties verwijderd.</translation>
    </message>
    <message>
        <source>The day record per group: who was there and the staff-child ratio per quarter hour.</source>
        <translation>De dagregistratie per groep: wie er was en de beroepskracht-kindratio per kwartier.</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>Het databasebestand</translation>
    </message>
    <message>
        <source>The day, e.g. 2026-11-23</source>
        <translation>De dag, bijv. 2026-11-23</translation>
    </message>
    <message>
        <source>Only this group</source>
        <translation>Alleen deze groep</translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation>Antwoord als JSON</translation>
    </message>
    <message>
        <source>Write the record as PDF (A4, one group a page)</source>
        <translation>Schrijf de registratie als PDF (A4, één groep per pagina)</translation>
    </message>
    <message>
        <source>Keep day records this many months (12 to 120; default 24)</source>
        <translation>Bewaar dagregistraties zoveel maanden (12 tot 120; standaard 24)</translation>
    </message>
    <message>
        <source>Remove the day records older than the retention</source>
        <translation>Verwijder de dagregistraties die ouder zijn dan de bewaartermijn</translation>
    </message>
    <message>
        <source>dayrecord: give exactly one database file</source>
        <translation>dayrecord: geef precies één databasebestand</translation>
    </message>
    <message>
        <source>dayrecord: --date YYYY-MM-DD is required</source>
        <translation>dayrecord: --date JJJJ-MM-DD is verplicht</translation>
    </message>
    <message>
        <source>dayrecord: no group called %1 (groups: %2)</source>
        <translation>dayrecord: geen groep met de naam %1 (groepen: %2)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
    <message>
        <source>record</source>
        <translation>registratie</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>planning</translation>
    </message>
    <message>
        <source>%1 children, %2 staff, %3 min below the ratio (%4 allowed)%5</source>
        <translation>%1 kinderen, %2 medewerkers, %3 min onder de BKR (%4 toegestaan)%5</translation>
    </message>
    <message>
        <source>, violation</source>
        <translation>, overtreding</translation>
    </message>
</context>
<context>
    <name>samenplan::cli::ExportCliText</name>
    <message>
        <source>Export a table as CSV (&apos;;&apos;, UTF-8 with BOM) or all tables as XLSX.</source>
        <translation>Exporteer een tabel als csv (&apos;;&apos;, UTF-8 met BOM) of alle tabellen als xlsx.</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>Het databasebestand</translation>
    </message>
    <message>
        <source>children, placements, staff, roster or occupancy (XLSX: all when not given)</source>
        <translation>children, placements, staff, roster of occupancy (xlsx: allemaal als niets gegeven is)</translation>
    </message>
    <message>
        <source>The day (and its week for the roster); default today</source>
        <translation>De dag (en voor het rooster zijn week); standaard vandaag</translation>
    </message>
    <message>
        <source>Write CSV</source>
        <translation>Schrijf csv</translation>
    </message>
    <message>
        <source>Write XLSX</source>
        <translation>Schrijf xlsx</translation>
    </message>
    <message>
        <source>Include youth-care fields (special-category data)</source>
        <translation>Neem jeugdhulpgegevens op (bijzondere persoonsgegevens)</translation>
    </message>
    <message>
        <source>export: give exactly one database file</source>
        <translation>export: geef precies één databasebestand</translation>
    </message>
    <message>
        <source>export: give either --csv or --xlsx</source>
        <translation>export: geef --csv of --xlsx</translation>
    </message>
    <message>
        <source>export: unknown table %1 (choose from %2)</source>
        <translation>export: onbekende tabel %1 (kies uit %2)</translation>
    </message>
    <message>
        <source>export: --csv needs --table</source>
        <translation>export: --csv heeft --table nodig</translation>
    </message>
    <message>
        <source>export: %1 is not a valid date (YYYY-MM-DD)</source>
        <translation>export: %1 is geen geldige datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
</context>
<context>
    <name>samenplan::cli::FitCliText</name>
    <message>
        <source>When a child fits: per group the earliest start on the wished days.</source>
        <translation>Wanneer een kind past: per groep de vroegste start op de gewenste dagen.</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>Het databasebestand</translation>
    </message>
    <message>
        <source>The (expected) birth date</source>
        <translation>De (verwachte) geboortedatum</translation>
    </message>
    <message>
        <source>The wished weekdays, e.g. ma,di</source>
        <translation>De gewenste weekdagen, bijvoorbeeld ma,di</translation>
    </message>
    <message>
        <source>The hours on those days (default: opening hours)</source>
        <translation>De tijden op die dagen (standaard: de openingstijden)</translation>
    </message>
    <message>
        <source>The wished start (default: today)</source>
        <translation>De gewenste startdatum (standaard: vandaag)</translation>
    </message>
    <message>
        <source>Only this group</source>
        <translation>Alleen deze groep</translation>
    </message>
    <message>
        <source>A youth-care seat instead of a regular place</source>
        <translation>Een jeugdhulpplek in plaats van een reguliere plek</translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation>Antwoord als JSON</translation>
    </message>
    <message>
        <source>fit: give exactly one database file</source>
        <translation>fit: geef precies één databasebestand</translation>
    </message>
    <message>
        <source>fit: --birth-date YYYY-MM-DD and --days are required</source>
        <translation>fit: --birth-date JJJJ-MM-DD en --days zijn verplicht</translation>
    </message>
    <message>
        <source>fit: %1 is not a valid date (YYYY-MM-DD)</source>
        <translation>fit: %1 is geen geldige datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>fit: %1 are not weekdays (ma,di,wo,do,vr,za,zo)</source>
        <translation>fit: %1 zijn geen weekdagen (ma,di,wo,do,vr,za,zo)</translation>
    </message>
    <message>
        <source>fit: %1 is not a time range (HH:MM-HH:MM)</source>
        <translation>fit: %1 is geen tijdvak (UU:MM-UU:MM)</translation>
    </message>
    <message>
        <source>fit: there is no group called %1</source>
        <translation>fit: er is geen groep die %1 heet</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>nothing fits within 24 months</source>
        <translation>binnen 24 maanden past het nergens</translation>
    </message>
</context>
<context>
    <name>samenplan::cli::ForecastCliText</name>
    <message>
        <source>How full each group is per month and weekday, and who leaves.</source>
        <translation>Hoe vol elke groep is per maand en weekdag, en wie er vertrekt.</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>Het databasebestand</translation>
    </message>
    <message>
        <source>The first month (default: this month)</source>
        <translation>De eerste maand (standaard: deze maand)</translation>
    </message>
    <message>
        <source>The number of months (default 12, at most 60)</source>
        <translation>Het aantal maanden (standaard 12, hoogstens 60)</translation>
    </message>
    <message>
        <source>Only this group</source>
        <translation>Alleen deze groep</translation>
    </message>
    <message>
        <source>Also list children whose trajectory ends (special-category data)</source>
        <translation>Noem ook kinderen van wie het traject afloopt (bijzondere persoonsgegevens)</translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation>Antwoord als JSON</translation>
    </message>
    <message>
        <source>What if the waiting list were placed at its earliest fits (nothing is stored)</source>
        <translation>Wat als de wachtlijst geplaatst wordt zodra elke wens past (er wordt niets opgeslagen)</translation>
    </message>
    <message>
        <source>forecast: give exactly one database file</source>
        <translation>forecast: geef precies één databasebestand</translation>
    </message>
    <message>
        <source>forecast: %1 is not a month (YYYY-MM)</source>
        <translation>forecast: %1 is geen maand (JJJJ-MM)</translation>
    </message>
    <message>
        <source>forecast: --months takes a number from 1 to 60, not %1</source>
        <translation>forecast: --months neemt een getal van 1 tot 60, niet %1</translation>
    </message>
    <message>
        <source>forecast: there is no group called %1</source>
        <translation>forecast: er is geen groep met de naam %1</translation>
    </message>
    <message>
        <source>What if: %1 in %2 (%3) from %4</source>
        <translation>Wat als: %1 in %2 (%3) vanaf %4</translation>
    </message>
    <message>
        <source>What if: %1 fits nowhere within 24 months</source>
        <translation>Wat als: %1 past nergens binnen 24 maanden</translation>
    </message>
    <message>
        <source>leaves: %1 (last day %2)</source>
        <translation>vertrekt: %1 (laatste dag %2)</translation>
    </message>
    <message>
        <source>Count a stored what-if scenario&apos;s changes, beside the plan</source>
        <translation>Tel de wijzigingen van een bewaard wat-als-scenario mee, naast het plan</translation>
    </message>
    <message>
        <source>forecast: give --place-waiting-list or --scenario, not both</source>
        <translation>forecast: geef --place-waiting-list of --scenario, niet allebei</translation>
    </message>
    <message>
        <source>forecast: there is no scenario called %1</source>
        <translation>forecast: er is geen scenario met de naam %1</translation>
    </message>
</context>
<context>
    <name>samenplan::cli::GroupListCliText</name>
    <message>
        <source>Print a group&apos;s children and days for a week to PDF (no youth-care information).</source>
        <translation>Druk de kinderen en dagen van een groep voor een week af als pdf (zonder jeugdhulpgegevens).</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>Het databasebestand</translation>
    </message>
    <message>
        <source>The group&apos;s name</source>
        <translation>De naam van de groep</translation>
    </message>
    <message>
        <source>The ISO week, e.g. 2026-W48</source>
        <translation>De ISO-week, bijvoorbeeld 2026-W48</translation>
    </message>
    <message>
        <source>The PDF file to write</source>
        <translation>Het pdf-bestand dat geschreven wordt</translation>
    </message>
    <message>
        <source>grouplist: give exactly one database file</source>
        <translation>grouplist: geef precies één databasebestand</translation>
    </message>
    <message>
        <source>grouplist: --group, --week and --pdf are required</source>
        <translation>grouplist: --group, --week en --pdf zijn verplicht</translation>
    </message>
    <message>
        <source>grouplist: %1 is not a week such as 2026-W48</source>
        <translation>grouplist: %1 is geen week zoals 2026-W48</translation>
    </message>
    <message>
        <source>grouplist: no group called %1 (groups: %2)</source>
        <translation>grouplist: er is geen groep %1 (groepen: %2)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
</context>
<context>
    <name>samenplan::cli::HolidaysCliText</name>
    <message numerus="yes">
        <source>Imported %n holiday(s).</source>
        <translation>
            <numerusform>%n vakantie geïmporteerd.</numerusform>
            <numerusform>%n vakanties geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>School holidays per region and public holidays of a school year.</source>
        <translation>Schoolvakanties per regio en feestdagen van een schooljaar.</translation>
    </message>
    <message>
        <source>The database file (optional: without it, the holidays shipped with Samenplan)</source>
        <translation>Het databasebestand (optioneel: zonder bestand de vakanties die met Samenplan meekomen)</translation>
    </message>
    <message>
        <source>The school year, e.g. 2026-2027</source>
        <translation>Het schooljaar, bijv. 2026-2027</translation>
    </message>
    <message>
        <source>The holiday region: noord, midden or zuid</source>
        <translation>De vakantieregio: noord, midden of zuid</translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation>Antwoord als JSON</translation>
    </message>
    <message>
        <source>Add the events of an iCalendar file as holidays of the region</source>
        <translation>Voeg de afspraken uit een iCalendar-bestand toe als vakanties van de regio</translation>
    </message>
    <message>
        <source>holidays: give at most one database file</source>
        <translation>holidays: geef hoogstens één databasebestand</translation>
    </message>
    <message>
        <source>holidays: --region noord, midden or zuid is required</source>
        <translation>holidays: --region noord, midden of zuid is verplicht</translation>
    </message>
    <message>
        <source>holidays: %1 is not a region (noord, midden, zuid)</source>
        <translation>holidays: %1 is geen regio (noord, midden, zuid)</translation>
    </message>
    <message>
        <source>holidays: --import-ics needs the database file</source>
        <translation>holidays: --import-ics heeft het databasebestand nodig</translation>
    </message>
    <message>
        <source>holidays: --school-year such as 2026-2027 is required</source>
        <translation>holidays: --school-year zoals 2026-2027 is verplicht</translation>
    </message>
    <message>
        <source> (not confirmed)</source>
        <translation> (niet bevestigd)</translation>
    </message>
    <message>
        <source>No school holidays registered for %1 in %2.</source>
        <translation>Geen schoolvakanties geregistreerd voor %1 in %2.</translation>
    </message>
</context>
<context>
    <name>samenplan::cli::ImportCliText</name>
    <message>
        <source>Import groups, placements, staff and shifts from CSV files, all or nothing.</source>
        <translation>Importeer groepen, plaatsingen, medewerkers en diensten uit csv-bestanden, alles of niets.</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>Het databasebestand</translation>
    </message>
    <message>
        <source>Groups CSV</source>
        <translation>Groepen-csv</translation>
    </message>
    <message>
        <source>Placements CSV</source>
        <translation>Plaatsingen-csv</translation>
    </message>
    <message>
        <source>Staff CSV</source>
        <translation>Medewerkers-csv</translation>
    </message>
    <message>
        <source>Shifts CSV</source>
        <translation>Diensten-csv</translation>
    </message>
    <message>
        <source>Check everything, write nothing</source>
        <translation>Controleer alles, schrijf niets</translation>
    </message>
    <message>
        <source>import: give exactly one database file</source>
        <translation>import: geef precies één databasebestand</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%n probleem; er is niets geïmporteerd.</numerusform>
            <numerusform>%n problemen; er is niets geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 group(s), %2 child(ren) in %3 placement(s), %4 staff, %5 shift(s).</source>
        <translation>%1 groep(en), %2 kind(eren) in %3 plaatsing(en), %4 medewerker(s), %5 dienst(en) geïmporteerd.</translation>
    </message>
    <message>
        <source>Dry run: %1 group(s), %2 child(ren) in %3 placement(s), %4 staff, %5 shift(s) would be imported.</source>
        <translation>Proefrun: %1 groep(en), %2 kind(eren) in %3 plaatsing(en), %4 medewerker(s), %5 dienst(en) zouden worden geïmporteerd.</translation>
    </message>
    <message>
        <source>Attendance CSV (child;date;arrived;left)</source>
        <translation>Aanwezigheid-CSV (child;date;arrived;left)</translation>
    </message>
    <message>
        <source>import: give at least one of --groups, --placements, --staff, --shifts and --attendance</source>
        <translation>import: geef minstens één van --groups, --placements, --staff, --shifts en --attendance</translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %n child day(s).</source>
        <translation>
            <numerusform>Aanwezigheid: %n kinddag.</numerusform>
            <numerusform>Aanwezigheid: %n kinddagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samenplan::cli::OccupancyCliText</name>
    <message>
        <source>Places, youth-care seats and required staff per group on a day.</source>
        <translation>Plekken, jeugdhulpplekken en benodigde beroepskrachten per groep op een dag.</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>Het databasebestand</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>De dag</translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation>Antwoord als JSON</translation>
    </message>
    <message>
        <source>occupancy: give exactly one database file</source>
        <translation>occupancy: geef precies één databasebestand</translation>
    </message>
    <message>
        <source>occupancy: --date YYYY-MM-DD is required</source>
        <translation>occupancy: --date JJJJ-MM-DD is verplicht</translation>
    </message>
    <message>
        <source>occupancy: %1 is not a valid date (YYYY-MM-DD)</source>
        <translation>occupancy: %1 is geen geldige datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>regular %1/%2, youth-care seats %3/%4, required staff %5</source>
        <translation>regulier %1/%2, jeugdhulpplekken %3/%4, benodigde beroepskrachten %5</translation>
    </message>
</context>
<context>
    <name>samenplan::cli::PrivacyCliText</name>
    <message>
        <source>Export everything held about one child, or erase the child.</source>
        <translation>Exporteer alles wat over één kind bewaard wordt, of wis het kind.</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>Het databasebestand</translation>
    </message>
    <message>
        <source>The child&apos;s first and last name</source>
        <translation>De voor- en achternaam van het kind</translation>
    </message>
    <message>
        <source>The birth date, when two children share a name</source>
        <translation>De geboortedatum, als twee kinderen dezelfde naam hebben</translation>
    </message>
    <message>
        <source>Write the data as JSON</source>
        <translation>Schrijf de gegevens als JSON</translation>
    </message>
    <message>
        <source>Write the data as a readable PDF</source>
        <translation>Schrijf de gegevens als leesbare pdf</translation>
    </message>
    <message>
        <source>Erase the child: remove what can go, anonymise the placements, log it</source>
        <translation>Wis het kind: verwijder wat weg kan, anonimiseer de plaatsingen, leg het vast</translation>
    </message>
    <message>
        <source>privacy: give one database file and --child NAME</source>
        <translation>privacy: geef één databasebestand en --child NAAM</translation>
    </message>
    <message>
        <source>privacy: give --json and/or --pdf, or --erase alone</source>
        <translation>privacy: geef --json en/of --pdf, of alleen --erase</translation>
    </message>
    <message>
        <source>privacy: %1 is not a valid date</source>
        <translation>privacy: %1 is geen geldige datum</translation>
    </message>
    <message>
        <source>privacy: no child called %1</source>
        <translation>privacy: er is geen kind %1</translation>
    </message>
    <message>
        <source>privacy: %1 children are called %2; add --birth-date</source>
        <translation>privacy: %1 kinderen heten %2; geef ook --birth-date</translation>
    </message>
    <message>
        <source>Erased %1; the placements are kept without personal data, and the erasure is logged.</source>
        <translation>%1 gewist; de plaatsingen blijven zonder persoonsgegevens bewaard en het wissen is vastgelegd.</translation>
    </message>
    <message>
        <source>privacy: cannot write %1: %2</source>
        <translation>privacy: kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
    <message>
        <source>The backup made before the last import, %1, held %2 too; erased there as well.</source>
        <translation>De reservekopie van voor de laatste import, %1, bevatte %2 ook; daar is het kind ook gewist.</translation>
    </message>
    <message>
        <source>privacy: the backup made before the last import, %1, may still hold %2: it could not be erased there (%3). Delete that file.</source>
        <translation>privacy: de reservekopie van voor de laatste import, %1, kan %2 nog bevatten: wissen lukte daar niet (%3). Verwijder dat bestand.</translation>
    </message>
</context>
<context>
    <name>samenplan::cli::RosterCliText</name>
    <message>
        <source>The database file</source>
        <translation>Het databasebestand</translation>
    </message>
    <message>
        <source>The ISO week, e.g. 2026-W48</source>
        <translation>De ISO-week, bijvoorbeeld 2026-W48</translation>
    </message>
    <message>
        <source>The PDF file to write</source>
        <translation>Het pdf-bestand dat geschreven wordt</translation>
    </message>
    <message>
        <source>The CSV file to write</source>
        <translation>Het csv-bestand dat geschreven wordt</translation>
    </message>
    <message>
        <source>roster: give exactly one database file</source>
        <translation>roster: geef precies één databasebestand</translation>
    </message>
    <message>
        <source>roster: --week and at least one of --pdf and --csv are required</source>
        <translation>roster: --week en minstens één van --pdf en --csv zijn verplicht</translation>
    </message>
    <message>
        <source>roster: %1 is not a week such as 2026-W48</source>
        <translation>roster: %1 is geen week zoals 2026-W48</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
    <message>
        <source>Write the weekly roster as a PDF (A4 landscape: lists by staff and by group, or time bars for the wall) and/or a CSV file (one row per shift).</source>
        <translation>Schrijf het weekrooster als pdf (A4 liggend: lijsten per medewerker en per groep, of tijdbalken voor aan de muur) en/of als csv-bestand (één regel per dienst).</translation>
    </message>
    <message>
        <source>The PDF&apos;s layout: list (by staff and by group, the default) or wall (time bars per person, for the wall)</source>
        <translation>De opmaak van de pdf: list (per medewerker en per groep, de standaard) of wall (tijdbalken per persoon, voor aan de muur)</translation>
    </message>
    <message>
        <source>roster: --layout is wall or list, not %1</source>
        <translation>roster: --layout is wall of list, niet %1</translation>
    </message>
    <message>
        <source>roster: --layout chooses the layout of --pdf; give --pdf too</source>
        <translation>roster: --layout kiest de opmaak van --pdf; geef ook --pdf</translation>
    </message>
    <message>
        <source>Only this location&apos;s pages in the PDF</source>
        <translation>Alleen de pagina&apos;s van deze locatie in de pdf</translation>
    </message>
    <message>
        <source>roster: there is no location called %1</source>
        <translation>roster: er is geen locatie met de naam %1</translation>
    </message>
</context>
<context>
    <name>samenplan::cli::ScenarioCliText</name>
    <message>
        <source>scenario: there is no group called %1</source>
        <translation>scenario: er is geen groep met de naam %1</translation>
    </message>
    <message>
        <source>scenario: more than one location has a group called %1; add --location</source>
        <translation>scenario: meer dan één locatie heeft een groep met de naam %1; geef --location</translation>
    </message>
    <message>
        <source>Place this child (with --group, --days, --start)</source>
        <translation>Plaats dit kind (met --group, --days, --start)</translation>
    </message>
    <message>
        <source>The group to place the child in (an existing one or one the scenario adds)</source>
        <translation>De groep waarin het kind komt (een bestaande of een die het scenario toevoegt)</translation>
    </message>
    <message>
        <source>The placement&apos;s first day</source>
        <translation>De eerste dag van de plaatsing</translation>
    </message>
    <message>
        <source>The weekdays, e.g. ma,di</source>
        <translation>De weekdagen, bijvoorbeeld ma,di</translation>
    </message>
    <message>
        <source>The hours on those days (default: opening hours)</source>
        <translation>De tijden op die dagen (standaard: de openingstijden)</translation>
    </message>
    <message>
        <source>In a youth-care seat (the child needs a referral)</source>
        <translation>Op een jeugdhulpplek (het kind heeft een verwijzing nodig)</translation>
    </message>
    <message>
        <source>End or extend this child&apos;s placement (with --on)</source>
        <translation>Beëindig of verleng de plaatsing van dit kind (met --on)</translation>
    </message>
    <message>
        <source>Move the end of this child&apos;s youth-care trajectory (with --on)</source>
        <translation>Verschuif het einde van het jeugdhulptraject van dit kind (met --on)</translation>
    </message>
    <message>
        <source>The new last day, or &apos;open&apos; for a placement that runs on</source>
        <translation>De nieuwe laatste dag, of &apos;open&apos; voor een plaatsing die doorloopt</translation>
    </message>
    <message>
        <source>Add a group (with --location, --ages, --max)</source>
        <translation>Voeg een groep toe (met --location, --ages, --max)</translation>
    </message>
    <message>
        <source>The location</source>
        <translation>De locatie</translation>
    </message>
    <message>
        <source>dagopvang, peutergroep or bso (default dagopvang)</source>
        <translation>dagopvang, peutergroep of bso (standaard dagopvang)</translation>
    </message>
    <message>
        <source>The age range in months, e.g. 0-48</source>
        <translation>De leeftijden in maanden, bijvoorbeeld 0-48</translation>
    </message>
    <message>
        <source>The most children at one moment</source>
        <translation>Het grootste aantal kinderen tegelijk</translation>
    </message>
    <message>
        <source>Of those, the youth-care seats (default: 4, or as the group has)</source>
        <translation>Daarvan de jeugdhulpplekken (standaard 4, of zoals de groep heeft)</translation>
    </message>
    <message>
        <source>Change this group&apos;s maximum (with --max)</source>
        <translation>Wijzig het maximum van deze groep (met --max)</translation>
    </message>
    <message>
        <source>scenario: give one change: --place, --end-placement, --trajectory-end, --new-group or --group-maximum</source>
        <translation>scenario: geef één wijziging: --place, --end-placement, --trajectory-end, --new-group of --group-maximum</translation>
    </message>
    <message>
        <source>scenario: there is no location called %1</source>
        <translation>scenario: er is geen locatie met de naam %1</translation>
    </message>
    <message>
        <source>scenario: there is no child called %1</source>
        <translation>scenario: er is geen kind met de naam %1</translation>
    </message>
    <message>
        <source>scenario: --place needs --group, --start and --days</source>
        <translation>scenario: --place heeft --group, --start en --days nodig</translation>
    </message>
    <message>
        <source>scenario: %1 is not a valid date (YYYY-MM-DD)</source>
        <translation>scenario: %1 is geen geldige datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>scenario: %1 are not weekdays (ma,di,wo,do,vr,za,zo)</source>
        <translation>scenario: %1 zijn geen weekdagen (ma,di,wo,do,vr,za,zo)</translation>
    </message>
    <message>
        <source>scenario: %1 is not a time range (HH:MM-HH:MM)</source>
        <translation>scenario: %1 is geen tijdvak (UU:MM-UU:MM)</translation>
    </message>
    <message>
        <source>scenario: the location is closed on %1; give --times</source>
        <translation>scenario: de locatie is op %1 gesloten; geef --times</translation>
    </message>
    <message>
        <source>scenario: give the new last day with --on YYYY-MM-DD</source>
        <translation>scenario: geef de nieuwe laatste dag met --on JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>scenario: %1 has no placement running today or later</source>
        <translation>scenario: %1 heeft geen plaatsing die vandaag of later loopt</translation>
    </message>
    <message>
        <source>scenario: %1 has no trajectory running today or later</source>
        <translation>scenario: %1 heeft geen traject dat vandaag of later loopt</translation>
    </message>
    <message>
        <source>scenario: give the maximum with --max N</source>
        <translation>scenario: geef het maximum met --max N</translation>
    </message>
    <message>
        <source>scenario: --max takes a number of at least 1, not %1</source>
        <translation>scenario: --max is een getal van minstens 1, niet %1</translation>
    </message>
    <message>
        <source>scenario: --seats takes a number of at least 0, not %1</source>
        <translation>scenario: --seats is een getal van minstens 0, niet %1</translation>
    </message>
    <message>
        <source>scenario: --new-group needs --location</source>
        <translation>scenario: --new-group heeft --location nodig</translation>
    </message>
    <message>
        <source>scenario: %1 is not a care type (dagopvang, peutergroep, bso)</source>
        <translation>scenario: %1 is geen opvangsoort (dagopvang, peutergroep, bso)</translation>
    </message>
    <message>
        <source>scenario: %1 is not an age range in months (e.g. 0-48)</source>
        <translation>scenario: %1 is geen leeftijdsbereik in maanden (bijvoorbeeld 0-48)</translation>
    </message>
    <message>
        <source>What-if scenarios kept in the file: list, show, create, add to, apply, discard.</source>
        <translation>Wat-als-scenario&apos;s in het bestand: tonen, maken, aanvullen, doorvoeren, weggooien.</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>Het databasebestand</translation>
    </message>
    <message>
        <source>Show a scenario&apos;s changes</source>
        <translation>Toon de wijzigingen van een scenario</translation>
    </message>
    <message>
        <source>Create a scenario</source>
        <translation>Maak een scenario</translation>
    </message>
    <message>
        <source>Add one change to a scenario</source>
        <translation>Voeg één wijziging toe aan een scenario</translation>
    </message>
    <message>
        <source>Make a scenario&apos;s changes to the plan</source>
        <translation>Voer de wijzigingen van een scenario door in het plan</translation>
    </message>
    <message>
        <source>Delete a scenario</source>
        <translation>Gooi een scenario weg</translation>
    </message>
    <message>
        <source>A note with a new scenario</source>
        <translation>Een notitie bij een nieuw scenario</translation>
    </message>
    <message>
        <source>A new scenario starts with the waiting list placed at its earliest fits</source>
        <translation>Een nieuw scenario begint met de wachtlijst geplaatst op de vroegst passende data</translation>
    </message>
    <message>
        <source>With --place-waiting-list: nobody before this day (default today)</source>
        <translation>Met --place-waiting-list: niemand vóór deze dag (standaard vandaag)</translation>
    </message>
    <message>
        <source>Also show youth-care seats and trajectories (special-category data)</source>
        <translation>Toon ook jeugdhulpplekken en trajecten (bijzondere persoonsgegevens)</translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation>Antwoord als JSON</translation>
    </message>
    <message>
        <source>scenario: give exactly one database file</source>
        <translation>scenario: geef precies één databasebestand</translation>
    </message>
    <message>
        <source>scenario: give one of --show, --create, --add-to, --apply or --discard</source>
        <translation>scenario: geef één van --show, --create, --add-to, --apply of --discard</translation>
    </message>
    <message>
        <source>scenario: a change needs --add-to NAME</source>
        <translation>scenario: een wijziging heeft --add-to NAAM nodig</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <source>applied on %1</source>
        <translation>doorgevoerd op %1</translation>
    </message>
    <message numerus="yes">
        <source>Created scenario %1 with %n change(s)</source>
        <translation>
            <numerusform>Scenario %1 gemaakt met %n wijziging</numerusform>
            <numerusform>Scenario %1 gemaakt met %n wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <source>scenario: there is no scenario called %1</source>
        <translation>scenario: er is geen scenario met de naam %1</translation>
    </message>
    <message>
        <source>scenario: %1 was applied already; its changes stay as they were</source>
        <translation>scenario: %1 is al doorgevoerd; de wijzigingen blijven zoals ze waren</translation>
    </message>
    <message>
        <source>Added to scenario %1</source>
        <translation>Toegevoegd aan scenario %1</translation>
    </message>
    <message>
        <source>Applied scenario %1 to the plan</source>
        <translation>Scenario %1 is doorgevoerd in het plan</translation>
    </message>
    <message>
        <source>Discarded scenario %1</source>
        <translation>Scenario %1 is weggegooid</translation>
    </message>
</context>
<context>
    <name>samenplan::coaching::CoachingText</name>
    <message>
        <source>the coach</source>
        <translation>de coach</translation>
    </message>
    <message>
        <source>With the pedagogues off the floor for coaching, %1 falls below the staff-child ratio beyond what the three-hour rule allows.</source>
        <translation>Met de medewerkers buiten de groep voor coaching komt %1 verder onder de beroepskracht-kindratio dan de drie-uursregeling toestaat.</translation>
    </message>
    <message>
        <source>A coaching session is planned on a day %1 is closed.</source>
        <translation>Er is coaching gepland op een dag dat %1 gesloten is.</translation>
    </message>
    <message>
        <source>%1 is coached on %2 but not rostered there at that time.</source>
        <translation>%1 wordt gecoacht op %2 maar staat daar op dat moment niet ingeroosterd.</translation>
    </message>
    <message>
        <source>%1 has two coaching sessions at once.</source>
        <translation>%1 heeft twee coachingsessies tegelijk.</translation>
    </message>
    <message>
        <source>%1 is rostered on another group during the coaching session.</source>
        <translation>%1 staat tijdens de coachingsessie op een andere groep ingeroosterd.</translation>
    </message>
</context>
<context>
    <name>samenplan::coaching::IcsText</name>
    <message>
        <source>Coaching on the job</source>
        <translation>Coaching on the job</translation>
    </message>
    <message>
        <source>Pedagogical coaching</source>
        <translation>Pedagogische coaching</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>Teamoverleg</translation>
    </message>
    <message>
        <source>There is no coach called %1.</source>
        <translation>Er is geen coach met de naam %1.</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Doel: %1</translation>
    </message>
    <message>
        <source>Coach: %1</source>
        <translation>Coach: %1</translation>
    </message>
    <message>
        <source>Pedagogues: %1</source>
        <translation>Pedagogisch medewerkers: %1</translation>
    </message>
    <message>
        <source>Off the floor</source>
        <translation>Buiten de groep</translation>
    </message>
    <message>
        <source>Focus child: %1</source>
        <translation>Focuskind: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Geannuleerd: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>samenplan::coaching::SeriesText</name>
    <message>
        <source>The session&apos;s date is not a valid date.</source>
        <translation>De datum van de sessie is geen geldige datum.</translation>
    </message>
    <message>
        <source>The session ends at %1, before it starts at %2.</source>
        <translation>De sessie eindigt om %1, voordat hij begint om %2.</translation>
    </message>
    <message>
        <source>Choose the coach.</source>
        <translation>Kies de coach.</translation>
    </message>
    <message>
        <source>Choose at least one pedagogue to coach.</source>
        <translation>Kies minstens één medewerker om te coachen.</translation>
    </message>
    <message>
        <source>%1 is not a pedagogue, so cannot be coached as one.</source>
        <translation>%1 is geen pedagogisch medewerker en kan dus niet als zodanig gecoacht worden.</translation>
    </message>
    <message>
        <source>The coach cannot coach themselves.</source>
        <translation>De coach kan zichzelf niet coachen.</translation>
    </message>
    <message>
        <source>Give the reason for the cancellation.</source>
        <translation>Geef de reden van de annulering.</translation>
    </message>
</context>
<context>
    <name>samenplan::io::CsvText</name>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <source>more than %1 columns: this is not an import table</source>
        <translation>meer dan %1 kolommen: dit is geen importtabel</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>een veld tussen aanhalingstekens wordt niet afgesloten voor het einde van het bestand</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>het bestand heeft een kopregel maar geen gegevensregels</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <source>this is not a file but a folder, a pipe or a device</source>
        <translation>dit is geen bestand maar een map, een pipe of een apparaat</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB: this is not an import table</source>
        <translation>het bestand is groter dan %1 MB: dit is geen importtabel</translation>
    </message>
</context>
<context>
    <name>samenplan::io::DecodeText</name>
    <message>
        <source>this is not a text file (it contains binary data: byte %1)</source>
        <translation>dit is geen tekstbestand (het bevat binaire gegevens: byte %1)</translation>
    </message>
    <message>
        <source>the file is marked as UTF-8, but byte %1 is not UTF-8: save the file again as UTF-8 (in Excel: CSV UTF-8)</source>
        <translation>het bestand is gemarkeerd als UTF-8, maar byte %1 is geen UTF-8: sla het bestand opnieuw op als UTF-8 (in Excel: CSV UTF-8)</translation>
    </message>
    <message>
        <source>byte %1 is not UTF-8, while the rest of the file is: save the file again as UTF-8 (in Excel: CSV UTF-8)</source>
        <translation>byte %1 is geen UTF-8, terwijl de rest van het bestand dat wel is: sla het bestand opnieuw op als UTF-8 (in Excel: CSV UTF-8)</translation>
    </message>
    <message>
        <source>byte %1 is neither UTF-8 nor Windows-1252 text: save the file again as UTF-8 (in Excel: CSV UTF-8)</source>
        <translation>byte %1 is geen UTF-8 en ook geen Windows-1252-tekst: sla het bestand opnieuw op als UTF-8 (in Excel: CSV UTF-8)</translation>
    </message>
</context>
<context>
    <name>samenplan::io::ExportText</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: no such folder</source>
        <translation>Kan %1 niet schrijven: de map bestaat niet</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Kan %1 niet schrijven</translation>
    </message>
</context>
<context>
    <name>samenplan::io::ImportText</name>
    <message>
        <source>missing column</source>
        <translation>kolom ontbreekt</translation>
    </message>
    <message>
        <source>%1: column %2 is not used and was ignored</source>
        <translation>%1: kolom %2 wordt niet gebruikt en is overgeslagen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not dagopvang, bso or peutergroep</source>
        <translation>&apos;%1&apos; is niet dagopvang, bso of peutergroep</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an age in years</source>
        <translation>&apos;%1&apos; is geen leeftijd in jaren</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an age above the minimum</source>
        <translation>&apos;%1&apos; is geen leeftijd boven het minimum</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a group size of 1 to 30</source>
        <translation>&apos;%1&apos; is geen groepsgrootte van 1 tot 30</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of seats within the group size</source>
        <translation>&apos;%1&apos; is geen aantal plekken binnen de groepsgrootte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (HH:MM)</source>
        <translation>&apos;%1&apos; is geen tijd (UU:MM)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a closing time after the opening</source>
        <translation>&apos;%1&apos; is geen sluitingstijd na de opening</translation>
    </message>
    <message>
        <source>a group called %1 already exists</source>
        <translation>er bestaat al een groep %1</translation>
    </message>
    <message>
        <source>give the child&apos;s first and last name</source>
        <translation>geef de voor- en achternaam van het kind</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD or DD-MM-YYYY)</source>
        <translation>&apos;%1&apos; is geen datum (JJJJ-MM-DD of DD-MM-JJJJ)</translation>
    </message>
    <message>
        <source>unknown group %1</source>
        <translation>onbekende groep %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; is geen datum</translation>
    </message>
    <message>
        <source>&apos;%1&apos; are not days such as ma,di,wo or mon,tue</source>
        <translation>&apos;%1&apos; zijn geen dagen zoals ma,di,wo of mon,tue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time range such as 07:30-18:30</source>
        <translation>&apos;%1&apos; is geen tijdvak zoals 07:30-18:30</translation>
    </message>
    <message>
        <source>duplicate row (the same as line %1)</source>
        <translation>dubbele regel (gelijk aan regel %1)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role such as pedagogue or pedagogisch-medewerker</source>
        <translation>&apos;%1&apos; is geen functie zoals pedagogue of pedagogisch-medewerker</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of hours a week</source>
        <translation>&apos;%1&apos; is geen aantal uren per week</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes, no or empty</source>
        <translation>&apos;%1&apos; is niet ja, nee of leeg</translation>
    </message>
    <message>
        <source>unknown staff member %1</source>
        <translation>onbekende medewerker %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an end after the start</source>
        <translation>&apos;%1&apos; is geen einde na het begin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a break such as 12:30-13:00</source>
        <translation>&apos;%1&apos; is geen pauze zoals 12:30-13:00</translation>
    </message>
    <message>
        <source>unknown child %1</source>
        <translation>onbekend kind %1</translation>
    </message>
    <message>
        <source>%1 children are called %2</source>
        <translation>%1 kinderen heten %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time after the arrival</source>
        <translation>&apos;%1&apos; is geen tijd na de aankomst</translation>
    </message>
    <message>
        <source>%1 has no placement on %2; give the group</source>
        <translation>%1 heeft geen plaatsing op %2; geef de groep op</translation>
    </message>
</context>
<context>
    <name>samenplan::planning::CapacityText</name>
    <message>
        <source>%1: %2 children in youth-care seats at %3, the group keeps %4</source>
        <translation>%1: %2 kinderen op jeugdhulpplekken om %3, de groep houdt er %4 vrij</translation>
    </message>
    <message>
        <source>%1: %2 regular children at %3, the group has %4 regular places</source>
        <translation>%1: %2 reguliere kinderen om %3, de groep heeft %4 reguliere plaatsen</translation>
    </message>
    <message>
        <source>%1: %2 children at %3, the group takes at most %4</source>
        <translation>%1: %2 kinderen om %3, de groep neemt er hoogstens %4</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (vanaf %1)</translation>
    </message>
</context>
<context>
    <name>samenplan::planning::DropText</name>
    <message>
        <source>From %1: %2</source>
        <translation>Vanaf %1: %2</translation>
    </message>
</context>
<context>
    <name>samenplan::planning::OccupancyText</name>
    <message>
        <source>%1 children at one moment, more than the group&apos;s maximum of %2 (from %3).</source>
        <translation>%1 kinderen tegelijk, meer dan het maximum van de groep van %2 (vanaf %3).</translation>
    </message>
    <message>
        <source>%1 children in youth-care seats at one moment, but the group keeps %2 (from %3).</source>
        <translation>%1 kinderen tegelijk op jeugdhulpplekken, maar de groep houdt er %2 vrij (vanaf %3).</translation>
    </message>
    <message>
        <source>%1 regular children at one moment, but the group has %2 regular places (from %3).</source>
        <translation>%1 reguliere kinderen tegelijk, maar de groep heeft %2 reguliere plekken (vanaf %3).</translation>
    </message>
    <message>
        <source>The children present in the %1 are more than the staff-child ratio table allows in one group.</source>
        <translation>De kinderen die in de %1 aanwezig zijn, zijn meer dan de BKR-tabel in één groep toestaat.</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>ochtend</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>middag</translation>
    </message>
    <message>
        <source>%1 takes a youth-care seat without an active referral.</source>
        <translation>%1 bezet een jeugdhulpplek zonder geldige beschikking.</translation>
    </message>
    <message>
        <source>The trajectory of %1 ends on %2: extend it, continue as a regular placement, or end it with a follow-up note.</source>
        <translation>Het traject van %1 eindigt op %2: verleng het, zet het voort als reguliere plaatsing of sluit het af met een nazorgnotitie.</translation>
    </message>
    <message>
        <source>%1 is a regular child in a youth-care seat (override: %2).</source>
        <translation>%1 is een regulier kind op een jeugdhulpplek (uitzondering: %2).</translation>
    </message>
    <message>
        <source>%1 is outside the group&apos;s age range.</source>
        <translation>%1 valt buiten de leeftijdsgrenzen van de groep.</translation>
    </message>
    <message>
        <source>%1 outgrows the group on %2.</source>
        <translation>%1 groeit op %2 uit de groep.</translation>
    </message>
    <message>
        <source>%1 turns %2 on %3: plan the move to the next group or to out-of-school care.</source>
        <translation>%1 wordt %2 op %3: plan de overgang naar de volgende groep of de BSO.</translation>
    </message>
    <message>
        <source>%1 is placed in %2 groups this week; at most two are allowed.</source>
        <translation>%1 is deze week in %2 groepen geplaatst; hooguit twee mag.</translation>
    </message>
    <message>
        <source>%1 is also placed in another group this week; that needs the parents&apos; written consent for an agreed period.</source>
        <translation>%1 is deze week ook in een andere groep geplaatst; daarvoor is vooraf schriftelijke toestemming van de ouders voor een afgesproken periode nodig.</translation>
    </message>
</context>
<context>
    <name>samenplan::planning::PlacementText</name>
    <message>
        <source>The start date is not a valid date.</source>
        <translation>De begindatum is geen geldige datum.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>De einddatum ligt voor de begindatum.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Kies minstens één dag.</translation>
    </message>
    <message>
        <source>The hours on %1 end before they start.</source>
        <translation>De tijden op %1 eindigen voordat ze beginnen.</translation>
    </message>
    <message>
        <source>The location is closed on %1.</source>
        <translation>De locatie is op %1 gesloten.</translation>
    </message>
    <message>
        <source>%1 %2 falls outside the opening hours (%3).</source>
        <translation>%1 %2 valt buiten de openingstijden (%3).</translation>
    </message>
    <message>
        <source>%1 is %2 months old on %3; %4 takes children from %5 to %6 months.</source>
        <translation>%1 is op %3 %2 maanden oud; %4 neemt kinderen van %5 tot %6 maanden.</translation>
    </message>
    <message>
        <source>%1 keeps no youth-care seats.</source>
        <translation>%1 houdt geen jeugdhulpplekken vrij.</translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation>De groep bestaat niet meer.</translation>
    </message>
    <message>
        <source>The child no longer exists.</source>
        <translation>Het kind bestaat niet meer.</translation>
    </message>
    <message>
        <source>%1 has no active referral on %2, so cannot take a youth-care seat.</source>
        <translation>%1 heeft op %2 geen geldige beschikking en kan dus geen jeugdhulpplek innemen.</translation>
    </message>
    <message>
        <source>%1 is already placed in %2.</source>
        <translation>%1 is al geplaatst in %2.</translation>
    </message>
    <message>
        <source>A day is given twice or does not exist.</source>
        <translation>Een dag staat er twee keer of bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is not born yet on %2; a child is placed once born.</source>
        <translation>%1 is op %2 nog niet geboren; een kind wordt pas na de geboorte geplaatst.</translation>
    </message>
    <message>
        <source>%1 outgrows %2 on %3; plan the move before then.</source>
        <translation>%1 groeit op %3 uit %2; plan de overgang vóór die datum.</translation>
    </message>
    <message>
        <source>%1 is a regular child in a youth-care seat (override: %2).</source>
        <translation>%1 is een regulier kind op een jeugdhulpplek (uitzondering: %2).</translation>
    </message>
    <message>
        <source>The trajectory of %1 ends on %2: extend it, continue as a regular placement, or end it with a follow-up note.</source>
        <translation>Het traject van %1 eindigt op %2: verleng het, ga verder als reguliere plaatsing, of beëindig het met een notitie voor de nazorg.</translation>
    </message>
    <message>
        <source>%1: %2 is in %3 then (%4); a child is in one group at a time.</source>
        <translation>%1: %2 is dan in %3 (%4); een kind is op één moment in één groep.</translation>
    </message>
    <message>
        <source>%1 would be in %2 groups in one week; at most two are allowed.</source>
        <translation>%1 zou in één week in %2 groepen zitten; er zijn er hoogstens twee toegestaan.</translation>
    </message>
    <message>
        <source>%1 is also placed in another group; that needs the parents&apos; written consent for an agreed period.</source>
        <translation>%1 is ook in een andere groep geplaatst; daarvoor is schriftelijke toestemming van de ouders voor een afgesproken periode nodig.</translation>
    </message>
    <message>
        <source>%1 is expected (due %2); a child is placed once born: record the birth date first.</source>
        <translation>%1 wordt verwacht (uitgerekend %2); een kind wordt geplaatst zodra het geboren is: vul eerst de geboortedatum in.</translation>
    </message>
    <message>
        <source>%1 is archived from %2; no child is in it from then on.</source>
        <translation>%1 is gearchiveerd vanaf %2; vanaf dan zit er geen kind meer in.</translation>
    </message>
</context>
<context>
    <name>samenplan::privacy::ErasureText</name>
    <message>
        <source>The journal of the file could not be emptied: another program is reading the file.</source>
        <translation>Het logboek (journal) van het bestand kon niet worden geleegd: een ander programma leest het bestand.</translation>
    </message>
</context>
<context>
    <name>samenplan::privacy::PrivacyText</name>
    <message>
        <source>Data held about %1 %2</source>
        <translation>Gegevens over %1 %2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Geëxporteerd %1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <source>Referrals (youth care)</source>
        <translation>Beschikkingen (jeugdhulp)</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Fixed faces</source>
        <translation>Vaste gezichten</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Afwezigheid</translation>
    </message>
    <message>
        <source>Coaching sessions about the child</source>
        <translation>Coachingsessies over het kind</translation>
    </message>
    <message>
        <source>Attendance (day records)</source>
        <translation>Aanwezigheid (dagregistraties)</translation>
    </message>
    <message>
        <source>What-if scenarios (not the plan)</source>
        <translation>Wat-als-scenario&apos;s (niet het plan)</translation>
    </message>
</context>
<context>
    <name>samenplan::report</name>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is een map, geen bestand.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>samenplan::report::CoachingReportText</name>
    <message>
        <source>Coaching %1 · %2</source>
        <translation>Coaching %1 · %2</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Required (h)</source>
        <translation>Vereist (u)</translation>
    </message>
    <message>
        <source>Planned (h)</source>
        <translation>Gepland (u)</translation>
    </message>
    <message>
        <source>Held (h)</source>
        <translation>Gehouden (u)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Pedagogue</source>
        <translation>Pedagogisch medewerker</translation>
    </message>
    <message>
        <source>No coaching held yet:</source>
        <translation>Nog geen coaching gehad:</translation>
    </message>
    <message>
        <source>Coaching on the job by youth-care providers:</source>
        <translation>Coaching on the job door jeugdhulpaanbieders:</translation>
    </message>
</context>
<context>
    <name>samenplan::report::DayRecordText</name>
    <message>
        <source>school day</source>
        <translation>schooldag</translation>
    </message>
    <message>
        <source>school-free day (%1)</source>
        <translation>schoolvrije dag (%1)</translation>
    </message>
    <message>
        <source>closed (%1)</source>
        <translation>gesloten (%1)</translation>
    </message>
    <message>
        <source>Day record %1 · %2</source>
        <translation>Dagregistratie %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · open %3 · %4</source>
        <translation>%1 · %2 · open %3 · %4</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>PLAN — no attendance registered for this day: these are the planned times, not a record.</source>
        <translation>PLANNING — voor deze dag is geen aanwezigheid geregistreerd: dit zijn de geplande tijden, geen registratie.</translation>
    </message>
    <message>
        <source>Record closed (vastgesteld) by %1 on %2.</source>
        <translation>Registratie vastgesteld door %1 op %2.</translation>
    </message>
    <message>
        <source>Record registered, not yet closed.</source>
        <translation>Registratie ingevoerd, nog niet vastgesteld.</translation>
    </message>
    <message>
        <source>Children (%1)</source>
        <translation>Kinderen (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Gebracht</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gehaald</translation>
    </message>
    <message>
        <source>Staff on the floor (from the roster: not registered)</source>
        <translation>Medewerkers op de groep (uit het rooster: niet geregistreerd)</translation>
    </message>
    <message>
        <source>Staff on the floor</source>
        <translation>Medewerkers op de groep</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Staff-child ratio per quarter hour: %1 minutes below the ratio, %2 allowed that day</source>
        <translation>Beroepskracht-kindratio per kwartier: %1 minuten onder de BKR, %2 toegestaan die dag</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Nodig</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Changes logged</source>
        <translation>Vastgelegde wijzigingen</translation>
    </message>
    <message>
        <source> (reason: %1)</source>
        <translation> (reden: %1)</translation>
    </message>
    <message>
        <source>Printed %1 by Samenplan. Children count in a quarter hour when present during any part of it; a professional when on the floor for the whole quarter hour (breaks off).</source>
        <translation>Afgedrukt %1 door Samenplan. Een kind telt in een kwartier als het een deel ervan aanwezig is; een beroepskracht als die het hele kwartier op de groep staat (pauzes niet).</translation>
    </message>
    <message>
        <source>No groups.</source>
        <translation>Geen groepen.</translation>
    </message>
    <message>
        <source>Day record</source>
        <translation>Dagregistratie</translation>
    </message>
</context>
<context>
    <name>samenplan::report::ReportText</name>
    <message>
        <source>Group list %1</source>
        <translation>Groepslijst %1</translation>
    </message>
    <message>
        <source>%1 · week %2 (%3 – %4) · printed %5</source>
        <translation>%1 · week %2 (%3 – %4) · afgedrukt %5</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>No children in this group this week.</source>
        <translation>Geen kinderen in deze groep deze week.</translation>
    </message>
    <message>
        <source>Group list %1, week %2</source>
        <translation>Groepslijst %1, week %2</translation>
    </message>
</context>
<context>
    <name>samenplan::report::RosterText</name>
    <message>
        <source>Roster week %1 · %2 · %3</source>
        <translation>Rooster week %1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 – %2 · printed %3</source>
        <translation>%1 – %2 · afgedrukt %3</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>off the floor</source>
        <translation>buiten de groep</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>by staff</source>
        <translation>per medewerker</translation>
    </message>
    <message>
        <source>by group</source>
        <translation>per groep</translation>
    </message>
    <message>
        <source>Roster week %1</source>
        <translation>Rooster week %1</translation>
    </message>
    <message>
        <source>Times in brackets: when the break starts.</source>
        <translation>Tijd tussen haakjes: begin van de pauze.</translation>
    </message>
</context>
<context>
    <name>samenplan::report::WallText</name>
    <message>
        <source>Roster week %1 · %2</source>
        <translation>Rooster week %1 · %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>vervolg</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Afgedrukt %1</translation>
    </message>
    <message>
        <source>Week %1 · page %2 of %3</source>
        <translation>Week %1 · blad %2 van %3</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>break</source>
        <translation>pauze</translation>
    </message>
    <message>
        <source>off the floor</source>
        <translation>buiten de groep</translation>
    </message>
    <message>
        <source>No shifts in week %1.</source>
        <translation>Geen diensten in week %1.</translation>
    </message>
    <message>
        <source>Roster week %1</source>
        <translation>Rooster week %1</translation>
    </message>
</context>
<context>
    <name>samenplan::roster::CheckText</name>
    <message>
        <source>Too many children for one group from %1 to %2.</source>
        <translation>Te veel kinderen voor één groep van %1 tot %2.</translation>
    </message>
    <message>
        <source>%1 of %2 professionals from %3 to %4, within the three-hour rule.</source>
        <translation>%1 van %2 beroepskrachten van %3 tot %4, binnen de drie-uursregeling.</translation>
    </message>
    <message>
        <source>%1 of %2 professionals from %3 to %4.</source>
        <translation>%1 van %2 beroepskrachten van %3 tot %4.</translation>
    </message>
    <message>
        <source>Below the staff-child ratio for %1 minutes; the day allows %2.</source>
        <translation>%1 minuten onder de beroepskracht-kindratio; de dag staat %2 toe.</translation>
    </message>
    <message>
        <source>Only %1 of %2 professionals from %3 to %4: fewer than half is never allowed.</source>
        <translation>Maar %1 van %2 beroepskrachten van %3 tot %4: minder dan de helft mag nooit.</translation>
    </message>
    <message>
        <source>Youth-care children attend, but a youth-care pedagogue is on the group for %1 of the %2 minutes set.</source>
        <translation>Er zijn jeugdhulpkinderen, maar een jeugdhulp-pedagoog staat %1 van de ingestelde %2 minuten op de groep.</translation>
    </message>
    <message>
        <source>%1 is in training and no qualified pedagogue works on the group that day.</source>
        <translation>%1 is in opleiding en er werkt die dag geen gekwalificeerde pedagogisch medewerker op de groep.</translation>
    </message>
    <message>
        <source>%1 has two shifts at once from %2 to %3.</source>
        <translation>%1 heeft twee diensten tegelijk van %2 tot %3.</translation>
    </message>
    <message>
        <source>%1 is rostered during a registered absence.</source>
        <translation>%1 is ingeroosterd tijdens een geregistreerde afwezigheid.</translation>
    </message>
    <message>
        <source>%1 is rostered %2 hours against a contract of %3.</source>
        <translation>%1 is %2 uur ingeroosterd bij een contract van %3.</translation>
    </message>
    <message>
        <source>%1: no fixed faces registered yet; at most %2, and one of them on the group every day the child attends.</source>
        <translation>%1: nog geen vaste gezichten vastgelegd; hooguit %2, en één van hen op de groep op elke dag dat het kind komt.</translation>
    </message>
    <message>
        <source>%1 is rostered on %2 while %3 is closed (%4).</source>
        <translation>%1 is ingeroosterd op %2 terwijl %3 gesloten is (%4).</translation>
    </message>
</context>
<context>
    <name>samenplan::roster::ImpactText</name>
    <message>
        <source>%1: more children at one moment than one group may hold</source>
        <translation>%1: op één moment meer kinderen dan één groep mag hebben</translation>
    </message>
    <message>
        <source>%1: no extra professional needed (%2 at most)</source>
        <translation>%1: geen extra beroepskracht nodig (ten hoogste %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: needs %n professional(s) from %2, %3 rostered: enough</source>
        <translation>
            <numerusform>%1: vanaf %2 is %n beroepskracht nodig, %3 ingeroosterd: genoeg</numerusform>
            <numerusform>%1: vanaf %2 zijn %n beroepskrachten nodig, %3 ingeroosterd: genoeg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: needs %n professional(s) from %2, %3 rostered</source>
        <translation>
            <numerusform>%1: vanaf %2 is %n beroepskracht nodig, %3 ingeroosterd</numerusform>
            <numerusform>%1: vanaf %2 zijn %n beroepskrachten nodig, %3 ingeroosterd</numerusform>
        </translation>
    </message>
    <message>
        <source> (nobody rostered on the group on %1 yet)</source>
        <translation> (nog niemand ingeroosterd op de groep op %1)</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>samenplan::roster::ProblemText</name>
    <message>
        <source>Too many children for one group</source>
        <translation>Te veel kinderen voor één groep</translation>
    </message>
    <message>
        <source>Fewer than half the professionals needed</source>
        <translation>Minder dan de helft van de benodigde beroepskrachten</translation>
    </message>
    <message>
        <source>Below the staff-child ratio beyond the three-hour rule</source>
        <translation>Onder de BKR, buiten de drie-uursregeling</translation>
    </message>
    <message>
        <source>Below the staff-child ratio, within the three-hour rule</source>
        <translation>Onder de BKR, binnen de drie-uursregeling</translation>
    </message>
    <message>
        <source>%1 of %2 professionals</source>
        <translation>%1 van %2 beroepskrachten</translation>
    </message>
    <message>
        <source>%1 of %2 minutes below the staff-child ratio, within the three-hour rule</source>
        <translation>%1 van %2 minuten onder de BKR, binnen de drie-uursregeling</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) without fixed faces registered yet</source>
        <translation>
            <numerusform>%n kind zonder vastgelegde vaste gezichten</numerusform>
            <numerusform>%n kinderen zonder vastgelegde vaste gezichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) with a fixed face away ill or on leave; a temporary replacement is allowed</source>
        <translation>
            <numerusform>%n kind met een vast gezicht dat ziek of met verlof is; tijdelijke vervanging is toegestaan</numerusform>
            <numerusform>%n kinderen met een vast gezicht dat ziek of met verlof is; tijdelijke vervanging is toegestaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) without a fixed face on the group, or with too many</source>
        <translation>
            <numerusform>%n kind zonder vast gezicht op de groep, of met te veel</numerusform>
            <numerusform>%n kinderen zonder vast gezicht op de groep, of met te veel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s) without a qualified pedagogue on the group that day</source>
        <translation>
            <numerusform>%n medewerker in opleiding zonder gediplomeerde pedagogisch medewerker op de groep die dag</numerusform>
            <numerusform>%n medewerkers in opleiding zonder gediplomeerde pedagogisch medewerker op de groep die dag</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has shifts that overlap</source>
        <translation>%1 heeft diensten die elkaar overlappen</translation>
    </message>
    <message numerus="yes">
        <source>%n coachee(s) not rostered on the group during coaching</source>
        <translation>
            <numerusform>%n gecoachte medewerker niet ingeroosterd op de groep tijdens de coaching</numerusform>
            <numerusform>%n gecoachte medewerkers niet ingeroosterd op de groep tijdens de coaching</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(en nog %n)</numerusform>
            <numerusform>(en nog %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few professionals; fewer than half %1</source>
        <translation>Te weinig beroepskrachten; minder dan de helft %1</translation>
    </message>
</context>
<context>
    <name>samenplan::roster::ReplacementText</name>
    <message numerus="yes">
        <source>fixed face of %n child(ren) on the group</source>
        <translation>
            <numerusform>vast gezicht van %n kind op de groep</numerusform>
            <numerusform>vast gezicht van %n kinderen op de groep</numerusform>
        </translation>
    </message>
    <message>
        <source>trainee, beside a qualified colleague</source>
        <translation>in opleiding, naast een gediplomeerde collega</translation>
    </message>
    <message>
        <source>%1 of %2 contract hours rostered this week</source>
        <translation>%1 van %2 contracturen ingeroosterd deze week</translation>
    </message>
    <message>
        <source>the ratio is met here already</source>
        <translation>de BKR klopt hier al</translation>
    </message>
    <message>
        <source>the ratio is met again (was %1 below)</source>
        <translation>de BKR klopt weer (was %1 eronder)</translation>
    </message>
    <message>
        <source>below the ratio %1 instead of %2</source>
        <translation>%1 onder de BKR in plaats van %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 uur</translation>
    </message>
</context>
<context>
    <name>samenplan::roster::ShiftText</name>
    <message>
        <source>Overlaps another shift of the same person (%1).</source>
        <translation>Overlapt een andere dienst van dezelfde persoon (%1).</translation>
    </message>
    <message>
        <source>The location is closed that day.</source>
        <translation>De locatie is die dag gesloten.</translation>
    </message>
    <message>
        <source>Partly outside the opening hours (%1).</source>
        <translation>Deels buiten de openingstijden (%1).</translation>
    </message>
    <message>
        <source>During a registered absence.</source>
        <translation>Tijdens een geregistreerde afwezigheid.</translation>
    </message>
</context>
<context>
    <name>samenplan::rules::RulesText</name>
    <message>
        <source>50 h × %1 location(s) + 10 h × %2 FTE + 10 h × %3 VE child(ren) = %4 h a year.</source>
        <translation>50 u × %1 locatie(s) + 10 u × %2 fte + 10 u × %3 VE-kind(eren) = %4 u per jaar.</translation>
    </message>
    <message>
        <source>Too many children for one group from %1.</source>
        <translation>Te veel kinderen voor één groep vanaf %1.</translation>
    </message>
    <message>
        <source>Fewer than half the required professionals from %1 to %2; that is never allowed.</source>
        <translation>Minder dan de helft van de benodigde beroepskrachten van %1 tot %2; dat is nooit toegestaan.</translation>
    </message>
    <message>
        <source>Below the staff-child ratio for %1 minutes; the day allows %2.</source>
        <translation>%1 minuten onder de beroepskracht-kindratio; de dag staat %2 toe.</translation>
    </message>
    <message>
        <source>Below the staff-child ratio for %1 of the %2 minutes the day allows.</source>
        <translation>%1 van de %2 toegestane minuten onder de beroepskracht-kindratio.</translation>
    </message>
    <message>
        <source>The staff-child ratio is met all day.</source>
        <translation>De beroepskracht-kindratio klopt de hele dag.</translation>
    </message>
    <message>
        <source>The child does not attend this week.</source>
        <translation>Het kind komt deze week niet.</translation>
    </message>
    <message>
        <source>%1 fixed faces where a child aged %2 may have at most %3</source>
        <translation>%1 vaste gezichten terwijl een kind van %2 jaar er hooguit %3 mag hebben</translation>
    </message>
    <message>
        <source>no fixed face on the group on %1</source>
        <translation>geen vast gezicht op de groep op %1</translation>
    </message>
    <message>
        <source>%1 fixed face(s), at most %2 allowed, and one works on every day the child attends.</source>
        <translation>%1 vast(e) gezicht(en), hooguit %2 toegestaan, en er werkt er één op elke dag dat het kind komt.</translation>
    </message>
    <message>
        <source>Not allowed: table 1 allows at most %1 children aged %2 in one group; %3 are present.</source>
        <translation>Niet toegestaan: tabel 1 staat hooguit %1 kinderen van %2 jaar in één groep toe; er zijn er %3.</translation>
    </message>
    <message>
        <source>Not allowed: %1 of the %2 children are aged 0, more than any column of table 1 allows for ages %3.</source>
        <translation>Niet toegestaan: %1 van de %2 kinderen zijn 0 jaar, meer dan tabel 1 toestaat voor leeftijden %3.</translation>
    </message>
    <message>
        <source>No children present: no professional is required.</source>
        <translation>Geen kinderen aanwezig: er is geen beroepskracht nodig.</translation>
    </message>
    <message numerus="yes">
        <source>Table 1, ages %1: %n professional(s) for up to %2 children, at most %3 aged 0</source>
        <translation>
            <numerusform>Tabel 1, leeftijden %1: %n beroepskracht voor hooguit %2 kinderen, van wie hooguit %3 van 0 jaar</numerusform>
            <numerusform>Tabel 1, leeftijden %1: %n beroepskrachten voor hooguit %2 kinderen, van wie hooguit %3 van 0 jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table 1, ages %1: %n professional(s) for up to %2 children</source>
        <translation>
            <numerusform>Tabel 1, leeftijden %1: %n beroepskracht voor hooguit %2 kinderen</numerusform>
            <numerusform>Tabel 1, leeftijden %1: %n beroepskrachten voor hooguit %2 kinderen</numerusform>
        </translation>
    </message>
    <message>
        <source>; baby formula (48×%1 + 24×%2 + 20×%3 + 15×%4) / 144 = %5/144, rounded up to %6</source>
        <translation>; babyformule (48×%1 + 24×%2 + 20×%3 + 15×%4) / 144 = %5/144, naar boven afgerond %6</translation>
    </message>
    <message>
        <source>; safeguard: without one child aged %1 the group would need %2, so %3 are required</source>
        <translation>; waarborg: zonder één kind van %1 jaar zou de groep %2 nodig hebben, dus zijn er %3 nodig</translation>
    </message>
    <message numerus="yes">
        <source>: %n professional(s) required</source>
        <translation>
            <numerusform>: %n beroepskracht nodig</numerusform>
            <numerusform>: %n beroepskrachten nodig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Out-of-school care per location since 1 July 2024: %1 aged 4–6 / 10 + %2 aged 7+ / 12 = %3/60, rounded up: %n professional(s) required.</source>
        <translation>
            <numerusform>BSO per locatie sinds 1 juli 2024: %1 van 4–6 jaar / 10 + %2 van 7+ / 12 = %3/60, naar boven afgerond: %n beroepskracht nodig.</numerusform>
            <numerusform>BSO per locatie sinds 1 juli 2024: %1 van 4–6 jaar / 10 + %2 van 7+ / 12 = %3/60, naar boven afgerond: %n beroepskrachten nodig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table 2, %1: %n professional(s) required.</source>
        <translation>
            <numerusform>Tabel 2, %1: %n beroepskracht nodig.</numerusform>
            <numerusform>Tabel 2, %1: %n beroepskrachten nodig.</numerusform>
        </translation>
    </message>
    <message>
        <source>ages 4–6 only, 1 per 10 children</source>
        <translation>alleen 4–6 jaar, 1 per 10 kinderen</translation>
    </message>
    <message>
        <source>Not allowed: table 2 allows at most 20 children aged 4–6 in a basisgroep; %1 are present.</source>
        <translation>Niet toegestaan: tabel 2 staat hooguit 20 kinderen van 4–6 jaar in een basisgroep toe; er zijn er %1.</translation>
    </message>
    <message>
        <source>ages 7 and over only, 1 per 12 children</source>
        <translation>alleen 7 jaar en ouder, 1 per 12 kinderen</translation>
    </message>
    <message>
        <source>Not allowed: table 2 allows at most 30 children aged 7 and over in a basisgroep; %1 are present.</source>
        <translation>Niet toegestaan: tabel 2 staat hooguit 30 kinderen van 7 jaar en ouder in een basisgroep toe; er zijn er %1.</translation>
    </message>
    <message>
        <source>mixed ages, 1 professional for up to 11 children of whom at most 9 aged 4–6</source>
        <translation>gemengde leeftijden, 1 beroepskracht voor hooguit 11 kinderen van wie hooguit 9 van 4–6 jaar</translation>
    </message>
    <message>
        <source>mixed ages, 2 professionals for up to 22 children of whom at most 18 aged 4–6</source>
        <translation>gemengde leeftijden, 2 beroepskrachten voor hooguit 22 kinderen van wie hooguit 18 van 4–6 jaar</translation>
    </message>
    <message>
        <source>Not allowed: table 2 allows a mixed basisgroep of at most 22 children, at most 18 of them aged 4–6; %1 are present, %2 aged 4–6.</source>
        <translation>Niet toegestaan: tabel 2 staat een gemengde basisgroep van hooguit 22 kinderen toe, van wie hooguit 18 van 4–6 jaar; er zijn er %1, van wie %2 van 4–6 jaar.</translation>
    </message>
    <message>
        <source>on %1 its fixed face is away ill or on leave, and a temporary replacement is allowed</source>
        <translation>op %1 is het vaste gezicht ziek of met verlof, en een tijdelijke vervanging is toegestaan</translation>
    </message>
</context>
<context>
    <name>samenplan::search::SearchText</name>
    <message>
        <source>born %1</source>
        <translation>geboren %1</translation>
    </message>
</context>
<context>
    <name>samenplan::ui</name>
    <message>
        <source>no temporary folder for the demo database</source>
        <translation>geen tijdelijke map voor de demodatabase</translation>
    </message>
    <message>
        <source>unknown view %1 (choose from %2)</source>
        <translation>onbekende weergave %1 (kies uit %2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>move %1 to %2</source>
        <translation>%1 verplaatsen naar %2</translation>
    </message>
    <message>
        <source>place %1 in %2</source>
        <translation>%1 plaatsen in %2</translation>
    </message>
    <message>
        <source>end the trajectory of %1</source>
        <translation>traject van %1 afsluiten</translation>
    </message>
    <message>
        <source>fixed faces of %1</source>
        <translation>vaste gezichten van %1</translation>
    </message>
    <message>
        <source>place the waiting list as in the what-if (%1 children)</source>
        <translation>de wachtlijst plaatsen zoals in de wat-als (%1 kinderen)</translation>
    </message>
    <message>
        <source>change the placement of %1</source>
        <translation>de plaatsing van %1 wijzigen</translation>
    </message>
    <message>
        <source>end the placement of %1</source>
        <translation>de plaatsing van %1 beëindigen</translation>
    </message>
    <message>
        <source>save the scenario %1</source>
        <translation>het scenario %1 bewaren</translation>
    </message>
    <message>
        <source>discard the scenario %1</source>
        <translation>het scenario %1 weggooien</translation>
    </message>
    <message>
        <source>apply the scenario %1</source>
        <translation>het scenario %1 doorvoeren</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::AbsenceDialog</name>
    <message>
        <source>Part of the day</source>
        <translation>Deel van de dag</translation>
    </message>
    <message>
        <source>Absence of %1</source>
        <translation>Afwezigheid van %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>The absence ends before it starts.</source>
        <translation>De afwezigheid eindigt voordat hij begint.</translation>
    </message>
    <message>
        <source>The hours end before they start.</source>
        <translation>De tijden eindigen voordat ze beginnen.</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ArchiveGroupDialog</name>
    <message>
        <source>Archive group %1</source>
        <translation>Groep %1 archiveren</translation>
    </message>
    <message>
        <source>An archived group keeps its history: its placements stay in the records and on earlier weeks, but from this date on no child is placed in it and it leaves the board. Restore it later from the Location menu if it opens again.</source>
        <translation>Een gearchiveerde groep houdt zijn geschiedenis: de plaatsingen blijven in de administratie en in eerdere weken staan, maar vanaf deze datum wordt er geen kind meer in geplaatst en verdwijnt de groep van het bord. Zet hem later terug via het menu Locatie als hij weer opengaat.</translation>
    </message>
    <message>
        <source>Archived from</source>
        <translation>Gearchiveerd vanaf</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <source>Still placed in %1 on %2: %3. Move these children to another group or end their placements first.</source>
        <translation>Nog geplaatst in %1 op %2: %3. Verplaats deze kinderen eerst naar een andere groep of beëindig hun plaatsingen.</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::AttendanceCommandText</name>
    <message>
        <source>Take over the roster</source>
        <translation>Rooster overnemen</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Dag vaststellen</translation>
    </message>
    <message>
        <source>Reopen the day</source>
        <translation>Dag heropenen</translation>
    </message>
    <message>
        <source>closing undone</source>
        <translation>vaststellen ongedaan gemaakt</translation>
    </message>
    <message>
        <source>reopening undone</source>
        <translation>heropenen ongedaan gemaakt</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::AttendanceView</name>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Gebracht</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gehaald</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Arrived / left now</source>
        <translation>Nu gebracht / gehaald</translation>
    </message>
    <message>
        <source>Space or double-click: marks the selected child arrived, or gone when it is there</source>
        <translation>Spatie of dubbelklik: zet het gekozen kind op gebracht, of op gehaald als het er is</translation>
    </message>
    <message>
        <source>Times...</source>
        <translation>Tijden...</translation>
    </message>
    <message>
        <source>Child without a plan...</source>
        <translation>Kind zonder planning...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Take over the roster</source>
        <translation>Rooster overnemen</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>Toevoegen...</translation>
    </message>
    <message>
        <source>Off the floor</source>
        <translation>Van de groep</translation>
    </message>
    <message>
        <source>Removes the stretch: sick, swapped or not there</source>
        <translation>Verwijdert deze tijd: ziek, geruild of niet gekomen</translation>
    </message>
    <message>
        <source>Print record...</source>
        <translation>Registratie afdrukken...</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groep:</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Staff on the floor</source>
        <translation>Medewerkers op de groep</translation>
    </message>
    <message>
        <source>Day record</source>
        <translation>Dagregistratie</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>geen planning</translation>
    </message>
    <message>
        <source>Reopen...</source>
        <translation>Heropenen...</translation>
    </message>
    <message>
        <source>Close the day...</source>
        <translation>Dag vaststellen...</translation>
    </message>
    <message>
        <source>Change a closed day</source>
        <translation>Een vastgestelde dag wijzigen</translation>
    </message>
    <message>
        <source>This day&apos;s record is closed. Why does it change? (kept with the change)</source>
        <translation>De registratie van deze dag is vastgesteld. Waarom verandert ze? (wordt bij de wijziging bewaard)</translation>
    </message>
    <message>
        <source>Child arrived</source>
        <translation>Kind gebracht</translation>
    </message>
    <message>
        <source>Child left</source>
        <translation>Kind gehaald</translation>
    </message>
    <message>
        <source>Times of %1</source>
        <translation>Tijden van %1</translation>
    </message>
    <message>
        <source>Correct a child&apos;s times</source>
        <translation>Tijden van een kind corrigeren</translation>
    </message>
    <message>
        <source>Child without a plan</source>
        <translation>Kind zonder planning</translation>
    </message>
    <message>
        <source>Child (a swap day or an extra day):</source>
        <translation>Kind (een ruildag of een extra dag):</translation>
    </message>
    <message>
        <source>Remove a child&apos;s attendance</source>
        <translation>Aanwezigheid van een kind verwijderen</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>Op de groep</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>Medewerker:</translation>
    </message>
    <message>
        <source>On the floor: %1</source>
        <translation>Op de groep: %1</translation>
    </message>
    <message>
        <source>Correct time on the floor</source>
        <translation>Tijd op de groep corrigeren</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Dag vaststellen</translation>
    </message>
    <message>
        <source>Closed by (name of the manager):</source>
        <translation>Vastgesteld door (naam van de manager):</translation>
    </message>
    <message>
        <source>Reopen the day</source>
        <translation>Dag heropenen</translation>
    </message>
    <message>
        <source>Why is the closed record reopened?</source>
        <translation>Waarom wordt de vastgestelde registratie heropend?</translation>
    </message>
    <message>
        <source>Save the day record as PDF</source>
        <translation>Dagregistratie opslaan als PDF</translation>
    </message>
    <message>
        <source>dayrecord-%1-%2.pdf</source>
        <translation>dagregistratie-%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::BoardGuide</name>
    <message>
        <source>Start with your location</source>
        <translation>Begin met je locatie</translation>
    </message>
    <message>
        <source>Give its name, LRK number and opening hours; closing days and the school-holiday region can be added too. Then add its groups and place the children.</source>
        <translation>Geef de naam, het LRK-nummer en de openingstijden; sluitingsdagen en de schoolvakantieregio kunnen er ook bij. Voeg daarna de groepen toe en plaats de kinderen.</translation>
    </message>
    <message>
        <source>Add a location...</source>
        <translation>Locatie toevoegen...</translation>
    </message>
    <message>
        <source>Add the groups of %1</source>
        <translation>Voeg de groepen van %1 toe</translation>
    </message>
    <message>
        <source>For each group: its care type, the ages it takes, its size, the youth-care seats it keeps and its room. Then drag children onto the groups.</source>
        <translation>Per groep: de opvangsoort, de leeftijden, de grootte, de jeugdhulpplekken die de groep vrijhoudt en de ruimte. Sleep daarna kinderen naar de groepen.</translation>
    </message>
    <message>
        <source>Add a group...</source>
        <translation>Groep toevoegen...</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::CancelSessionDialog</name>
    <message>
        <source>Cancel a coaching session</source>
        <translation>Coachingsessie annuleren</translation>
    </message>
    <message>
        <source>The session stays in the calendar and the year overview as cancelled, with the reason; it no longer counts as planned coaching.</source>
        <translation>De sessie blijft als geannuleerd in de agenda en het jaaroverzicht staan, met de reden; ze telt niet meer mee als geplande coaching.</translation>
    </message>
    <message>
        <source>e.g. coach ill, group short-staffed</source>
        <translation>bijv. coach ziek, groep onderbezet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Sessie annuleren</translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation>Sessie behouden</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ChildDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>New child</source>
        <translation>Nieuw kind</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Expected: not born yet (the date is the due date)</source>
        <translation>Verwacht: nog niet geboren (de datum is de uitgerekende datum)</translation>
    </message>
    <message>
        <source>An expected baby may go on the waiting list; it is placed once born, when its birth date is recorded and this mark is off.</source>
        <translation>Een verwachte baby mag op de wachtlijst; de baby wordt geplaatst zodra hij geboren is, als de geboortedatum is ingevuld en dit vinkje uit staat.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Uitgerekende datum</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ChildRowsTable</name>
    <message>
        <source>Move to group...</source>
        <translation>Verplaatsen naar groep...</translation>
    </message>
    <message>
        <source>Edit placement...</source>
        <translation>Plaatsing bewerken...</translation>
    </message>
    <message>
        <source>End placement...</source>
        <translation>Plaatsing beëindigen...</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ChildrenView</name>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Search by name, group or parent...</source>
        <translation>Zoek op naam, groep of ouder...</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Group this week</source>
        <translation>Groep deze week</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>No children yet</source>
        <translation>Nog geen kinderen</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(geen groep)</translation>
    </message>
    <message>
        <source>New child...</source>
        <translation>Nieuw kind...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bewerken...</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Beschikkingen</translation>
    </message>
    <message>
        <source>Youth-care providers</source>
        <translation>Jeugdhulpaanbieders</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Edit placement...</source>
        <translation>Plaatsing bewerken...</translation>
    </message>
    <message>
        <source>Edit placement</source>
        <translation>Plaatsing bewerken</translation>
    </message>
    <message>
        <source>End placement...</source>
        <translation>Plaatsing beëindigen...</translation>
    </message>
    <message>
        <source>End placement</source>
        <translation>Plaatsing beëindigen</translation>
    </message>
    <message>
        <source>Personal data request...</source>
        <translation>Inzageverzoek...</translation>
    </message>
    <message>
        <source>Erase...</source>
        <translation>Wissen...</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>verwacht %1</translation>
    </message>
    <message>
        <source>This child has no placement that runs now or later. Place the child from the Groups page.</source>
        <translation>Dit kind heeft geen plaatsing die nu of later loopt. Plaats het kind vanaf de pagina Groepen.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 vanaf %2</translation>
    </message>
    <message>
        <source>Which placement?</source>
        <translation>Welke plaatsing?</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::CoachingView</name>
    <message>
        <source>Coaching this week</source>
        <translation>Coaching deze week</translation>
    </message>
    <message>
        <source>Search by coach, pedagogue or group...</source>
        <translation>Zoek op coach, medewerker of groep...</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>No coaching sessions this week</source>
        <translation>Geen coachingsessies deze week</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>geannuleerd: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(off the floor)</source>
        <translation>(buiten de groep)</translation>
    </message>
    <message>
        <source>New session...</source>
        <translation>Nieuwe sessie...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bewerken...</translation>
    </message>
    <message>
        <source>Cancel session...</source>
        <translation>Sessie annuleren...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>delete coaching session</source>
        <translation>coachingsessie verwijderen</translation>
    </message>
    <message>
        <source>Year overview...</source>
        <translation>Jaaroverzicht...</translation>
    </message>
    <message>
        <source>✓ held</source>
        <translation>✓ gehouden</translation>
    </message>
    <message>
        <source>plan a coaching series</source>
        <translation>coachingreeks plannen</translation>
    </message>
    <message>
        <source>plan a coaching session</source>
        <translation>coachingsessie plannen</translation>
    </message>
    <message>
        <source>move coaching session</source>
        <translation>coachingsessie verplaatsen</translation>
    </message>
    <message>
        <source>cancel coaching session</source>
        <translation>coachingsessie annuleren</translation>
    </message>
    <message>
        <source>edit coaching session</source>
        <translation>coachingsessie bewerken</translation>
    </message>
    <message>
        <source>Coaching year %1</source>
        <translation>Coachingjaar %1</translation>
    </message>
    <message>
        <source>Print preview...</source>
        <translation>Afdrukvoorbeeld...</translation>
    </message>
    <message>
        <source>External coach...</source>
        <translation>Externe coach...</translation>
    </message>
    <message>
        <source>Export calendar...</source>
        <translation>Agenda exporteren...</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation>Alle coaches</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <source>Sessions of:</source>
        <translation>Sessies van:</translation>
    </message>
    <message>
        <source>coaching.ics</source>
        <translation>coaching.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-bestanden (*.ics)</translation>
    </message>
    <message>
        <source>Cancel a coaching session</source>
        <translation>Coachingsessie annuleren</translation>
    </message>
    <message>
        <source>Choose a session in the calendar first.</source>
        <translation>Kies eerst een sessie in de agenda.</translation>
    </message>
    <message>
        <source>%1, %2 with %3</source>
        <translation>%1, %2 met %3</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Type a date such as 23-11-2026, 23-11 or 2311; the arrow keys step a day, Page Up and Page Down a week.</source>
        <translation>Typ een datum zoals 23-11-2026, 23-11 of 2311; de pijltjestoetsen gaan een dag verder, Page Up en Page Down een week.</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Kies uit een kalender</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::DayRecordTable</name>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Nodig</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Closed: %1.</source>
        <translation>Gesloten: %1.</translation>
    </message>
    <message>
        <source>Plan: nothing registered for this day yet.</source>
        <translation>Planning: voor deze dag is nog niets geregistreerd.</translation>
    </message>
    <message>
        <source>Record closed by %1 on %2.</source>
        <translation>Registratie vastgesteld door %1 op %2.</translation>
    </message>
    <message>
        <source>Record, not yet closed.</source>
        <translation>Registratie, nog niet vastgesteld.</translation>
    </message>
    <message>
        <source>%1 minutes below the ratio, %2 allowed.</source>
        <translation>%1 minuten onder de BKR, %2 toegestaan.</translation>
    </message>
    <message>
        <source>Not within the rules.</source>
        <translation>Niet binnen de regels.</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::DayTimeline</name>
    <message>
        <source>children present</source>
        <translation>kinderen aanwezig</translation>
    </message>
    <message>
        <source>professionals</source>
        <translation>beroepskrachten</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>Nobody is rostered on %1.</source>
        <translation>Niemand is ingeroosterd op %1.</translation>
    </message>
    <message>
        <source>Off the floor</source>
        <translation>Buiten de groep</translation>
    </message>
    <message>
        <source>%1, %2: drag to move, drag an end to change the times</source>
        <translation>%1, %2: sleep om te verplaatsen, sleep een uiteinde om de tijden te wijzigen</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::EndPlacementDialog</name>
    <message>
        <source>Goes to school</source>
        <translation>Gaat naar school</translation>
    </message>
    <message>
        <source>Moves to out-of-school care</source>
        <translation>Gaat naar de bso</translation>
    </message>
    <message>
        <source>Moved house</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <source>The parents&apos; choice</source>
        <translation>Keuze van de ouders</translation>
    </message>
    <message>
        <source>The trajectory ended</source>
        <translation>Het traject is afgesloten</translation>
    </message>
    <message>
        <source>Another location</source>
        <translation>Andere locatie</translation>
    </message>
    <message>
        <source>End the placement of %1 in %2</source>
        <translation>De plaatsing van %1 in %2 beëindigen</translation>
    </message>
    <message>
        <source>Choose or type why the placement ends</source>
        <translation>Kies of typ waarom de plaatsing eindigt</translation>
    </message>
    <message>
        <source>The placement stays in the records until its last day; the child leaves the board after it. Undo brings the placement back as it was.</source>
        <translation>De plaatsing blijft tot en met de laatste dag in de administratie; daarna verdwijnt het kind van het bord. Ongedaan maken zet de plaatsing terug zoals ze was.</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>End placement</source>
        <translation>Plaatsing beëindigen</translation>
    </message>
    <message>
        <source>Say why the placement ends.</source>
        <translation>Geef aan waarom de plaatsing eindigt.</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ExportDialog</name>
    <message>
        <source>Children per group</source>
        <translation>Kinderen per groep</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Roster of the week</source>
        <translation>Rooster van de week</translation>
    </message>
    <message>
        <source>Occupancy of the day</source>
        <translation>Bezetting van de dag</translation>
    </message>
    <message>
        <source>CSV (one table, for a spreadsheet)</source>
        <translation>CSV (één tabel, voor een rekenblad)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-werkmap (XLSX)</translation>
    </message>
    <message>
        <source>Include youth-care fields (place kind, provider, referral)</source>
        <translation>Jeugdhulpvelden meenemen (soort plek, aanbieder, beschikking)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>All tables (workbook)</source>
        <translation>Alle tabellen (werkmap)</translation>
    </message>
    <message>
        <source>The day for the children and occupancy tables; its week for the roster</source>
        <translation>De dag voor de tabellen met kinderen en bezetting; de week ervan voor het rooster</translation>
    </message>
    <message>
        <source>⚠ Youth-care status is special-category personal data. Export it only when you need it, for someone entitled to it, and keep the file safe; never mail it unprotected.</source>
        <translation>⚠ Jeugdhulpstatus is een bijzonder persoonsgegeven. Exporteer die alleen als het nodig is, voor iemand die er recht op heeft, en bewaar het bestand veilig; mail het nooit onbeveiligd.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exporteren...</translation>
    </message>
    <message>
        <source>samenplan</source>
        <translation>samenplan</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ExternalCoachDialog</name>
    <message>
        <source>Qualified pedagogical coach (counts toward the legal coach hours)</source>
        <translation>Gekwalificeerd pedagogisch coach (telt mee voor de wettelijke coachuren)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>New external coach</source>
        <translation>Nieuwe externe coach</translation>
    </message>
    <message>
        <source>Youth-care professional</source>
        <translation>Jeugdhulpprofessional</translation>
    </message>
    <message>
        <source>Youth and family centre professional</source>
        <translation>CJG-professional</translation>
    </message>
    <message>
        <source>Own coach</source>
        <translation>Eigen coach</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>De naam is leeg.</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::FindDialog</name>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Name of a child, colleague, group or coaching session</source>
        <translation>Naam van een kind, collega, groep of coachingsessie</translation>
    </message>
    <message>
        <source>Type a name, or part of one. Enter opens, Esc closes.</source>
        <translation>Typ een naam of een deel ervan. Enter opent, Esc sluit.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Niets gevonden voor “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n found; Enter opens the first.</source>
        <translation>
            <numerusform>%n gevonden; Enter opent de eerste.</numerusform>
            <numerusform>%n gevonden; Enter opent de eerste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samenplan::ui::FixedFacesDialog</name>
    <message>
        <source>Fixed faces: %1</source>
        <translation>Vaste gezichten: %1</translation>
    </message>
    <message>
        <source>%1 is a fixed face for:</source>
        <translation>%1 is een vast gezicht voor:</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ForecastView</name>
    <message>
        <source>The location this forecast is about</source>
        <translation>De locatie waar deze prognose over gaat</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Busiest weekday per month: regular children/places + youth-care seats taken/seats</source>
        <translation>Drukste weekdag per maand: reguliere kinderen/plekken + jeugdhulpplekken bezet/plekken</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>No location yet: add one, or import a location&apos;s spreadsheets (File menu).</source>
        <translation>Nog geen locatie: voeg er een toe, of importeer de spreadsheets van een locatie (menu Bestand).</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 vanaf %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 regular places (average %4), %5 of %6 seats, %7 professionals; %8 waiting</source>
        <translation>%1: %2 van %3 reguliere plekken (gemiddeld %4), %5 van %6 jeugdhulpplekken, %7 pedagogisch professionals; %8 wachtend</translation>
    </message>
    <message>
        <source>%1 (last day %2)</source>
        <translation>%1 (laatste dag %2)</translation>
    </message>
    <message>
        <source>Leaving: %1</source>
        <translation>Vertrekt: %1</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::FormDialog</name>
    <message>
        <source>Type a date such as 23-11-2026.</source>
        <translation>Typ een datum zoals 23-11-2026.</translation>
    </message>
    <message>
        <source>%1: type a date such as 23-11-2026.</source>
        <translation>%1: typ een datum zoals 23-11-2026.</translation>
    </message>
    <message>
        <source>Type a time such as 8:30.</source>
        <translation>Typ een tijd zoals 8:30.</translation>
    </message>
    <message>
        <source>%1: type a time such as 8:30.</source>
        <translation>%1: typ een tijd zoals 8:30.</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::GroupCard</name>
    <message>
        <source>%1 to %2 yrs</source>
        <translation>%1 tot %2 jaar</translation>
    </message>
    <message numerus="yes">
        <source>max %n children</source>
        <translation>
            <numerusform>max. %n kind</numerusform>
            <numerusform>max. %n kinderen</numerusform>
        </translation>
    </message>
    <message>
        <source>VE</source>
        <translation>VE</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Beroepskrachten</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>niet toegestaan</translation>
    </message>
    <message>
        <source>This is not a child.</source>
        <translation>Dit is geen kind.</translation>
    </message>
    <message>
        <source>✓ Drop to place the child here</source>
        <translation>✓ Loslaten om het kind hier te plaatsen</translation>
    </message>
    <message>
        <source>Group list</source>
        <translation>Groepslijst</translation>
    </message>
    <message>
        <source>Print this group&apos;s list for the week (names and days only)</source>
        <translation>Druk de groepslijst van deze week af (alleen namen en dagen)</translation>
    </message>
    <message>
        <source>Print preview...</source>
        <translation>Afdrukvoorbeeld...</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>Opslaan als pdf...</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regulier</translation>
    </message>
    <message>
        <source>Youth care</source>
        <translation>Jeugdhulp</translation>
    </message>
    <message>
        <source>Children at one moment against the regular places (maximum minus reserved seats)</source>
        <translation>Kinderen tegelijk tegenover de reguliere plekken (maximum min gereserveerde plekken)</translation>
    </message>
    <message>
        <source>Children in reserved youth-care seats at one moment against the seats</source>
        <translation>Kinderen tegelijk op gereserveerde jeugdhulpplekken tegenover het aantal plekken</translation>
    </message>
    <message>
        <source>Professionals the children require at the busiest moment</source>
        <translation>Beroepskrachten die de kinderen op het drukste moment nodig hebben</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Edit, archive or remove this group</source>
        <translation>Deze groep bewerken, archiveren of verwijderen</translation>
    </message>
    <message>
        <source>Edit group...</source>
        <translation>Groep bewerken...</translation>
    </message>
    <message>
        <source>Archive group...</source>
        <translation>Groep archiveren...</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Groep verwijderen</translation>
    </message>
    <message>
        <source>✗ %1 — drop to see what does fit</source>
        <translation>✗ %1 — laat los om te zien wat wel past</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (new in this scenario)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (nieuw in dit scenario)</translation>
    </message>
    <message>
        <source>max %1 children (plan: %2)</source>
        <translation>max. %1 kinderen (plan: %2)</translation>
    </message>
    <message>
        <source>In the scenario %1, not so in the plan</source>
        <translation>Zo in het scenario %1, niet in het plan</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::GroupChooserDialog</name>
    <message>
        <source>✓ fits</source>
        <translation>✓ past</translation>
    </message>
    <message>
        <source>◐ fits on %1: %2</source>
        <translation>◐ past op %1: %2</translation>
    </message>
    <message>
        <source>◐ fits from %1: %2</source>
        <translation>◐ past vanaf %1: %2</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Group for %1:</source>
        <translation>Groep voor %1:</translation>
    </message>
    <message>
        <source>Search groups...</source>
        <translation>Zoek groepen...</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Kiezen</translation>
    </message>
    <message>
        <source>The child fits in none of the groups now or within a year.</source>
        <translation>Het kind past nu en binnen een jaar in geen van de groepen.</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::GroupDialog</name>
    <message>
        <source>Pre-school education (VE)</source>
        <translation>Voorschoolse educatie (VE)</translation>
    </message>
    <message>
        <source>Edit group %1</source>
        <translation>Groep %1 bewerken</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <source>e.g. Vlinders</source>
        <translation>bijv. Vlinders</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Seats the group keeps for children a youth-care provider places (usually 4; 0 for none)</source>
        <translation>Plekken die de groep vrijhoudt voor kinderen die een jeugdhulpaanbieder plaatst (meestal 4; 0 voor geen)</translation>
    </message>
    <message>
        <source>e.g. Room 2, ground floor</source>
        <translation>bijv. Lokaal 2, begane grond</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Care type</source>
        <translation>Opvangsoort</translation>
    </message>
    <message>
        <source>From age</source>
        <translation>Vanaf leeftijd</translation>
    </message>
    <message>
        <source>Until age</source>
        <translation>Tot leeftijd</translation>
    </message>
    <message>
        <source>Maximum children</source>
        <translation>Maximum aantal kinderen</translation>
    </message>
    <message>
        <source>Youth-care seats</source>
        <translation>Jeugdhulpplekken</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruimte</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Children from %1 until they are %2; %3 regular places and %4 youth-care seats.</source>
        <translation>Kinderen van %1 tot ze %2 zijn; %3 reguliere plekken en %4 jeugdhulpplekken.</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::GroupsView</name>
    <message>
        <source>Groups in week %1</source>
        <translation>Groepen in week %1</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>&lt;b&gt;To place&lt;/b&gt;&lt;br&gt;Waiting list and children without a group. Drag a child onto a group.</source>
        <translation>&lt;b&gt;Te plaatsen&lt;/b&gt;&lt;br&gt;Wachtlijst en kinderen zonder groep. Sleep een kind naar een groep.</translation>
    </message>
    <message>
        <source>Place in group...</source>
        <translation>Plaatsen in groep...</translation>
    </message>
    <message>
        <source>Group list</source>
        <translation>Groepslijst</translation>
    </message>
    <message>
        <source>Save group list as PDF</source>
        <translation>Groepslijst opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>The location whose groups are shown</source>
        <translation>De locatie waarvan de groepen getoond worden</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Add, edit or remove a location; restore an archived group</source>
        <translation>Een locatie toevoegen, bewerken of verwijderen; een gearchiveerde groep terugzetten</translation>
    </message>
    <message>
        <source>New group...</source>
        <translation>Nieuwe groep...</translation>
    </message>
    <message>
        <source>Nobody to place. Add a child with New child..., or put one on the waiting list on the Children page.</source>
        <translation>Niemand te plaatsen. Voeg een kind toe met Nieuw kind..., of zet er een op de wachtlijst op de pagina Kinderen.</translation>
    </message>
    <message>
        <source>New child...</source>
        <translation>Nieuw kind...</translation>
    </message>
    <message>
        <source>New location...</source>
        <translation>Nieuwe locatie...</translation>
    </message>
    <message>
        <source>Edit %1...</source>
        <translation>%1 bewerken...</translation>
    </message>
    <message>
        <source>Edit location...</source>
        <translation>Locatie bewerken...</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Remove location</source>
        <translation>Locatie verwijderen</translation>
    </message>
    <message>
        <source>Archived groups</source>
        <translation>Gearchiveerde groepen</translation>
    </message>
    <message>
        <source>Restore %1 (archived from %2)</source>
        <translation>%1 terugzetten (gearchiveerd vanaf %2)</translation>
    </message>
    <message>
        <source>No location yet</source>
        <translation>Nog geen locatie</translation>
    </message>
    <message>
        <source>No groups yet in %1</source>
        <translation>Nog geen groepen in %1</translation>
    </message>
    <message>
        <source>Show the plan, or a what-if scenario kept in the file (made on the Forecast page)</source>
        <translation>Toon het plan, of een wat-als-scenario uit het bestand (gemaakt op de pagina Prognose)</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Het plan</translation>
    </message>
    <message>
        <source>What if: %1. This is not the plan: what the scenario changes is in italics on a yellow ground. Nothing can be placed or printed here; choose The plan for that, or apply the scenario on the Forecast page.</source>
        <translation>Wat als: %1. Dit is niet het plan: wat het scenario verandert staat cursief op een gele achtergrond. Hier kan niets geplaatst of afgedrukt worden; kies daarvoor Het plan, of voer het scenario door op de pagina Prognose.</translation>
    </message>
    <message>
        <source>Groups in week %1, what if: %2</source>
        <translation>Groepen in week %1, wat als: %2</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::HandbookDialog</name>
    <message>
        <source>Handbook</source>
        <translation>Handboek</translation>
    </message>
    <message>
        <source>Contents and shortcuts</source>
        <translation>Inhoud en sneltoetsen</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Import from spreadsheets</source>
        <translation>Importeren uit spreadsheets</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Kiezen...</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Kies een csv-bestand</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Csv-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Controleren...</translation>
    </message>
    <message>
        <source>No problems: %1 group(s), %2 child(ren) in %3 placement(s), %4 staff and %5 shift(s) can be imported.</source>
        <translation>Geen problemen: %1 groep(en), %2 kind(eren) in %3 plaatsing(en), %4 medewerker(s) en %5 dienst(en) kunnen worden geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), highlighted in the preview. Nothing can be imported until they are solved.</source>
        <translation>
            <numerusform>%n probleem, gemarkeerd in het voorbeeld. Er kan niets worden geïmporteerd tot het is opgelost.</numerusform>
            <numerusform>%n problemen, gemarkeerd in het voorbeeld. Er kan niets worden geïmporteerd tot ze zijn opgelost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... en nog %n.</numerusform>
            <numerusform>... en nog %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importeren...</translation>
    </message>
    <message>
        <source>Imported. The file as it was before is saved as %1.</source>
        <translation>Geïmporteerd. Het bestand zoals het was, is bewaard als %1.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Attendance: %1 child day(s).</source>
        <translation>Aanwezigheid: %1 kinddag(en).</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::LocationDialog</name>
    <message>
        <source>Closed on public holidays</source>
        <translation>Gesloten op feestdagen</translation>
    </message>
    <message>
        <source>Edit location %1</source>
        <translation>Locatie %1 bewerken</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Nieuwe locatie</translation>
    </message>
    <message>
        <source>e.g. Kindcentrum De Boomgaard</source>
        <translation>bijv. Kindcentrum De Boomgaard</translation>
    </message>
    <message>
        <source>6 to 12 digits, from the Landelijk Register Kinderopvang</source>
        <translation>6 tot 12 cijfers, uit het Landelijk Register Kinderopvang</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>why, e.g. a study day or a bridge day</source>
        <translation>waarom, bijv. een studiedag of een brugdag</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>The region whose school holidays the location follows (north, middle or south)</source>
        <translation>De regio waarvan de locatie de schoolvakanties volgt (noord, midden of zuid)</translation>
    </message>
    <message>
        <source>Closed on New Year&apos;s Day, Easter Monday, King&apos;s Day, Ascension Day, Whit Monday and Christmas; Liberation Day every fifth year</source>
        <translation>Gesloten op nieuwjaarsdag, tweede paasdag, Koningsdag, Hemelvaartsdag, tweede pinksterdag en Kerstmis; Bevrijdingsdag eens in de vijf jaar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>LRK number</source>
        <translation>LRK-nummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Openingstijden</translation>
    </message>
    <message>
        <source>Closing days</source>
        <translation>Sluitingsdagen</translation>
    </message>
    <message>
        <source>School-holiday region</source>
        <translation>Schoolvakantieregio</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No closing days</source>
        <translation>Geen sluitingsdagen</translation>
    </message>
    <message>
        <source>Tick the days the location is open.</source>
        <translation>Vink de dagen aan waarop de locatie open is.</translation>
    </message>
    <message>
        <source>The reason for %1 is longer than %2 characters.</source>
        <translation>De reden bij %1 is langer dan %2 tekens.</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::MainWindow</name>
    <message>
        <source>Samenplan databases (*.samenplan);;All files (*)</source>
        <translation>Samenplan-databases (*.samenplan);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Demo location</source>
        <translation>Demolocatie</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Nieuw...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Openen...</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Open the &amp;demo location</source>
        <translation>&amp;Demolocatie openen</translation>
    </message>
    <message>
        <source>Save a &amp;copy...</source>
        <translation>&amp;Kopie opslaan...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>E&amp;xtra</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Volg het systeem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Samenplan</source>
        <translation>&amp;Over Samenplan</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Opnieuw &amp;doen: %1</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>De wijziging is niet opgeslagen</translation>
    </message>
    <message>
        <source>%1 – Samenplan</source>
        <translation>%1 – Samenplan</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geopend</translation>
    </message>
    <message>
        <source>New Samenplan database</source>
        <translation>Nieuwe Samenplan-database</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <source>The file %1 already exists. Samenplan does not overwrite a file; choose another name.</source>
        <translation>Het bestand %1 bestaat al. Samenplan overschrijft geen bestanden; kies een andere naam.</translation>
    </message>
    <message>
        <source>Open Samenplan database</source>
        <translation>Samenplan-database openen</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Kopie opgeslagen als %1</translation>
    </message>
    <message>
        <source>About Samenplan</source>
        <translation>Over Samenplan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Samenplan %1&lt;/h3&gt;&lt;p&gt;Planner for childcare locations that work together with youth care: groups and youth-care seats, the staff-child ratio, rosters and coaching on the job.&lt;/p&gt;&lt;p&gt;Licensed under the EUPL-1.2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Samenplan %1&lt;/h3&gt;&lt;p&gt;Planner voor kindercentra die samenwerken met de jeugdhulp: groepen en jeugdhulpplekken, de beroepskracht-kindratio, roosters en coaching on the job.&lt;/p&gt;&lt;p&gt;Gelicentieerd onder de EUPL-1.2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Samenplan will use the new language the next time it starts.</source>
        <translation>Samenplan gebruikt de nieuwe taal vanaf de volgende keer dat het start.</translation>
    </message>
    <message>
        <source>Staff-child &amp;ratio calculator...</source>
        <translation>BKR-&amp;rekenhulp...</translation>
    </message>
    <message>
        <source>Staff-child ratio calculator</source>
        <translation>BKR-rekenhulp</translation>
    </message>
    <message>
        <source>&amp;Import from spreadsheets...</source>
        <translation>&amp;Importeren uit spreadsheets...</translation>
    </message>
    <message>
        <source>&amp;Handbook for this page</source>
        <translation>&amp;Handboek bij deze pagina</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Zoeken...</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>&amp;Vorige week</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>V&amp;olgende week</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Deze week</translation>
    </message>
    <message>
        <source>Connect to &amp;server...</source>
        <translation>Verbinden met &amp;server...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exporteren...</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>copy of %1</source>
        <translation>kopie van %1</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>Het bestand kon niet worden gelezen</translation>
    </message>
    <message>
        <source>%1

What could not be read is not shown; nothing was changed. Close the file and open it again: opening checks the whole file.</source>
        <translation>%1

Wat niet kon worden gelezen, wordt niet getoond; er is niets veranderd. Sluit het bestand en open het opnieuw: bij het openen wordt het hele bestand gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::OccupancyChart</name>
    <message>
        <source>How full, per day (busiest moment)</source>
        <translation>Hoe vol, per dag (drukste moment)</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::OccupancyForecastChart</name>
    <message>
        <source>How full per month: the busiest weekday&apos;s regular places (dashed: with the waiting list)</source>
        <translation>Hoe vol per maand: de reguliere plekken op de drukste weekdag (gestreept: met de wachtlijst)</translation>
    </message>
    <message>
        <source>%1 with the waiting list</source>
        <translation>%1 met de wachtlijst</translation>
    </message>
    <message>
        <source>%1 (plan)</source>
        <translation>%1 (planning)</translation>
    </message>
    <message>
        <source>How full per month: the what-if (dotted: the plan)</source>
        <translation>Hoe vol per maand: het wat-als (gestippeld: het plan)</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::OverviewView</name>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Trajectory ends</source>
        <translation>Traject eindigt</translation>
    </message>
    <message>
        <source>Turns 4 on</source>
        <translation>Wordt 4 op</translation>
    </message>
    <message>
        <source>Out-of-school care</source>
        <translation>Bso</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Wished start</source>
        <translation>Gewenste start</translation>
    </message>
    <message>
        <source>Wished group</source>
        <translation>Gewenste groep</translation>
    </message>
    <message>
        <source>Fits from</source>
        <translation>Past vanaf</translation>
    </message>
    <message>
        <source>The location this overview is about</source>
        <translation>De locatie van dit overzicht</translation>
    </message>
    <message>
        <source>Problems this week</source>
        <translation>Problemen deze week</translation>
    </message>
    <message>
        <source>Places free per group and day</source>
        <translation>Vrije plekken per groep en dag</translation>
    </message>
    <message>
        <source>Trajectories ending within six weeks</source>
        <translation>Trajecten die binnen zes weken eindigen</translation>
    </message>
    <message>
        <source>Double-click one to extend it, continue it as a regular placement, or end it.</source>
        <translation>Dubbelklik om het te verlengen, voort te zetten als reguliere plaatsing of te beëindigen.</translation>
    </message>
    <message>
        <source>Turning 4 within three months</source>
        <translation>Wordt binnen drie maanden 4</translation>
    </message>
    <message>
        <source>They leave day care for out-of-school care.</source>
        <translation>Zij gaan van de dagopvang naar de bso.</translation>
    </message>
    <message>
        <source>Waiting list: when each wish fits</source>
        <translation>Wachtlijst: wanneer elke wens past</translation>
    </message>
    <message>
        <source>The earliest date the wished days fit, by the placement rules.</source>
        <translation>De vroegste datum waarop de gewenste dagen passen, volgens de plaatsingsregels.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>No location yet: add one, or import a location&apos;s spreadsheets (File menu).</source>
        <translation>Nog geen locatie: voeg er een toe, of importeer de spreadsheets van een locatie (menu Bestand).</translation>
    </message>
    <message>
        <source>Week %1 at %2</source>
        <translation>Week %1 bij %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (over %n dag)</numerusform>
            <numerusform>%1 (over %n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>placed</source>
        <translation>geplaatst</translation>
    </message>
    <message>
        <source>not placed yet</source>
        <translation>nog niet geplaatst</translation>
    </message>
    <message>
        <source>%1 (youth care)</source>
        <translation>%1 (jeugdhulp)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>elke</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Niemand wacht</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::PlacementDialog</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 verplaatsen naar %2</translation>
    </message>
    <message>
        <source>Place %1 in %2</source>
        <translation>%1 plaatsen in %2</translation>
    </message>
    <message>
        <source>Regular place</source>
        <translation>Reguliere plek</translation>
    </message>
    <message>
        <source>Youth-care seat</source>
        <translation>Jeugdhulpplek</translation>
    </message>
    <message>
        <source>Only a child with an active referral takes a youth-care seat.</source>
        <translation>Alleen een kind met een geldige beschikking neemt een jeugdhulpplek in.</translation>
    </message>
    <message>
        <source>Only to put a regular child in a reserved seat</source>
        <translation>Alleen om een regulier kind op een gereserveerde plek te zetten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Reserved seat because</source>
        <translation>Gereserveerde plek omdat</translation>
    </message>
    <message>
        <source>✓ Allowed.</source>
        <translation>✓ Toegestaan.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Placement of %1 in %2</source>
        <translation>Plaatsing van %1 in %2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>zonder einddatum</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Personele bezetting</translation>
    </message>
    <message>
        <source>Professionals the group&apos;s children need at the busiest moment with this change, and the counting professionals the roster has on the group then (first week of the placement).</source>
        <translation>Beroepskrachten die de kinderen van de groep met deze wijziging op het drukste moment nodig hebben, en de meetellende beroepskrachten die het rooster dan op de groep heeft (eerste week van de plaatsing).</translation>
    </message>
    <message>
        <source>Not everything asked fits; the fields below hold what does.</source>
        <translation>Niet alles wat gevraagd is past; de velden hieronder bevatten wat wel past.</translation>
    </message>
    <message>
        <source>Start on %1 with all the days asked</source>
        <translation>Beginnen op %1 met alle gevraagde dagen</translation>
    </message>
    <message>
        <source>Type the dates as 23-11-2026 and the times as 8:30.</source>
        <translation>Typ de datums als 23-11-2026 en de tijden als 8:30.</translation>
    </message>
    <message>
        <source>Shown once the placement is allowed.</source>
        <translation>Wordt getoond zodra de plaatsing is toegestaan.</translation>
    </message>
    <message>
        <source>Place</source>
        <comment>button: place the child</comment>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Place</source>
        <comment>form row: a regular place or a youth-care seat</comment>
        <translation>Plek</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::PlacementFlow</name>
    <message>
        <source>%1 does not fit in %2</source>
        <translation>%1 past niet in %2</translation>
    </message>
    <message>
        <source>%1 fits in none of the other groups now or within a year.</source>
        <translation>%1 past nu en binnen een jaar in geen van de andere groepen.</translation>
    </message>
    <message>
        <source>%1 fits in: %2.</source>
        <translation>%1 past in: %2.</translation>
    </message>
    <message>
        <source>Move to group...</source>
        <translation>Verplaatsen naar groep...</translation>
    </message>
    <message>
        <source>Place in group...</source>
        <translation>Plaatsen in groep...</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>Verplaatsen naar groep</translation>
    </message>
    <message>
        <source>Place in group</source>
        <translation>Plaatsen in groep</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::PlacesTable</name>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) free</source>
        <translation>
            <numerusform>%n plek vrij</numerusform>
            <numerusform>%n plekken vrij</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) free</source>
        <translation>
            <numerusform>%n jeugdhulp vrij</numerusform>
            <numerusform>%n jeugdhulp vrij</numerusform>
        </translation>
    </message>
    <message>
        <source>Regular places: %1 of %2 taken at the busiest moment</source>
        <translation>Reguliere plekken: %1 van %2 bezet op het drukste moment</translation>
    </message>
    <message>
        <source>Youth-care seats: %1 of %2 taken</source>
        <translation>Jeugdhulpplekken: %1 van %2 bezet</translation>
    </message>
    <message numerus="yes">
        <source>%1 of at most %2 children; %n professional(s) required</source>
        <translation>
            <numerusform>%1 van hoogstens %2 kinderen; %n beroepskracht nodig</numerusform>
            <numerusform>%1 van hoogstens %2 kinderen; %n beroepskrachten nodig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samenplan::ui::PlannerView</name>
    <message>
        <source>This page could not be read, so it shows nothing. Close the file and open it again: opening checks the whole file.</source>
        <translation>Deze pagina kon niet worden gelezen en toont daarom niets. Sluit het bestand en open het opnieuw: bij het openen wordt het hele bestand gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::PrivacyActions</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Personal data of %1</source>
        <translation>Persoonsgegevens van %1</translation>
    </message>
    <message>
        <source>personal data %1.json</source>
        <translation>persoonsgegevens %1.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Everything Samenplan holds about %1 was written to %2 and %3. Hand these to the parents in person or through a secure channel: they contain special-category personal data.</source>
        <translation>Alles wat Samenplan over %1 bewaart is geschreven naar %2 en %3. Geef deze persoonlijk of via een beveiligd kanaal aan de ouders: ze bevatten bijzondere persoonsgegevens.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Erase &lt;b&gt;%1&lt;/b&gt; on request?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Removed:&lt;/b&gt; the name, the parents&apos; name, phone and e-mail, the notes, the referrals (youth care), the waiting-list entries, the fixed faces, the absences, and the child as focus of coaching sessions. The birth date keeps only its month.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kept, without personal data:&lt;/b&gt; the placements (group, dates and days), which the location&apos;s records and staff-child ratio history need. The erasure is logged without the name.&lt;/p&gt;&lt;p&gt;This cannot be undone; the undo history is cleared.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; op verzoek wissen?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Verwijderd:&lt;/b&gt; de naam, de naam, het telefoonnummer en het e-mailadres van de ouders, de notities, de beschikkingen (jeugdhulp), de wachtlijstregels, de vaste gezichten, de afwezigheden, en het kind als onderwerp van coachingsessies. Van de geboortedatum blijft alleen de maand.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bewaard, zonder persoonsgegevens:&lt;/b&gt; de plaatsingen (groep, datums en dagen), die de administratie van de locatie en de geschiedenis van de beroepskracht-kindratio nodig hebben. Het wissen wordt vastgelegd zonder de naam.&lt;/p&gt;&lt;p&gt;Dit kan niet ongedaan worden gemaakt; de geschiedenis van Ongedaan maken wordt gewist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>%1 wissen</translation>
    </message>
    <message>
        <source>Erase the personal data</source>
        <translation>De persoonsgegevens wissen</translation>
    </message>
    <message>
        <source>The backup made before the last import, %1, held %2 too; erased there as well.</source>
        <translation>De reservekopie van voor de laatste import, %1, bevatte %2 ook; daar ook gewist.</translation>
    </message>
    <message>
        <source>%1 is erased from this file, but the backup made before the last import, %2, may still hold the child: it could not be erased there (%3). Delete that file.</source>
        <translation>%1 is uit dit bestand gewist, maar de reservekopie van voor de laatste import, %2, kan het kind nog bevatten: het kon daar niet worden gewist (%3). Verwijder dat bestand.</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ProblemListView</name>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Violations (%1)</source>
        <translation>Overtredingen (%1)</translation>
    </message>
    <message>
        <source>Against the rules: must be fixed.</source>
        <translation>Tegen de regels: moet worden opgelost.</translation>
    </message>
    <message>
        <source>Allowed by the rules (%1)</source>
        <translation>Toegestaan volgens de regels (%1)</translation>
    </message>
    <message>
        <source>Below a norm, but within what the rules allow: the three-hour rule, or a fixed face replaced during illness or leave.</source>
        <translation>Onder een norm, maar binnen wat de regels toestaan: de drie-uursregeling, of een vast gezicht dat bij ziekte of verlof wordt vervangen.</translation>
    </message>
    <message>
        <source>Advice (%1)</source>
        <translation>Adviezen (%1)</translation>
    </message>
    <message>
        <source>Worth a look, not against the rules.</source>
        <translation>Het bekijken waard, niet tegen de regels.</translation>
    </message>
    <message>
        <source>Violations: %1</source>
        <translation>Overtredingen: %1</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Toegestaan: %1</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation>Adviezen: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ProblemSummary</name>
    <message>
        <source>Violations (%1)</source>
        <translation>Overtredingen (%1)</translation>
    </message>
    <message>
        <source>Allowed by the rules (%1)</source>
        <translation>Toegestaan door de regels (%1)</translation>
    </message>
    <message>
        <source>Advice (%1)</source>
        <translation>Advies (%1)</translation>
    </message>
    <message>
        <source>The location</source>
        <translation>De locatie</translation>
    </message>
    <message>
        <source>the whole week</source>
        <translation>de hele week</translation>
    </message>
    <message>
        <source>Violations: %1</source>
        <translation>Overtredingen: %1</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Toegestaan: %1</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation>Advies: %1</translation>
    </message>
    <message>
        <source>No problems this week.</source>
        <translation>Geen problemen deze week.</translation>
    </message>
    <message>
        <source>Click to show it on the roster.</source>
        <translation>Klik om het in het rooster te tonen.</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ProviderDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>New youth-care provider</source>
        <translation>Nieuwe jeugdhulpaanbieder</translation>
    </message>
    <message>
        <source>Youth-care provider</source>
        <translation>Jeugdhulpaanbieder</translation>
    </message>
    <message>
        <source>Youth and family centre (CJG)</source>
        <translation>Centrum voor Jeugd en Gezin (CJG)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Usual trajectory</source>
        <translation>Gebruikelijk traject</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ProvidersPage</name>
    <message>
        <source>Youth-care providers</source>
        <translation>Jeugdhulpaanbieders</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Usual trajectory (months)</source>
        <translation>Gebruikelijk traject (maanden)</translation>
    </message>
    <message>
        <source>Search providers...</source>
        <translation>Zoek aanbieders...</translation>
    </message>
    <message>
        <source>New provider...</source>
        <translation>Nieuwe aanbieder...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bewerken...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Youth and family centre (CJG)</source>
        <translation>Centrum voor Jeugd en Gezin (CJG)</translation>
    </message>
    <message>
        <source>Youth-care provider</source>
        <translation>Jeugdhulpaanbieder</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::RatioCalculator</name>
    <message>
        <source>The day decides the rule set (out-of-school care counts per location since 1 July 2024)</source>
        <translation>De dag bepaalt de regelset (de BSO telt sinds 1 juli 2024 per locatie)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Opvangsoort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Children present by age (completed years):</source>
        <translation>Aanwezige kinderen per leeftijd (hele jaren):</translation>
    </message>
    <message>
        <source>Aged 4 to 6</source>
        <translation>4 tot en met 6 jaar</translation>
    </message>
    <message>
        <source>Aged 7 and over</source>
        <translation>7 jaar en ouder</translation>
    </message>
    <message>
        <source>Aged 0</source>
        <translation>0 jaar</translation>
    </message>
    <message>
        <source>Aged 1</source>
        <translation>1 jaar</translation>
    </message>
    <message>
        <source>Aged 2</source>
        <translation>2 jaar</translation>
    </message>
    <message>
        <source>Aged 3</source>
        <translation>3 jaar</translation>
    </message>
    <message numerus="yes">
        <source>%n professional(s) required</source>
        <translation>
            <numerusform>%n beroepskracht nodig</numerusform>
            <numerusform>%n beroepskrachten nodig</numerusform>
        </translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Niet toegestaan</translation>
    </message>
    <message>
        <source>Rule set: %1</source>
        <translation>Regelset: %1</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ReferralDialog</name>
    <message>
        <source>Edit referral %1</source>
        <translation>Beschikking %1 bewerken</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nieuwe beschikking</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Ambulant hulpverlener</translation>
    </message>
    <message>
        <source>Behavioural scientist</source>
        <translation>Gedragswetenschapper</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Nazorgnotitie</translation>
    </message>
    <message>
        <source>(choose a child)</source>
        <translation>(kies een kind)</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>Beschikkingen</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Nazorgnotitie</translation>
    </message>
    <message>
        <source>Search referrals...</source>
        <translation>Zoek beschikkingen...</translation>
    </message>
    <message>
        <source>New referral...</source>
        <translation>Nieuwe beschikking...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bewerken...</translation>
    </message>
    <message>
        <source>Extend...</source>
        <translation>Verlengen...</translation>
    </message>
    <message>
        <source>Extend the trajectory</source>
        <translation>Traject verlengen</translation>
    </message>
    <message>
        <source>Extend by months:</source>
        <translation>Verlengen met maanden:</translation>
    </message>
    <message>
        <source>Continue as regular placement</source>
        <translation>Voortzetten als reguliere plaatsing</translation>
    </message>
    <message>
        <source>End with follow-up...</source>
        <translation>Afsluiten met nazorg...</translation>
    </message>
    <message>
        <source>End the trajectory</source>
        <translation>Traject afsluiten</translation>
    </message>
    <message>
        <source>Follow-up note (e.g. neighbourhood activities):</source>
        <translation>Nazorgnotitie (bijvoorbeeld buurtactiviteiten):</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>remove referral %1</source>
        <translation>beschikking %1 verwijderen</translation>
    </message>
    <message>
        <source>edit referral %1</source>
        <translation>beschikking %1 bewerken</translation>
    </message>
    <message>
        <source>add referral %1</source>
        <translation>beschikking %1 toevoegen</translation>
    </message>
    <message>
        <source>extend referral %1</source>
        <translation>beschikking %1 verlengen</translation>
    </message>
    <message>
        <source>The referral no longer exists.</source>
        <translation>De beschikking bestaat niet meer.</translation>
    </message>
    <message>
        <source>The child has no youth-care placement to continue.</source>
        <translation>Het kind heeft geen jeugdhulpplaatsing om voort te zetten.</translation>
    </message>
    <message>
        <source>No regular place is free from %1: %2</source>
        <translation>Er is vanaf %1 geen reguliere plek vrij: %2</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::RosterView</name>
    <message>
        <source>Roster</source>
        <translation>Rooster</translation>
    </message>
    <message>
        <source>Search by name or group...</source>
        <translation>Zoek op naam of groep...</translation>
    </message>
    <message>
        <source>No shifts this week</source>
        <translation>Geen diensten deze week</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>off the floor</source>
        <translation>buiten de groep</translation>
    </message>
    <message>
        <source>break %1</source>
        <translation>pauze %1</translation>
    </message>
    <message>
        <source>By staff</source>
        <translation>Per medewerker</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Per groep</translation>
    </message>
    <message>
        <source>New shift...</source>
        <translation>Nieuwe dienst...</translation>
    </message>
    <message>
        <source>Edit shift...</source>
        <translation>Dienst bewerken...</translation>
    </message>
    <message>
        <source>Delete shift</source>
        <translation>Dienst verwijderen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks this week&lt;/b&gt;</source>
        <translation>&lt;b&gt;Controles deze week&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>edit shift</source>
        <translation>dienst bewerken</translation>
    </message>
    <message>
        <source>add shift</source>
        <translation>dienst toevoegen</translation>
    </message>
    <message>
        <source>delete shift</source>
        <translation>dienst verwijderen</translation>
    </message>
    <message>
        <source>Save the roster as PDF</source>
        <translation>Rooster opslaan als pdf</translation>
    </message>
    <message>
        <source>roster-%1.pdf</source>
        <translation>rooster-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Copy week...</source>
        <translation>Week kopiëren...</translation>
    </message>
    <message>
        <source>Save as template...</source>
        <translation>Opslaan als sjabloon...</translation>
    </message>
    <message>
        <source>Apply template...</source>
        <translation>Sjabloon toepassen...</translation>
    </message>
    <message>
        <source>move shift</source>
        <translation>dienst verplaatsen</translation>
    </message>
    <message>
        <source>Day timeline</source>
        <translation>Dagtijdlijn</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Wall print: preview...</source>
        <translation>Muurrooster: afdrukvoorbeeld...</translation>
    </message>
    <message>
        <source>Wall print: save as PDF...</source>
        <translation>Muurrooster: opslaan als pdf...</translation>
    </message>
    <message>
        <source>Lists by staff and by group: preview...</source>
        <translation>Lijsten per medewerker en per groep: afdrukvoorbeeld...</translation>
    </message>
    <message>
        <source>Lists by staff and by group: save as PDF...</source>
        <translation>Lijsten per medewerker en per groep: opslaan als pdf...</translation>
    </message>
    <message>
        <source>The wall print: a page per location with time bars per person and day, to hang up.
The lists: a page by staff and a page by group.</source>
        <translation>Het muurrooster: een blad per locatie met tijdbalken per persoon en dag, om op te hangen.
De lijsten: een blad per medewerker en een blad per groep.</translation>
    </message>
    <message>
        <source>move shift to %1</source>
        <translation>dienst verplaatsen naar %1</translation>
    </message>
    <message>
        <source>change shift to %1</source>
        <translation>dienst wijzigen naar %1</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::RosterWeekActions</name>
    <message>
        <source>%1 is not a week such as 2026-W48.</source>
        <translation>%1 is geen week zoals 2026-W48.</translation>
    </message>
    <message>
        <source>Those weeks may have shifts already. Replace them, or add these shifts to them?</source>
        <translation>Die weken kunnen al diensten hebben. Vervangen, of deze diensten eraan toevoegen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>copy week %1 to %2</source>
        <translation>week %1 kopiëren naar %2</translation>
    </message>
    <message>
        <source>save template %1</source>
        <translation>sjabloon %1 opslaan</translation>
    </message>
    <message>
        <source>apply template %1</source>
        <translation>sjabloon %1 toepassen</translation>
    </message>
    <message>
        <source>Copy week</source>
        <translation>Week kopiëren</translation>
    </message>
    <message>
        <source>Copy this week&apos;s shifts to week:</source>
        <translation>Kopieer de diensten van deze week naar week:</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Opslaan als sjabloon</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Naam van het sjabloon:</translation>
    </message>
    <message>
        <source>Standard week</source>
        <translation>Standaardweek</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Elke week</translation>
    </message>
    <message>
        <source>Odd weeks</source>
        <translation>Oneven weken</translation>
    </message>
    <message>
        <source>Even weeks</source>
        <translation>Even weken</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Sjabloon toepassen</translation>
    </message>
    <message>
        <source>Save a week as a template first.</source>
        <translation>Sla eerst een week op als sjabloon.</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Sjabloon:</translation>
    </message>
    <message>
        <source>From week:</source>
        <translation>Vanaf week:</translation>
    </message>
    <message>
        <source>Until week:</source>
        <translation>Tot en met week:</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ScenarioChangeDialog</name>
    <message>
        <source>In a youth-care seat</source>
        <translation>Op een jeugdhulpplek</translation>
    </message>
    <message>
        <source>Add a change to %1</source>
        <translation>Wijziging toevoegen aan %1</translation>
    </message>
    <message>
        <source>Place a child from the waiting list</source>
        <translation>Een kind van de wachtlijst plaatsen</translation>
    </message>
    <message>
        <source>End or extend a placement</source>
        <translation>Een plaatsing beëindigen of verlengen</translation>
    </message>
    <message>
        <source>Move the end of a youth-care trajectory</source>
        <translation>Het einde van een jeugdhulptraject verschuiven</translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation>Een groep toevoegen</translation>
    </message>
    <message>
        <source>Change a group&apos;s maximum</source>
        <translation>Het maximum van een groep wijzigen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, vanaf %2</translation>
    </message>
    <message>
        <source>(choose a wish)</source>
        <translation>(kies een wens)</translation>
    </message>
    <message>
        <source>%1 (new in this scenario)</source>
        <translation>%1 (nieuw in dit scenario)</translation>
    </message>
    <message>
        <source>(choose a group)</source>
        <translation>(kies een groep)</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>Wens</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>%1 in %2, %3</source>
        <translation>%1 in %2, %3</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot en met %1</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>zonder einddatum</translation>
    </message>
    <message>
        <source>(choose a placement)</source>
        <translation>(kies een plaatsing)</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Plaatsing</translation>
    </message>
    <message>
        <source>%1, planned to end %2</source>
        <translation>%1, gepland einde %2</translation>
    </message>
    <message>
        <source>(choose a trajectory)</source>
        <translation>(kies een traject)</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Care type</source>
        <translation>Opvangsoort</translation>
    </message>
    <message>
        <source>From age</source>
        <translation>Vanaf leeftijd</translation>
    </message>
    <message>
        <source>Until age</source>
        <translation>Tot leeftijd</translation>
    </message>
    <message>
        <source>%1 (now %2, of which %3 youth-care seats)</source>
        <translation>%1 (nu %2, waarvan %3 jeugdhulpplekken)</translation>
    </message>
    <message>
        <source>Most children at one moment</source>
        <translation>Meeste kinderen tegelijk</translation>
    </message>
    <message>
        <source>Of which youth-care seats</source>
        <translation>Waarvan jeugdhulpplekken</translation>
    </message>
    <message>
        <source>none: the placement runs on</source>
        <translation>leeg: de plaatsing loopt door</translation>
    </message>
    <message>
        <source>Choose the wish of the child to place.</source>
        <translation>Kies de wens van het kind dat geplaatst wordt.</translation>
    </message>
    <message>
        <source>Choose the group to place the child in.</source>
        <translation>Kies de groep waarin het kind komt.</translation>
    </message>
    <message>
        <source>The location is closed on every day the child wishes.</source>
        <translation>De locatie is gesloten op elke dag die het kind wenst.</translation>
    </message>
    <message>
        <source>Give the first day.</source>
        <translation>Geef de eerste dag.</translation>
    </message>
    <message>
        <source>Choose the placement.</source>
        <translation>Kies de plaatsing.</translation>
    </message>
    <message>
        <source>Choose the trajectory.</source>
        <translation>Kies het traject.</translation>
    </message>
    <message>
        <source>Give the trajectory&apos;s new planned end.</source>
        <translation>Geef het nieuwe geplande einde van het traject.</translation>
    </message>
    <message>
        <source>Choose the group.</source>
        <translation>Kies de groep.</translation>
    </message>
    <message>
        <source>A group cannot have more youth-care seats than children.</source>
        <translation>Een groep kan niet meer jeugdhulpplekken hebben dan kinderen.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <source>A group takes at least one child.</source>
        <translation>Een groep heeft plaats voor minstens één kind.</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ScenarioChecks</name>
    <message>
        <source>The scenario adds this</source>
        <translation>Dit komt erbij in het scenario</translation>
    </message>
    <message>
        <source>The scenario resolves this</source>
        <translation>Dit lost het scenario op</translation>
    </message>
    <message>
        <source>A what-if scenario kept in the file (made on the Forecast page): its checks of this week beside the plan&apos;s</source>
        <translation>Een wat-als-scenario uit het bestand (gemaakt op de pagina Prognose): de controles van deze week ermee, naast die van het plan</translation>
    </message>
    <message>
        <source>&lt;b&gt;What if&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wat als&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Only the plan</source>
        <translation>Alleen het plan</translation>
    </message>
    <message>
        <source>Choose a scenario to see what it would change in this week&apos;s checks.</source>
        <translation>Kies een scenario om te zien wat het verandert aan de controles van deze week.</translation>
    </message>
    <message>
        <source>The scenario changes nothing in this week&apos;s checks.</source>
        <translation>Het scenario verandert niets aan de controles van deze week.</translation>
    </message>
    <message>
        <source>%1 more, %2 resolved in this week&apos;s checks (+ more, − resolved).</source>
        <translation>%1 erbij, %2 opgelost in de controles van deze week (+ erbij, − opgelost).</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ScenarioPanel</name>
    <message>
        <source>What if</source>
        <translation>Wat als</translation>
    </message>
    <message>
        <source>Place them</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Save as scenario...</source>
        <translation>Bewaren als scenario...</translation>
    </message>
    <message>
        <source>New scenario...</source>
        <translation>Nieuw scenario...</translation>
    </message>
    <message>
        <source>Add a change...</source>
        <translation>Wijziging toevoegen...</translation>
    </message>
    <message>
        <source>Remove the change</source>
        <translation>Wijziging verwijderen</translation>
    </message>
    <message>
        <source>Apply to the plan</source>
        <translation>Doorvoeren in het plan</translation>
    </message>
    <message>
        <source>Discard the scenario</source>
        <translation>Scenario weggooien</translation>
    </message>
    <message>
        <source>What the forecast shows beside the plan: the waiting list placed at its earliest fits (not stored), or a scenario kept in the file. Scenarios are never printed.</source>
        <translation>Wat de prognose naast het plan toont: de wachtlijst geplaatst op de vroegst passende data (niet bewaard), of een scenario uit het bestand. Scenario&apos;s worden nooit afgedrukt.</translation>
    </message>
    <message>
        <source>Only the plan</source>
        <translation>Alleen het plan</translation>
    </message>
    <message>
        <source>What if the waiting list were placed</source>
        <translation>Wat als de wachtlijst geplaatst wordt</translation>
    </message>
    <message>
        <source>Places the children of the what-if for real, as one step that Undo takes back; the placement rules are checked again.</source>
        <translation>Plaatst de kinderen van het wat-als echt, als één stap die Ongedaan maken terugdraait; de plaatsingsregels worden opnieuw gecontroleerd.</translation>
    </message>
    <message>
        <source>Makes the scenario&apos;s changes to the plan as one step that Undo takes back; every rule is checked again against the plan as it is now.</source>
        <translation>Voert de wijzigingen van het scenario door in het plan als één stap die Ongedaan maken terugdraait; elke regel wordt opnieuw gecontroleerd tegen het plan zoals het nu is.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Choose a what-if at the top to see it beside the plan, or start a new scenario.</source>
        <translation>Kies bovenaan een wat-als om het naast het plan te zien, of begin een nieuw scenario.</translation>
    </message>
    <message>
        <source>The waiting list placed at its earliest fits, highest priority first. Nothing is stored.</source>
        <translation>De wachtlijst geplaatst op de vroegst passende data, hoogste prioriteit eerst. Er wordt niets bewaard.</translation>
    </message>
    <message>
        <source>fits nowhere within two years</source>
        <translation>past nergens binnen twee jaar</translation>
    </message>
    <message>
        <source>Nobody from the waiting list</source>
        <translation>Niemand van de wachtlijst</translation>
    </message>
    <message>
        <source>Applied to the plan on %1.</source>
        <translation>Doorgevoerd in het plan op %1.</translation>
    </message>
    <message>
        <source>Kept in the file, not part of the plan.</source>
        <translation>Bewaard in het bestand, geen deel van het plan.</translation>
    </message>
    <message>
        <source>No changes yet: add one.</source>
        <translation>Nog geen wijzigingen: voeg er een toe.</translation>
    </message>
    <message>
        <source>(a group no longer there)</source>
        <translation>(een groep die er niet meer is)</translation>
    </message>
    <message>
        <source>Place in a youth-care seat</source>
        <translation>Plaatsen op een jeugdhulpplek</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>End the placement</source>
        <translation>Plaatsing beëindigen</translation>
    </message>
    <message>
        <source>Let the placement run on</source>
        <translation>Plaatsing laten doorlopen</translation>
    </message>
    <message>
        <source>last day %1</source>
        <translation>laatste dag %1</translation>
    </message>
    <message>
        <source>(a placement that has ended)</source>
        <translation>(een beëindigde plaatsing)</translation>
    </message>
    <message>
        <source>Move the trajectory&apos;s end</source>
        <translation>Einde van het traject verschuiven</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>naar %1</translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation>Een groep toevoegen</translation>
    </message>
    <message>
        <source>%1: %2 children, %3 youth-care seats, %4-%5 months</source>
        <translation>%1: %2 kinderen, %3 jeugdhulpplekken, %4-%5 maanden</translation>
    </message>
    <message>
        <source>Change the maximum</source>
        <translation>Maximum wijzigen</translation>
    </message>
    <message>
        <source>%1: %2 children, %3 youth-care seats</source>
        <translation>%1: %2 kinderen, %3 jeugdhulpplekken</translation>
    </message>
    <message>
        <source>add a change to the scenario %1</source>
        <translation>een wijziging toevoegen aan het scenario %1</translation>
    </message>
    <message>
        <source>remove a change from the scenario %1</source>
        <translation>een wijziging verwijderen uit het scenario %1</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nieuw scenario</translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation>Naam van het scenario:</translation>
    </message>
    <message>
        <source>Save as scenario</source>
        <translation>Bewaren als scenario</translation>
    </message>
    <message>
        <source>Waiting list %1</source>
        <translation>Wachtlijst %1</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::SearchableCombo</name>
    <message>
        <source>Type to search...</source>
        <translation>Typ om te zoeken...</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::SearchableTable</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 van %2 getoond</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::SeatText</name>
    <message>
        <source>Youth-care seat: the weeks the child&apos;s trajectory still runs (shown on screen only, never printed)</source>
        <translation>Jeugdhulpplek: de weken die het traject van het kind nog loopt (alleen op het scherm, nooit afgedrukt)</translation>
    </message>
    <message>
        <source>A regular child in a youth-care seat (override: %1)</source>
        <translation>Een regulier kind op een jeugdhulpplek (uitzondering: %1)</translation>
    </message>
    <message>
        <source>In a youth-care seat without an active referral</source>
        <translation>Op een jeugdhulpplek zonder lopende beschikking</translation>
    </message>
    <message numerus="yes">
        <source>Youth-care seat; the trajectory runs until %1 (%n week(s) from this week)</source>
        <translation>
            <numerusform>Jeugdhulpplek; het traject loopt tot %1 (%n week vanaf deze week)</numerusform>
            <numerusform>Jeugdhulpplek; het traject loopt tot %1 (%n weken vanaf deze week)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samenplan::ui::SeatsChart</name>
    <message>
        <source>Youth-care seats (busiest day)</source>
        <translation>Jeugdhulpplekken (drukste dag)</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>bezet</translation>
    </message>
    <message>
        <source>free</source>
        <translation>vrij</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::SeatsForecastChart</name>
    <message>
        <source>Youth-care seats taken per month (busiest weekday, all groups)</source>
        <translation>Jeugdhulpplekken bezet per maand (drukste weekdag, alle groepen)</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>bezet</translation>
    </message>
    <message>
        <source>free</source>
        <translation>vrij</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ServerConnect</name>
    <message>
        <source>Connect to server</source>
        <translation>Verbinden met server</translation>
    </message>
    <message>
        <source>The organisation&apos;s server, as postgresql://USER@HOST:PORT/DATABASE or postgresql:///DATABASE?host=/SOCKET/FOLDER. The password is never typed here: Samenplan reads it from ~/.pgpass or PGPASSWORD.</source>
        <translation>De server van de organisatie, als postgresql://GEBRUIKER@HOST:POORT/DATABASE of postgresql:///DATABASE?host=/SOCKET/MAP. Het wachtwoord typt u hier nooit: Samenplan leest het uit ~/.pgpass of PGPASSWORD.</translation>
    </message>
    <message>
        <source>Connection to the server lost</source>
        <translation>Verbinding met de server verbroken</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::SessionDialog</name>
    <message>
        <source>The pedagogues leave the group for the session</source>
        <translation>De medewerkers verlaten de groep voor de sessie</translation>
    </message>
    <message>
        <source>Edit coaching session</source>
        <translation>Coachingsessie bewerken</translation>
    </message>
    <message>
        <source>New coaching session</source>
        <translation>Nieuwe coachingsessie</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(geen groep)</translation>
    </message>
    <message>
        <source>Coaching on the job</source>
        <translation>Coaching on the job</translation>
    </message>
    <message>
        <source>Pedagogical coaching</source>
        <translation>Pedagogische coaching</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>Teamoverleg</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Private: never printed, exported only when asked</source>
        <translation>Privé: nooit afgedrukt, alleen op verzoek geëxporteerd</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Eenmalig</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Elke week</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Om de week</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> sessies</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Pedagogues</source>
        <translation>Pedagogisch medewerkers</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Focus child</source>
        <translation>Focuskind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Reden van annuleren</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Agreed follow-up</source>
        <translation>Afgesproken vervolg</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <source>There is no coach yet: tick Pedagogical coach for a staff member on the Staff page, or add an external coach (External coach...).</source>
        <translation>Er is nog geen coach: vink Pedagogisch coach aan bij een medewerker op de pagina Medewerkers, of voeg een externe coach toe (Externe coach...).</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::SetupActions</name>
    <message>
        <source>add location %1</source>
        <translation>locatie %1 toevoegen</translation>
    </message>
    <message>
        <source>edit location %1</source>
        <translation>locatie %1 bewerken</translation>
    </message>
    <message>
        <source>Remove location</source>
        <translation>Locatie verwijderen</translation>
    </message>
    <message>
        <source>Remove %1? A location with groups is not removed.</source>
        <translation>%1 verwijderen? Een locatie met groepen wordt niet verwijderd.</translation>
    </message>
    <message>
        <source>remove location %1</source>
        <translation>locatie %1 verwijderen</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <source>Add the location first; a group belongs to a location.</source>
        <translation>Voeg eerst de locatie toe; een groep hoort bij een locatie.</translation>
    </message>
    <message>
        <source>add group %1</source>
        <translation>groep %1 toevoegen</translation>
    </message>
    <message>
        <source>edit group %1</source>
        <translation>groep %1 bewerken</translation>
    </message>
    <message>
        <source>archive group %1</source>
        <translation>groep %1 archiveren</translation>
    </message>
    <message>
        <source>restore group %1</source>
        <translation>groep %1 terugzetten</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Groep verwijderen</translation>
    </message>
    <message>
        <source>%1 has placements, which the location&apos;s records keep, so it is not removed. Archive it from a date instead: it then takes no more children and leaves the board.</source>
        <translation>%1 heeft plaatsingen, die de administratie van de locatie bewaart, dus de groep wordt niet verwijderd. Archiveer hem in plaats daarvan vanaf een datum: dan komen er geen kinderen meer bij en verdwijnt hij van het bord.</translation>
    </message>
    <message>
        <source>Archive...</source>
        <translation>Archiveren...</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message>
        <source>remove group %1</source>
        <translation>groep %1 verwijderen</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::ShiftDialog</name>
    <message>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Edit shift</source>
        <translation>Dienst bewerken</translation>
    </message>
    <message>
        <source>New shift</source>
        <translation>Nieuwe dienst</translation>
    </message>
    <message>
        <source>(off the floor)</source>
        <translation>(buiten de groep)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::StaffDialog</name>
    <message>
        <source>VE (pre-school education)</source>
        <translation>VE (voorschoolse educatie)</translation>
    </message>
    <message>
        <source>Pedagogical coach</source>
        <translation>Pedagogisch coach</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Nieuwe medewerker</translation>
    </message>
    <message>
        <source>Own organisation</source>
        <translation>Eigen organisatie</translation>
    </message>
    <message>
        <source>As the role says</source>
        <translation>Volgens de functie</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source> h/week</source>
        <translation> u/week</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Counts for the ratio</source>
        <translation>Telt mee voor de BKR</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Kwalificaties</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>De naam is leeg.</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::StaffView</name>
    <message>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Search by name, role or employer...</source>
        <translation>Zoek op naam, functie of werkgever...</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Contract (h/week)</source>
        <translation>Contract (u/week)</translation>
    </message>
    <message>
        <source>Rostered this week (h)</source>
        <translation>Ingeroosterd deze week (u)</translation>
    </message>
    <message>
        <source>Counts for the ratio</source>
        <translation>Telt mee voor de BKR</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Kwalificaties</translation>
    </message>
    <message>
        <source>No staff yet</source>
        <translation>Nog geen medewerkers</translation>
    </message>
    <message>
        <source>VE</source>
        <translation>VE</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <source>own organisation</source>
        <translation>eigen organisatie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>New staff member...</source>
        <translation>Nieuwe medewerker...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bewerken...</translation>
    </message>
    <message>
        <source>Fixed faces...</source>
        <translation>Vaste gezichten...</translation>
    </message>
    <message>
        <source>Register absence...</source>
        <translation>Afwezigheid registreren...</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>absence of %1</source>
        <translation>afwezigheid van %1</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::StartText</name>
    <message>
        <source>The file cannot be opened</source>
        <translation>Het bestand kan niet worden geopend</translation>
    </message>
    <message>
        <source>Nothing in it was changed. Open another file, make a new one or look around in the demo location.</source>
        <translation>Er is niets in veranderd. Open een ander bestand, maak een nieuw bestand of kijk rond in de demolocatie.</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::TimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>uu:mm</translation>
    </message>
    <message>
        <source>Type a time such as 8:30, 830 or 8; the arrow keys step a quarter of an hour.</source>
        <translation>Typ een tijd zoals 8:30, 830 of 8; de pijltjestoetsen gaan een kwartier verder.</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::TimelinePage</name>
    <message>
        <source>children present</source>
        <translation>kinderen aanwezig</translation>
    </message>
    <message>
        <source>professionals present</source>
        <translation>beroepskrachten aanwezig</translation>
    </message>
    <message>
        <source>professionals required</source>
        <translation>beroepskrachten nodig</translation>
    </message>
    <message>
        <source>on the axis:</source>
        <translation>op de as:</translation>
    </message>
    <message>
        <source>met</source>
        <translation>klopt</translation>
    </message>
    <message>
        <source>below, within the three-hour rule</source>
        <translation>eronder, binnen de drie-uursregeling</translation>
    </message>
    <message>
        <source>below, a violation</source>
        <translation>eronder, een overtreding</translation>
    </message>
    <message>
        <source>Drag a shift to move it, or its start or end to change the times (in quarter hours).</source>
        <translation>Sleep een dienst om hem te verplaatsen, of het begin of einde om de tijden te wijzigen (in kwartieren).</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::TimesDialog</name>
    <message>
        <source>Still there</source>
        <translation>Nog aanwezig</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::UnplacedModel</name>
    <message>
        <source>%1 · no group</source>
        <translation>%1 · geen groep</translation>
    </message>
    <message>
        <source>%1 · from %2 · %3%4</source>
        <translation>%1 · vanaf %2 · %3%4</translation>
    </message>
    <message>
        <source> · wishes %1</source>
        <translation> · wil graag %1</translation>
    </message>
    <message>
        <source>%1 (expected %2)</source>
        <translation>%1 (verwacht %2)</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::WaitingListDialog</name>
    <message>
        <source>Edit waiting-list entry</source>
        <translation>Wachtlijstregel bewerken</translation>
    </message>
    <message>
        <source>Add to the waiting list</source>
        <translation>Toevoegen aan de wachtlijst</translation>
    </message>
    <message>
        <source>(no preference)</source>
        <translation>(geen voorkeur)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Wished start</source>
        <translation>Gewenste start</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Preferred group</source>
        <translation>Voorkeursgroep</translation>
    </message>
    <message>
        <source>Priority (higher first)</source>
        <translation>Prioriteit (hoger eerst)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>(choose a child)</source>
        <translation>(kies een kind)</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::WaitingListPage</name>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Wished start</source>
        <translation>Gewenste start</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Preferred group</source>
        <translation>Voorkeursgroep</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Search the waiting list...</source>
        <translation>Zoek in de wachtlijst...</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>Toevoegen...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bewerken...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>remove from the waiting list</source>
        <translation>van de wachtlijst halen</translation>
    </message>
    <message>
        <source>edit the waiting list</source>
        <translation>wachtlijst bewerken</translation>
    </message>
    <message>
        <source>add to the waiting list</source>
        <translation>aan de wachtlijst toevoegen</translation>
    </message>
    <message>
        <source>Fits from</source>
        <translation>Past vanaf</translation>
    </message>
    <message>
        <source>%1 (expected %2)</source>
        <translation>%1 (verwacht %2)</translation>
    </message>
    <message>
        <source>%1 (expected)</source>
        <translation>%1 (verwacht)</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::WeekBar</name>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Vorige week</translation>
    </message>
    <message>
        <source>Show the previous week (Ctrl+PgUp)</source>
        <translation>Toon de vorige week (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Show the week of today</source>
        <translation>Toon de week van vandaag</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Volgende week ▶</translation>
    </message>
    <message>
        <source>Show the next week (Ctrl+PgDown)</source>
        <translation>Toon de volgende week (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Week %1 · %2 – %3</source>
        <translation>Week %1 · %2 – %3</translation>
    </message>
    <message>
        <source>The Monday of the week shown; type or pick a date to go to its week. The arrow keys step a week.</source>
        <translation>De maandag van de getoonde week; typ of kies een datum om naar die week te gaan. De pijltjestoetsen gaan een week verder.</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::WeekHoursEditor</name>
    <message>
        <source>Same times every day</source>
        <translation>Elke dag dezelfde tijden</translation>
    </message>
    <message>
        <source>%1 from</source>
        <translation>%1 van</translation>
    </message>
    <message>
        <source>%1 until</source>
        <translation>%1 tot</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::WelcomePage</name>
    <message>
        <source>Welcome to Samenplan</source>
        <translation>Welkom bij Samenplan</translation>
    </message>
    <message>
        <source>Plan groups and youth-care seats, roster staff to the staff-child ratio and schedule coaching on the job.
Start with a new database for your organisation, open an existing one, or look around in a demo location.</source>
        <translation>Plan groepen en jeugdhulpplekken, rooster medewerkers volgens de beroepskracht-kindratio en plan coaching on the job.
Begin met een nieuwe database voor uw organisatie, open een bestaande of kijk rond in een demolocatie.</translation>
    </message>
    <message>
        <source>New database...</source>
        <translation>Nieuwe database...</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Openen...</translation>
    </message>
    <message>
        <source>Open the demo location</source>
        <translation>Demolocatie openen</translation>
    </message>
</context>
<context>
    <name>samenplan::ui::WishFitText</name>
    <message>
        <source>not within two years</source>
        <translation>niet binnen twee jaar</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1; %2 from %3</source>
        <translation>%1; %2 al vanaf %3</translation>
    </message>
    <message>
        <source>Not on the wished start: %1</source>
        <translation>Niet op de gewenste start: %1</translation>
    </message>
</context>
</TS>
