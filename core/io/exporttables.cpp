#include "io/exporttables.h"

#include "persistence/providerrepository.h"
#include "persistence/referralrepository.h"
#include "persistence/staffrepository.h"
#include "placement/occupancy.h"
#include "planning/planningdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace samenplan::io {
namespace {

class ExportText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::io::ExportText)
};

QString days(const Placement &placement)
{
    static const char *const names[] = {"ma", "di", "wo", "do", "vr", "za", "zo"};
    QStringList list;
    for (const PlacementDay &day : placement.days) {
        if (isWeekday(day.weekday))
            list << QLatin1String(names[day.weekday - 1]);
    }
    return list.join(QLatin1Char(','));
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(';')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QStringList exportTableNames()
{
    return {QStringLiteral("children"), QStringLiteral("placements"), QStringLiteral("staff"), QStringLiteral("roster"),
            QStringLiteral("occupancy")};
}

ExportTable exportTable(const Database &db, const QString &name, const QDate &date, bool withYouthCare)
{
    const IsoWeek week = IsoWeek::containing(date);
    const planning::PlanningData data = planning::PlanningData::load(db, week.monday(), week.day(7));
    ExportTable table{name, {}, {}};
    if (name == QLatin1String("children")) {
        table.header = {QStringLiteral("group"), QStringLiteral("child"), QStringLiteral("birth_date"), QStringLiteral("days")};
        if (withYouthCare)
            table.header << QStringLiteral("youth_care");
        for (const Group &group : data.groupsInOrder()) {
            for (const Placement &p : data.placements) {
                if (p.groupId != group.id || !p.activeOn(date))
                    continue;
                const Child child = data.children.value(p.childId);
                QStringList row{group.name, child.displayName(), child.birthDate.toString(Qt::ISODate), days(p)};
                if (withYouthCare)
                    row << (p.kind == PlacementKind::YouthCare ? QStringLiteral("yes") : QStringLiteral("no"));
                table.rows.append(row);
            }
        }
    } else if (name == QLatin1String("placements")) {
        table.header = {QStringLiteral("child"), QStringLiteral("birth_date"), QStringLiteral("group"), QStringLiteral("start"),
                        QStringLiteral("end"), QStringLiteral("days"), QStringLiteral("times")};
        if (withYouthCare)
            table.header << QStringLiteral("youth_care_provider") << QStringLiteral("referral") << QStringLiteral("referral_end");
        QHash<Id, QString> providers;
        for (const YouthCareProvider &p : ProviderRepository(db).all())
            providers.insert(p.id, p.name);
        const QList<Referral> referrals = ReferralRepository(db).all();
        for (const Placement &p : data.placements) {
            const Child child = data.children.value(p.childId);
            const Group *group = data.group(p.groupId);
            QStringList row{child.displayName(), child.birthDate.toString(Qt::ISODate), group ? group->name : QString(),
                            p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate), days(p),
                            p.days.isEmpty() ? QString() : formatRange(p.days.first().hours)};
            if (withYouthCare) {
                const Referral *referral = data.activeReferral(p.childId, date);
                const bool youth = p.kind == PlacementKind::YouthCare && referral;
                row << (youth ? providers.value(referral->providerId) : QString()) << (youth ? referral->reference : QString())
                    << (youth ? referral->plannedEnd.toString(Qt::ISODate) : QString());
            }
            table.rows.append(row);
        }
    } else if (name == QLatin1String("staff")) {
        table.header = {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("employer"), QStringLiteral("contract_hours"),
                        QStringLiteral("counts_for_ratio"), QStringLiteral("qualifications")};
        QHash<Id, QString> providers;
        for (const YouthCareProvider &p : ProviderRepository(db).all())
            providers.insert(p.id, p.name);
        for (const Staff &s : data.staff) {
            QStringList qualifications;
            if (s.qualifiedPreschool)
                qualifications << QStringLiteral("VE");
            if (s.qualifiedCoach)
                qualifications << QStringLiteral("coach");
            table.rows.append({s.name, staffRoleCode(s.role), s.employerProviderId ? providers.value(s.employerProviderId) : QStringLiteral("own"),
                               QString::number(s.contractMinutesPerWeek / 60.0), s.countsTowardRatio() ? QStringLiteral("yes") : QStringLiteral("no"),
                               qualifications.join(QLatin1Char(','))});
        }
    } else if (name == QLatin1String("roster")) {
        table.header = {QStringLiteral("staff"), QStringLiteral("date"), QStringLiteral("start"), QStringLiteral("end"),
                        QStringLiteral("group"), QStringLiteral("break")};
        for (const Shift &s : data.shifts) {
            const Staff *person = data.staffMember(s.staffId);
            const Group *group = data.group(s.groupId);
            table.rows.append({person ? person->name : QString(), s.date.toString(Qt::ISODate), formatMinutes(s.hours.from),
                               formatMinutes(s.hours.to), group ? group->name : QString(),
                               s.breaks.isEmpty() ? QString() : formatRange(s.breaks.first())});
        }
    } else if (name == QLatin1String("occupancy")) {
        table.header = {QStringLiteral("group"), QStringLiteral("location"), QStringLiteral("children_present"), QStringLiteral("max_children"),
                        QStringLiteral("required_staff")};
        if (withYouthCare)
            table.header << QStringLiteral("regular_present") << QStringLiteral("regular_places") << QStringLiteral("youth_care_present")
                         << QStringLiteral("youth_care_seats");
        for (const planning::GroupOccupancy &o : planning::occupancyOn(data, date)) {
            QStringList row{o.group, o.location, QString::number(o.childrenPresent), QString::number(o.maxChildren), QString::number(o.requiredStaff)};
            if (withYouthCare)
                row << QString::number(o.regularPresent) << QString::number(o.regularPlaces) << QString::number(o.youthCarePresent)
                    << QString::number(o.youthCareSeats);
            table.rows.append(row);
        }
    }
    return table;
}

