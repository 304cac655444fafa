#pragma once
// File → Export: one table (children per group, placements, staff, the roster, occupancy) as CSV, or
// one or all of them as an XLSX workbook (core/io/exporttables). Youth-care fields go along only when
// ticked, with a warning that they are special-category personal data. The file is asked for through
// the output guard, so an export never lands on the open database.

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace samenplan::ui {

class DateField;
class Document;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(Document *document, const QDate &shownDate, QWidget *parent = nullptr);

    // The table names chosen ("" for all tables in one workbook).
    QString table() const;
    bool xlsx() const;
    bool withYouthCare() const;
    QDate date() const;
    void setChoice(const QString &table, bool xlsx, bool withYouthCare);
    // Writes to path; an error sentence, or empty.
    QString exportTo(const QString &path) const;
    // The file name offered in the save dialog.
    QString suggestedName() const;

private:
    void update();
    void run();

    Document *m_document;
    QComboBox *m_table;
    QRadioButton *m_csv;
    QRadioButton *m_xlsx;
    DateField *m_date;
    QCheckBox *m_youthCare;
    QLabel *m_warning;
    QDialogButtonBox *m_buttons;
};

} // namespace samenplan::ui
