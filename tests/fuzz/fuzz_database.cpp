// libFuzzer target: opening a database file (see fuzzinputs.h). Each input is written to a file,
// opened as a Samenplan database and, when it opens, read the way the pages start.

#include "fuzzinputs.h"
#include "fuzzsupport.h"

using namespace samenplan;

namespace {
QTemporaryDir *folder = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    folder = &fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = folder->filePath(QStringLiteral("input.samenplan"));
    fuzz::removeDatabaseFiles(path);
    fuzz::writeInput(*folder, QStringLiteral("input.samenplan"), data, size);
    fuzz::openDatabase(path);
    fuzz::removeDatabaseFiles(path);
    return 0;
}
