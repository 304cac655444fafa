// libFuzzer target: the CSV import (see fuzzinputs.h). Each input is imported as a dry run into one
// demo database made at the start.

#include "fuzzinputs.h"
#include "fuzzsupport.h"

#include "demo/demodata.h"

using namespace samenplan;

namespace {
QTemporaryDir *folder = nullptr;
Database *demoDatabase = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    folder = &fuzz::startQt(argc, argv);
    auto created = Database::create(folder->filePath(QStringLiteral("demo.samenplan")),
                                    [](const Database &db) { demo::populate(db, QDate(2026, 11, 23)); });
    if (!created.database) {
        fprintf(stderr, "cannot create the demo database: %s\n", qPrintable(created.error));
        abort();
    }
    demoDatabase = created.database.release(); // lives as long as the process
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::writeInput(*folder, QStringLiteral("input.csv"), data, size);
    if (const QString finding = fuzz::importCsv(*demoDatabase, path); !finding.isEmpty()) {
        fprintf(stderr, "%s\n", qPrintable(finding));
        abort();
    }
    return 0;
}
