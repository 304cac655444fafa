#include "io/importdialog.h"

#include "io/csvtable.h"
#include "persistence/database.h"
#include "persistence/dberror.h"
#include "shell/document.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace samenplan::ui {

ImportDialog::ImportDialog(Document *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_preview(new QTabWidget(this)), m_summary(new QLabel(this)),
      m_import(new QPushButton(tr("Import"), this))
{
    setWindowTitle(tr("Import from spreadsheets"));
    auto *form = new QFormLayout;
    const std::pair<QString, QString> kinds[] = {{QStringLiteral("groups"), tr("Groups")}, {QStringLiteral("placements"), tr("Placements")},
                                                 {QStringLiteral("staff"), tr("Staff")}, {QStringLiteral("shifts"), tr("Shifts")},
                                                 {QStringLiteral("attendance"), tr("Attendance")}};
    for (const auto &[kind, label] : kinds) {
        auto *edit = new QLineEdit(this);
        auto *browse = new QPushButton(tr("Choose..."), this);
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(browse);
        form->addRow(label, row);
        m_paths.insert(kind, edit);
        connect(browse, &QPushButton::clicked, this, [this, edit] {
            const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
            if (!path.isEmpty())
                edit->setText(path);
        });
    }
    auto *checkButton = new QPushButton(tr("Check"), this);
    m_import->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(checkButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    connect(checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importNow())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : std::as_const(m_paths))
        connect(edit, &QLineEdit::textChanged, this, [this] { m_import->setEnabled(false); });
    resize(900, 640);
}

void ImportDialog::setFile(const QString &kind, const QString &path)
{
    if (QLineEdit *edit = m_paths.value(kind))
        edit->setText(path);
}

io::ImportFiles ImportDialog::files() const
{
    return {m_paths.value(QStringLiteral("groups"))->text(), m_paths.value(QStringLiteral("placements"))->text(),
            m_paths.value(QStringLiteral("staff"))->text(), m_paths.value(QStringLiteral("shifts"))->text(),
            m_paths.value(QStringLiteral("attendance"))->text()};
}

QString ImportDialog::summary() const
{
    return m_summary->text();
}

bool ImportDialog::check()
{
    io::ImportReport report;
    try {
        QProgressDialog progress(tr("Checking..."), QString(), 0, 100, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500);
        report = io::importFiles(m_document->database(), files(), true, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            QApplication::processEvents();
        });
    } catch (const DbError &error) {
        m_summary->setText(error.message());
        return false;
    }
    showPreview(report);
    const bool clean = report.problems.isEmpty();
    m_import->setEnabled(clean);
    QString text = clean ? tr("No problems: %1 group(s), %2 child(ren) in %3 placement(s), %4 staff and %5 shift(s) can be imported.")
                                   .arg(report.groups).arg(report.children).arg(report.placements).arg(report.staff).arg(report.shifts)
                               + (report.attendance > 0 ? QLatin1Char(' ') + tr("Attendance: %1 child day(s).").arg(report.attendance) : QString())
                         : tr("%n problem(s), highlighted in the preview. Nothing can be imported until they are solved.", nullptr,
                              int(report.problems.size()));
    for (int i = 0; i < report.problems.size() && i < 10; ++i)
        text += QLatin1Char('\n') + report.problems.at(i).text();
    if (report.problems.size() > 10)
        text += QLatin1Char('\n') + tr("... and %n more.", nullptr, int(report.problems.size()) - 10);
    for (const QString &note : std::as_const(report.notes))
        text += QLatin1Char('\n') + note;
    m_summary->setText(text);
    return clean;
}

void ImportDialog::showPreview(const io::ImportReport &report)
{
    m_preview->clear();
    m_problemRows = 0;
    QHash<QString, QHash<int, QStringList>> problemsByFileLine;
    for (const io::ImportProblem &p : report.problems)
        problemsByFileLine[p.file][p.line] << QStringLiteral("%1: %2").arg(p.column, p.reason);
    const io::ImportFiles chosen = files();
    for (const QString &path : {chosen.groups, chosen.placements, chosen.staff, chosen.shifts, chosen.attendance}) {
        if (path.isEmpty())
            continue;
        const QString name = QFileInfo(path).fileName();
        io::CsvError error;
        const auto table = io::readCsvFile(path, &error);
        auto *view = new QTableWidget(m_preview);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        if (!table) {
            view->setRowCount(1);
            view->setColumnCount(1);
            view->setItem(0, 0, new QTableWidgetItem(error.text()));
            view->item(0, 0)->setBackground(QColor(0xf8, 0xd0, 0xd0));
            m_preview->addTab(view, QStringLiteral("⚠ ") + name);
            ++m_problemRows;
            continue;
        }
        QStringList header = table->header;
        header.prepend(tr("Line"));
        view->setColumnCount(int(header.size()));
        view->setHorizontalHeaderLabels(header);
        view->setRowCount(int(table->records.size()));
        const auto problems = problemsByFileLine.value(name);
        for (int row = 0; row < table->records.size(); ++row) {
            const io::CsvRecord &record = table->records.at(row);
            view->setItem(row, 0, new QTableWidgetItem(QString::number(record.line)));
            for (int column = 0; column < record.fields.size() && column + 1 < header.size(); ++column)
                view->setItem(row, column + 1, new QTableWidgetItem(record.fields.at(column)));
            if (problems.contains(record.line)) {
                ++m_problemRows;
                for (int column = 0; column < header.size(); ++column) {
                    if (!view->item(row, column))
                        view->setItem(row, column, new QTableWidgetItem);
                    view->item(row, column)->setBackground(QColor(0xf8, 0xd0, 0xd0));
                    view->item(row, column)->setToolTip(problems.value(record.line).join(QLatin1Char('\n')));
                }
            }
        }
        view->verticalHeader()->hide();
        view->resizeColumnsToContents();
        m_preview->addTab(view, problems.isEmpty() && !problemsByFileLine.value(name).contains(1) ? name : QStringLiteral("⚠ ") + name);
    }
}

bool ImportDialog::importNow()
{
    // The import is one transaction, not an undo step: keep the file as it was beside it. (A server
    // has no file beside it; its import is all or nothing all the same.)
    const bool onServer = m_document->database().isPostgres();
    const QString backup = io::importBackupPath(m_document->path());
    if (!onServer) {
        const QString copyError = m_document->database().saveCopy(backup);
        if (!copyError.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), copyError);
            return false;
        }
    }
    io::ImportReport report;
    try {
        QProgressDialog progress(tr("Importing..."), QString(), 0, 100, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500);
        report = io::importFiles(m_document->database(), files(), false, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            QApplication::processEvents();
        });
    } catch (const DbError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
        return false;
    }
    if (!report.written) {
        showPreview(report);
        return false;
    }
    m_document->notifyChanged();
    m_summary->setText(onServer ? tr("Imported.")
                                : tr("Imported. The file as it was before is saved as %1.").arg(QFileInfo(backup).fileName()));
    return true;
}

} // namespace samenplan::ui