QString writeCsv(const QString &path, const ExportTable &table)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    QString text = table.header.join(QLatin1Char(';')) + QLatin1Char('\n');
    for (const QStringList &row : table.rows) {
        QStringList fields;
        for (const QString &value : row)
            fields << csvField(value);
        text += fields.join(QLatin1Char(';')) + QLatin1Char('\n');
    }
    file.write("\xEF\xBB\xBF");
    file.write(text.toUtf8());
    if (!file.commit())
        return ExportText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString writeXlsx(const QString &path, const QList<ExportTable> &tables)
{
    const QFileInfo info(path);
    if (info.isDir() || !info.absoluteDir().exists())
        return ExportText::tr("Cannot write %1: no such folder").arg(QDir::toNativeSeparators(path));
    // libxlsxwriter writes a named file: write beside the target, then move it into place whole.
    const QString part = info.absoluteFilePath() + QStringLiteral(".part");
    const QByteArray partName = QFile::encodeName(part);
    lxw_workbook *workbook = workbook_new(partName.constData());
    if (!workbook)
        return ExportText::tr("Cannot write %1").arg(QDir::toNativeSeparators(path));
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    for (const ExportTable &table : tables) {
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, table.name.left(31).toUtf8().constData());
        for (int column = 0; column < table.header.size(); ++column)
            worksheet_write_string(sheet, 0, lxw_col_t(column), table.header.at(column).toUtf8().constData(), bold);
        for (int row = 0; row < table.rows.size(); ++row) {
            for (int column = 0; column < table.rows.at(row).size(); ++column)
                worksheet_write_string(sheet, lxw_row_t(row + 1), lxw_col_t(column), table.rows.at(row).at(column).toUtf8().constData(), nullptr);
        }
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        QFile::remove(part);
        return ExportText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(error)));
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return ExportText::tr("Cannot write %1").arg(QDir::toNativeSeparators(path));
    }
    return {};
}

} // namespace samenplan::io
