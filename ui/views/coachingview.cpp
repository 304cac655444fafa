#include "views/coachingview.h"

#include "coaching/coachingyear.h"
#include "coaching/icsexport.h"
#include "dialogs/externalcoachdialog.h"
#include "persistence/providerrepository.h"
#include "coaching/cancelsessiondialog.h"
#include "coaching/series.h"
#include "coaching/sessiondialog.h"
#include "commands/recordcommands.h"
#include "persistence/childrepository.h"
#include "persistence/coachingrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/staffrepository.h"
#include "report/coachingreport.h"
#include "shell/document.h"
#include "shell/outputfile.h"
#include "util/clock.h"
#include "util/datetext.h"
#include "views/searchabletable.h"
#include "views/weekdays.h"
#include "widgets/searchablecombo.h"

#include <QApplication>
#include <QDialog>
#include <QDrag>
#include <QMessageBox>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QInputDialog>
#include <QMimeData>
#include <QMouseEvent>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QStandardItem>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUndoStack>
#include <QVBoxLayout>

namespace samenplan::ui {

namespace {
constexpr int SessionIdRole = Qt::UserRole + 3;
constexpr int DateRole = Qt::UserRole + 4;
const QString SessionMimeType = QStringLiteral("application/x-samenplan-coaching-session");
using ChangeSession = ChangeRecordCommand<CoachingSession>;
using RemoveSession = RemoveRecordCommand<CoachingSession>;
using AddSessions = AddRecordsCommand<CoachingSession>;
} // namespace

CoachingView::CoachingView(QWidget *parent) : PlannerView(parent), m_table(new SearchableTable(this))
{
    m_table->setHeading(tr("Coaching this week"));
    m_table->setSearchPlaceholder(tr("Search by coach, pedagogue or group..."));
    m_table->setEmptyText(tr("No coaching sessions this week"));
    m_table->setStretchColumns({1, 2, 3, 4, 5});
    auto *bar = new QHBoxLayout;
    auto button = [this, bar](const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        bar->addWidget(b);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    button(tr("New session..."), [this] { editSession(NoId); });
    m_sessionButtons << button(tr("Edit..."), [this] { editSession(sessionAtCurrentCell()); });
    m_sessionButtons << button(tr("Cancel session..."), [this] { askCancelSession(sessionAtCurrentCell()); });
    m_sessionButtons << button(tr("Delete"), [this] {
        if (const auto session = CoachingRepository(document()->database()).find(sessionAtCurrentCell()))
            document()->undoStack()->push(new RemoveSession(document(), tr("delete coaching session"), *session));
    });
    bar->addStretch();
    button(tr("External coach..."), [this] { addExternalCoach(); });
    button(tr("Export calendar..."), [this] { exportCalendar(); });
    button(tr("Year overview..."), [this] { showYear(); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    QTableView *view = m_table->table();
    m_drag = std::make_unique<CellDragSource>(SessionMimeType, SessionIdRole, DateRole);
    view->viewport()->installEventFilter(this);
    view->setAcceptDrops(true);
    connect(view, &QTableView::doubleClicked, this, [this] { editSession(sessionAtCurrentCell()); });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CoachingView::updateSessionButtons);
    updateSessionButtons();
}

void CoachingView::updateSessionButtons()
{
    const bool session = sessionAtCurrentCell() != NoId;
    for (QPushButton *button : std::as_const(m_sessionButtons))
        button->setEnabled(session);
}

QString CoachingView::title() const
{
    return tr("Coaching");
}

QIcon CoachingView::icon() const
{
    return style()->standardIcon(QStyle::SP_DialogHelpButton);
}

void CoachingView::clear()
{
    m_table->setRows({});
    m_sessionCount = 0;
    updateSessionButtons();
}

void CoachingView::reload()
{
    const Database &db = document()->database();
    const IsoWeek week = IsoWeek::containing(date());
    QStringList columns{tr("Coach")};
    for (int day = 1; day <= 5; ++day)
        columns << dayHeader(week.day(day));
    m_table->model()->setColumnCount(0);
    m_table->setColumns(columns);
    QHash<Id, QString> staffNames, groupNames;
    for (const Staff &s : StaffRepository(db).all())
        staffNames.insert(s.id, s.name);
    for (const Group &g : GroupRepository(db).all())
        groupNames.insert(g.id, g.name);
    const CoachingRepository coaching(db);
    QHash<Id, QString> coachNames; // ids > 0 staff, < 0 external
    for (const ExternalCoach &coach : coaching.externalCoaches())
        coachNames.insert(-coach.id, coach.organisation.isEmpty() ? coach.name : tr("%1 (%2)").arg(coach.name, coach.organisation));
    // row per coach, cells per weekday
    QMap<QString, Id> rowsByName;
    QHash<Id, QHash<int, QStringList>> text;
    QHash<Id, QHash<int, Id>> firstSession;
    const QList<CoachingSession> sessions = coaching.sessionsBetween(week.monday(), week.day(7));
    m_sessionCount = int(sessions.size());
    for (const CoachingSession &s : sessions) {
        const Id coach = s.coachStaffId != NoId ? s.coachStaffId : -s.externalCoachId;
        const QString name = coach > 0 ? staffNames.value(coach) : coachNames.value(coach);
        rowsByName.insert(name, coach);
        QStringList coachees;
        for (Id id : s.coacheeIds)
            coachees << staffNames.value(id).section(QLatin1Char(' '), 0, 0);
        QString line = formatRange(s.hours) + QLatin1Char(' ') + groupNames.value(s.groupId);
        if (!coachees.isEmpty())
            line += QStringLiteral(" · ") + coachees.join(QStringLiteral(", "));
        if (s.offFloor)
            line += QLatin1Char(' ') + tr("(off the floor)");
        if (s.status == CoachingStatus::Held)
            line += QLatin1Char(' ') + tr("✓ held");
        if (s.status == CoachingStatus::Cancelled)
            line = tr("cancelled: %1").arg(line);
        const int day = s.date.dayOfWeek();
        text[coach][day] << line;
        if (!firstSession[coach].contains(day))
            firstSession[coach][day] = s.id;
    }
    QList<QList<QStandardItem *>> rows;
    for (auto it = rowsByName.constBegin(); it != rowsByName.constEnd(); ++it) {
        QList<QStandardItem *> row{SearchableTable::cell(it.key(), it.key(), it.value())};
        for (int day = 1; day <= 5; ++day) {
            QStandardItem *cell = SearchableTable::cell(text.value(it.value()).value(day).join(QLatin1Char('\n')));
            cell->setData(firstSession.value(it.value()).value(day), SessionIdRole);
            cell->setData(week.day(day), DateRole);
            row << cell;
        }
        rows.append(row);
    }
    m_table->setRows(rows);
    updateSessionButtons();
}

Id CoachingView::sessionAtCurrentCell() const
{
    return m_table->table()->currentIndex().data(SessionIdRole).toLongLong();
}

void CoachingView::addSeries(const CoachingSession &first, int intervalWeeks, int count)
{
    QList<CoachingSession> sessions = coaching::seriesFrom(first, intervalWeeks, count);
    if (sessions.size() > 1) {
        const Id series = CoachingRepository(document()->database()).nextSeriesId();
        for (CoachingSession &s : sessions)
            s.seriesId = series;
    }
    document()->undoStack()->push(new AddSessions(document(), sessions.size() > 1 ? tr("plan a coaching series")
                                                                                  : tr("plan a coaching session"),
                                                  sessions));
}

void CoachingView::moveSession(Id sessionId, const QDate &day, Id coachRow)
{
    const auto session = CoachingRepository(document()->database()).find(sessionId);
    if (!session)
        return;
    CoachingSession moved = *session;
    moved.date = day;
    moved.coachStaffId = coachRow > 0 ? coachRow : NoId;
    moved.externalCoachId = coachRow < 0 ? -coachRow : NoId;
    document()->undoStack()->push(new ChangeSession(document(), tr("move coaching session"), *session, moved));
}

void CoachingView::askCancelSession(Id sessionId)
{
    if (!document())
        return;
    const Database &db = document()->database();
    const auto session = CoachingRepository(db).find(sessionId);
    if (!session) {
        QMessageBox::information(this, tr("Cancel a coaching session"), tr("Choose a session in the calendar first."));
        return;
    }
    QString coach;
    if (const auto staff = StaffRepository(db).find(session->coachStaffId))
        coach = staff->name;
    for (const ExternalCoach &external : CoachingRepository(db).externalCoaches()) {
        if (external.id == session->externalCoachId)
            coach = external.name;
    }
    const QString description = tr("%1, %2 with %3").arg(weekdayAndDate(session->date), formatRange(session->hours), coach);
    CancelSessionDialog dialog(description, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.reason().isEmpty())
        cancelSession(sessionId, dialog.reason());
}

void CoachingView::cancelSession(Id sessionId, const QString &reason)
{
    const auto session = CoachingRepository(document()->database()).find(sessionId);
    if (!session)
        return;
    CoachingSession cancelled = *session;
    cancelled.status = CoachingStatus::Cancelled;
    cancelled.cancelReason = reason;
    document()->undoStack()->push(new ChangeSession(document(), tr("cancel coaching session"), *session, cancelled));
}

void CoachingView::editSession(Id sessionId)
{
    if (!document())
        return;
    const Database &db = document()->database();
    const auto existing = sessionId ? CoachingRepository(db).find(sessionId) : std::nullopt;
    SessionDialog::Lists lists;
    for (const Staff &s : StaffRepository(db).all()) {
        lists.staff.insert(s.id, s);
        if (s.role == StaffRole::Pedagogue || s.role == StaffRole::Trainee)
            lists.pedagogues.append({s.id, s.name});
        else if (s.role != StaffRole::Volunteer)
            lists.coaches.append({s.id, s.name});
    }
    for (const ExternalCoach &c : CoachingRepository(db).externalCoaches())
        lists.coaches.append({-c.id, tr("%1 (%2)").arg(c.name, c.organisation)});
    for (const Group &g : GroupRepository(db).all())
        lists.groups.append({g.id, g.name});
    for (const Child &c : ChildRepository(db).all())
        lists.children.append({c.id, c.displayName()});
    CoachingSession fresh;
    fresh.date = std::max(IsoWeek::containing(date()).monday(), m_table->table()->currentIndex().data(DateRole).toDate());
    fresh.hours = TimeRange{10 * 60, 11 * 60};
    SessionDialog dialog(existing.value_or(fresh), lists, !existing, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (existing)
        document()->undoStack()->push(new ChangeSession(document(), tr("edit coaching session"), *existing, dialog.session()));
    else
        addSeries(dialog.session(), dialog.repeatWeeks(), dialog.repeatCount());
}

void CoachingView::addExternalCoach()
{
    if (!document())
        return;
    Choices providers;
    for (const YouthCareProvider &p : ProviderRepository(document()->database()).all())
        providers.append({p.id, p.name});
    ExternalCoachDialog dialog(ExternalCoach{}, providers, this);
    if (dialog.exec() == QDialog::Accepted)
        document()->undoStack()->push(new AddRecordCommand<ExternalCoach>(
            document(), tr("add %1").arg(dialog.coach().name), dialog.coach()));
}

void CoachingView::exportCalendar()
{
    if (!document())
        return;
    QStringList coaches{tr("All coaches")};
    for (const Staff &s : StaffRepository(document()->database()).all()) {
        if (s.role != StaffRole::Pedagogue && s.role != StaffRole::Trainee && s.role != StaffRole::Volunteer)
            coaches << s.name;
    }
    for (const ExternalCoach &c : CoachingRepository(document()->database()).externalCoaches())
        coaches << c.name;
    const auto chosen = chooseItem(this, tr("Export calendar"), tr("Sessions of:"), coaches);
    if (!chosen)
        return;
    const QString coach = coaches.at(*chosen);
    const QString path = askOutputFile(this, document()->path(), tr("Export calendar"), tr("coaching.ics"),
                                       tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    coaching::IcsOptions options;
    options.from = QDate(date().year() - 1, 1, 1);
    options.to = QDate(date().year() + 1, 12, 31);
    options.coachName = coach == coaches.first() ? QString() : coach;
    const QString error = coaching::writeCoachingIcs(path, document()->database(), options);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export calendar"), error);
}

void CoachingView::showYear()
{
    if (!document())
        return;
    const coaching::CoachingYear year = coaching::coachingYear(document()->database(), date().year());
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Coaching year %1").arg(year.year));
    auto *browser = new QTextBrowser(&dialog);
    report::buildCoachingYear(*browser->document(), year);
    auto *print = new QPushButton(tr("Print preview..."), &dialog);
    connect(print, &QPushButton::clicked, &dialog, [&dialog, &year] {
        QPrinter printer(QPrinter::HighResolution);
        QPrintPreviewDialog preview(&printer, &dialog);
        QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&year](QPrinter *target) {
            QTextDocument document;
            report::buildCoachingYear(document, year);
            document.print(target);
        });
        preview.exec();
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser);
    layout->addWidget(print, 0, Qt::AlignRight);
    dialog.resize(640, 620);
    dialog.exec();
}

bool CoachingView::eventFilter(QObject *watched, QEvent *event)
{
    QTableView *view = m_table->table();
    if (watched != view->viewport() || !document())
        return PlannerView::eventFilter(watched, event);
    if (event->type() == QEvent::Drop) {
        QModelIndex target;
        if (const auto sessionId = m_drag->droppedId(view, static_cast<QDropEvent *>(event), &target)) {
            const QDate day = target.data(DateRole).toDate();
            const Id coach = target.siblingAtColumn(0).data(IdRole).toLongLong();
            QMetaObject::invokeMethod(this, [this, id = *sessionId, day, coach] { moveSession(id, day, coach); }, Qt::QueuedConnection);
        }
        return true;
    }
    return m_drag->handle(view, event, this) || PlannerView::eventFilter(watched, event);
}

bool CoachingView::showRecord(const RecordLink &link)
{
    const auto session = document() ? CoachingRepository(document()->database()).find(link.id) : std::nullopt;
    if (!session || session->date.dayOfWeek() > 5)
        return false;
    const Id coach = session->coachStaffId != NoId ? session->coachStaffId : -session->externalCoachId;
    return m_table->selectId(coach, session->date.dayOfWeek());
}

} // namespace samenplan::ui
