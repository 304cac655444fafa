#include "children/privacyactions.h"

#include "domain/outcome.h"
#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/dberror.h"
#include "persistence/outputpath.h"
#include "privacy/childrecord.h"
#include "privacy/erasure.h"
#include "report/pdfoutput.h"
#include "shell/document.h"
#include "shell/outputfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTextDocument>
#include <QUndoStack>

namespace samenplan::ui {

PrivacyActions::PrivacyActions(QWidget *dialogParent) : QObject(dialogParent), m_parent(dialogParent) {}

QString PrivacyActions::writeRecord(Id childId, const QString &jsonPath, const QString &pdfPath) const
{
    if (!m_document)
        return {};
    const Database &db = m_document->database();
    for (const QString &path : {jsonPath, pdfPath}) {
        if (const QString problem = outputPathProblem(path, db.path()); !problem.isEmpty())
            return problem;
    }
    QJsonObject record;
    try {
        record = privacy::childRecord(db, childId);
    } catch (const DbError &error) {
        return error.message();
    }
    QSaveFile json(jsonPath);
    const QByteArray bytes = QJsonDocument(record).toJson(QJsonDocument::Indented);
    if (!json.open(QIODevice::WriteOnly) || json.write(bytes) != bytes.size() || !json.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(jsonPath), json.errorString());
    QTextDocument document;
    privacy::buildChildRecordDocument(document, record);
    const auto child = ChildRepository(db).find(childId);
    return report::writeDocumentPdf(pdfPath, document, QPageLayout::Portrait, child ? child->displayName() : QString());
}

bool PrivacyActions::exportRecord(Id childId)
{
    if (!m_document)
        return false;
    const auto child = ChildRepository(m_document->database()).find(childId);
    if (!child)
        return false;
    const QString title = tr("Personal data of %1").arg(child->displayName());
    const QString suggested = tr("personal data %1.json").arg(child->displayName());
    const QString jsonPath = askOutputFile(m_parent, m_document->path(), title, suggested, tr("JSON files (*.json)"),
                                           QStringLiteral("json"));
    if (jsonPath.isEmpty())
        return false;
    const QFileInfo info(jsonPath);
    const QString pdfPath = info.dir().filePath(info.completeBaseName() + QStringLiteral(".pdf"));
    const QString error = writeRecord(childId, jsonPath, pdfPath);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_parent, title, error);
        return false;
    }
    QMessageBox::information(m_parent, title,
                             tr("Everything Samenplan holds about %1 was written to %2 and %3. Hand these to the parents in "
                                "person or through a secure channel: they contain special-category personal data.")
                                 .arg(child->displayName(), QDir::toNativeSeparators(jsonPath), QDir::toNativeSeparators(pdfPath)));
    return true;
}

QString PrivacyActions::erasureText(const QString &childName)
{
    return tr("<p>Erase <b>%1</b> on request?</p>"
              "<p><b>Removed:</b> the name, the parents' name, phone and e-mail, the notes, the referrals (youth care), "
              "the waiting-list entries, the fixed faces, the absences, and the child as focus of coaching sessions. The "
              "birth date keeps only its month.</p>"
              "<p><b>Kept, without personal data:</b> the placements (group, dates and days), which the location's "
              "records and staff-child ratio history need. The erasure is logged without the name.</p>"
              "<p>This cannot be undone; the undo history is cleared.</p>")
        .arg(childName.toHtmlEscaped());
}

bool PrivacyActions::erase(Id childId)
{
    if (!m_document)
        return false;
    const auto child = ChildRepository(m_document->database()).find(childId);
    if (!child)
        return false;
    QMessageBox box(QMessageBox::Warning, tr("Erase %1").arg(child->displayName()), erasureText(child->displayName()),
                    QMessageBox::Cancel, m_parent);
    QPushButton *eraseButton = box.addButton(tr("Erase the personal data"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != eraseButton)
        return false;
    const QString error = eraseNow(childId);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_parent, tr("Erase %1").arg(child->displayName()), error);
        return false;
    }
    return true;
}

QString PrivacyActions::eraseNow(Id childId)
{
    if (!m_document)
        return {};
    const Database &db = m_document->database();
    std::optional<Child> child;
    try {
        child = ChildRepository(db).find(childId);
        // The same core functions as samenplan-cli privacy --erase: its own transaction with
        // secure_delete, then the journal and the free pages are cleared.
        privacy::eraseChild(db, childId);
    } catch (const DbError &error) {
        return error.message();
    } catch (const ChangeRefused &refused) {
        return refused.message();
    }
    m_document->undoStack()->clear();
    m_document->notifyChanged();
    if (!child)
        return {};
    const privacy::BackupErasure backup = privacy::eraseFromImportBackup(db.path(), *child);
    const QString shown = QDir::toNativeSeparators(backup.path);
    if (backup.result == privacy::BackupErasure::Result::Erased) {
        QMessageBox::information(m_parent, tr("Erase %1").arg(child->displayName()),
                                 tr("The backup made before the last import, %1, held %2 too; erased there as well.")
                                     .arg(shown, child->displayName()));
    } else if (backup.result == privacy::BackupErasure::Result::Failed) {
        return tr("%1 is erased from this file, but the backup made before the last import, %2, may still hold "
                  "the child: it could not be erased there (%3). Delete that file.")
            .arg(child->displayName(), shown, backup.error);
    }
    return {};
}

} // namespace samenplan::ui
