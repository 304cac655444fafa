#pragma once
// Where a test's database lives: a file in a temporary folder, or, when the test file is built into
// the server tests (SAMENPLAN_TEST_SERVER), a fresh database on the test run's PostgreSQL server.
// The same test source then runs on both engines.

#include "tempdir.h"

#ifdef SAMENPLAN_TEST_SERVER
#include "pgserver.h"
#endif

struct EngineDatabase {
#ifdef SAMENPLAN_TEST_SERVER
    TestServerDatabase server;
    QString location(const QString &) const { return server.url(); }
#else
    TempDir tmp;
    QString location(const QString &fileName) const { return tmp.file(fileName); }
#endif
};
