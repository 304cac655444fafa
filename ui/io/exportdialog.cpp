#include "io/exportdialog.h"

#include "io/exporttables.h"
#include "persistence/database.h"
#include "persistence/dberror.h"
#include "persistence/outputpath.h"
#include "shell/document.h"
#include "shell/outputfile.h"
#include "widgets/datefield.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace samenplan::ui {
namespace {

QString tableTitle(const QString &name)
{
    if (name == QLatin1String("children"))
        return ExportDialog::tr("Children per group");
    if (name == QLatin1String("placements"))
        return ExportDialog::tr("Placements");
    if (name == QLatin1String("staff"))
        return ExportDialog::tr("Staff");
    if (name == QLatin1String("roster"))
        return ExportDialog::tr("Roster of the week");
    if (name == QLatin1String("occupancy"))
        return ExportDialog::tr("Occupancy of the day");
    return name;
}

} // namespace

ExportDialog::ExportDialog(Document *document, const QDate &shownDate, QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_table(new QComboBox(this)),
      m_csv(new QRadioButton(tr("CSV (one table, for a spreadsheet)"), this)),
      m_xlsx(new QRadioButton(tr("Excel workbook (XLSX)"), this)),
      m_date(new DateField(shownDate, this)),
      m_youthCare(new QCheckBox(tr("Include youth-care fields (place kind, provider, referral)"), this)),
      m_warning(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export"));
    m_table->setObjectName(QStringLiteral("table"));
    m_youthCare->setObjectName(QStringLiteral("youthCare"));
    m_warning->setObjectName(QStringLiteral("warning"));
    m_table->addItem(tr("All tables (workbook)"), QString());
    for (const QString &name : io::exportTableNames())
        m_table->addItem(tableTitle(name), name);
    m_table->setCurrentIndex(1);
    auto *formats = new QButtonGroup(this);
    formats->addButton(m_csv);
    formats->addButton(m_xlsx);
    m_csv->setChecked(true);
    auto *formatBox = new QVBoxLayout;
    formatBox->addWidget(m_csv);
    formatBox->addWidget(m_xlsx);
    m_date->lineEdit()->setToolTip(tr("The day for the children and occupancy tables; its week for the roster"));
    m_warning->setWordWrap(true);
    m_warning->setText(tr("⚠ Youth-care status is special-category personal data. Export it only when you need it, for "
                          "someone entitled to it, and keep the file safe; never mail it unprotected."));
    m_warning->setStyleSheet(QStringLiteral("color: #8a4b00; background: #fff4e0; border: 1px solid #e0b060; padding: 6px;"));
    auto *form = new QFormLayout;
    form->addRow(tr("Table"), m_table);
    form->addRow(tr("Format"), formatBox);
    form->addRow(tr("Date"), m_date);
    form->addRow(QString(), m_youthCare);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export..."));
    setMinimumWidth(500);
    connect(m_table, &QComboBox::currentIndexChanged, this, &ExportDialog::update);
    connect(m_csv, &QRadioButton::toggled, this, &ExportDialog::update);
    connect(m_youthCare, &QCheckBox::toggled, this, &ExportDialog::update);
    connect(m_date, &DateField::dateChanged, this, &ExportDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::run);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QString ExportDialog::table() const
{
    return m_table->currentData().toString();
}

bool ExportDialog::xlsx() const
{
    return m_xlsx->isChecked();
}

bool ExportDialog::withYouthCare() const
{
    return m_youthCare->isChecked();
}

QDate ExportDialog::date() const
{
    return m_date->date();
}

void ExportDialog::setChoice(const QString &table, bool xlsx, bool withYouthCare)
{
    m_table->setCurrentIndex(std::max(0, m_table->findData(table)));
    (xlsx ? m_xlsx : m_csv)->setChecked(true);
    m_youthCare->setChecked(withYouthCare);
}

void ExportDialog::update()
{
    // CSV holds one table: "all tables" goes into a workbook.
    if (table().isEmpty() && m_csv->isChecked())
        m_xlsx->setChecked(true);
    m_csv->setEnabled(!table().isEmpty());
    m_warning->setVisible(m_youthCare->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_date->date().isValid());
    adjustSize();
}

QString ExportDialog::suggestedName() const
{
    const QString what = table().isEmpty() ? tr("samenplan") : tableTitle(table()).toLower();
    return QStringLiteral("%1 %2.%3").arg(what, m_date->date().toString(QStringLiteral("yyyy-MM-dd")),
                                         xlsx() ? QStringLiteral("xlsx") : QStringLiteral("csv"));
}

QString ExportDialog::exportTo(const QString &path) const
{
    const Database &db = m_document->database();
    if (const QString problem = outputPathProblem(path, db.path()); !problem.isEmpty())
        return problem;
    try {
        const QStringList names = table().isEmpty() ? io::exportTableNames() : QStringList{table()};
        QList<io::ExportTable> tables;
        for (const QString &name : names)
            tables.append(io::exportTable(db, name, date(), withYouthCare()));
        return xlsx() ? io::writeXlsx(path, tables) : io::writeCsv(path, tables.first());
    } catch (const DbError &error) {
        return error.message();
    }
}

void ExportDialog::run()
{
    const QString path = askOutputFile(this, m_document->path(), tr("Export"), suggestedName(),
                                       xlsx() ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"),
                                       xlsx() ? QStringLiteral("xlsx") : QStringLiteral("csv"));
    if (path.isEmpty())
        return;
    const QString error = exportTo(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export"), error);
        return;
    }
    QMessageBox::information(this, tr("Export"), tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
    accept();
}

} // namespace samenplan::ui
