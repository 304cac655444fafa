// samenplan-cli privacy FILE --child "NAME" [--birth-date YYYY-MM-DD] (--json OUT.json | --pdf OUT.pdf
// | --erase): a personal data request about one child.

#include "cli/commands.h"
#include "cli/databaseoption.h"

#include "domain/outcome.h"
#include "persistence/childrepository.h"
#include "persistence/dberror.h"
#include "privacy/childrecord.h"
#include "privacy/erasure.h"
#include "report/pdfoutput.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextDocument>

namespace samenplan::cli {
namespace {
class PrivacyCliText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::cli::PrivacyCliText)
};

// The import wizard's backup beside the file holds the child as it was: erased there too, and said
// so; when that fails the user is told to delete it (exit status 1).
int eraseFromBackup(const QString &databasePath, const Child &child, Streams io)
{
    const privacy::BackupErasure backup = privacy::eraseFromImportBackup(databasePath, child);
    const QString shown = QDir::toNativeSeparators(backup.path);
    switch (backup.result) {
    case privacy::BackupErasure::Result::NoBackup:
    case privacy::BackupErasure::Result::NotHeld:
        return ExitOk;
    case privacy::BackupErasure::Result::Erased:
        io.out << PrivacyCliText::tr("The backup made before the last import, %1, held %2 too; erased there as well.")
                      .arg(shown, child.displayName()) << '\n';
        return ExitOk;
    case privacy::BackupErasure::Result::Failed:
        break;
    }
    io.err << PrivacyCliText::tr("privacy: the backup made before the last import, %1, may still hold %2: it could not "
                                 "be erased there (%3). Delete that file.")
                  .arg(shown, child.displayName(), backup.error) << '\n';
    return ExitProblems;
}
} // namespace

int privacyCommand(const QStringList &arguments, Streams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(PrivacyCliText::tr("Export everything held about one child, or erase the child."));
    parser.addPositionalArgument(QStringLiteral("FILE"), PrivacyCliText::tr("The database file"));
    const QCommandLineOption childOption(QStringLiteral("child"), PrivacyCliText::tr("The child's first and last name"), QStringLiteral("NAME"));
    const QCommandLineOption birth(QStringLiteral("birth-date"), PrivacyCliText::tr("The birth date, when two children share a name"), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"), PrivacyCliText::tr("Write the data as JSON"), QStringLiteral("OUT.json"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), PrivacyCliText::tr("Write the data as a readable PDF"), QStringLiteral("OUT.pdf"));
    const QCommandLineOption erase(QStringLiteral("erase"), PrivacyCliText::tr("Erase the child: remove what can go, anonymise the placements, log it"));
    parser.addOptions({childOption, birth, json, pdf, erase});
    if (!parseOptions(parser, QStringLiteral("privacy"), arguments, io))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(childOption))
        return usageError(io, PrivacyCliText::tr("privacy: give one database file and --child NAME"));
    if (int(parser.isSet(json)) + int(parser.isSet(pdf)) + int(parser.isSet(erase)) == 0 || (parser.isSet(erase) && (parser.isSet(json) || parser.isSet(pdf))))
        return usageError(io, PrivacyCliText::tr("privacy: give --json and/or --pdf, or --erase alone"));
    std::optional<QDate> birthDate;
    if (parser.isSet(birth) && !(birthDate = parseIsoDate(parser.value(birth))))
        return usageError(io, PrivacyCliText::tr("privacy: %1 is not a valid date").arg(parser.value(birth)));
    if (!checkOutputs(QStringLiteral("privacy"), {parser.value(json), parser.value(pdf)}, parser.positionalArguments().first(), io))
        return ExitUsage;
    auto db = openDatabase(QStringLiteral("privacy"), parser.positionalArguments().first(), io);
    if (!db)
        return ExitUsage;
    try {
        QList<Child> matches;
        for (const Child &c : ChildRepository(*db).all()) {
            if (c.displayName().compare(parser.value(childOption), Qt::CaseInsensitive) == 0 && (!birthDate || c.birthDate == *birthDate))
                matches.append(c);
        }
        if (matches.isEmpty())
            return usageError(io, PrivacyCliText::tr("privacy: no child called %1").arg(parser.value(childOption)));
        if (matches.size() > 1)
            return usageError(io, PrivacyCliText::tr("privacy: %1 children are called %2; add --birth-date").arg(matches.size()).arg(parser.value(childOption)));
        const Id childId = matches.first().id;
        if (parser.isSet(erase)) {
            privacy::eraseChild(*db, childId);
            io.out << PrivacyCliText::tr("Erased %1; the placements are kept without personal data, and the erasure is logged.")
                          .arg(parser.value(childOption)) << '\n';
            return eraseFromBackup(db->path(), matches.first(), io);
        }
        const QJsonObject record = privacy::childRecord(*db, childId);
        if (parser.isSet(json)) {
            QSaveFile file(parser.value(json));
            const QByteArray bytes = QJsonDocument(record).toJson(QJsonDocument::Indented);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                return usageError(io, PrivacyCliText::tr("privacy: cannot write %1: %2").arg(parser.value(json), file.errorString()));
            io.out << PrivacyCliText::tr("Wrote %1").arg(QDir::toNativeSeparators(parser.value(json))) << '\n';
        }
        if (parser.isSet(pdf)) {
            QTextDocument document;
            privacy::buildChildRecordDocument(document, record);
            const QString error = report::writeDocumentPdf(parser.value(pdf), document, QPageLayout::Portrait, parser.value(childOption));
            if (!error.isEmpty())
                return usageError(io, QStringLiteral("privacy: ") + error);
            io.out << PrivacyCliText::tr("Wrote %1").arg(QDir::toNativeSeparators(parser.value(pdf))) << '\n';
        }
    } catch (const DbError &error) {
        return usageError(io, QStringLiteral("privacy: ") + error.message());
    } catch (const ChangeRefused &refused) {
        return usageError(io, QStringLiteral("privacy: ") + refused.message());
    }
    return ExitOk;
}

} // namespace samenplan::cli
