#pragma once
// What both fuzz targets share: a Qt application object, Qt's messages kept quiet (a damaged file
// makes Qt warn on every run), a private folder, and writing the input to a file there.

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

namespace samenplan::fuzz {

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        fprintf(stderr, "Qt fatal: %s\n", qPrintable(message));
        abort();
    }
}

// Once per process, from LLVMFuzzerInitialize.
inline QTemporaryDir &startQt(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    qInstallMessageHandler(quietMessages);
    static QTemporaryDir folder;
    if (!folder.isValid())
        abort();
    return folder;
}

inline QString writeInput(const QTemporaryDir &folder, const QString &name, const uint8_t *data, size_t size)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        abort();
    return path;
}

} // namespace samenplan::fuzz
