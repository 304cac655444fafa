#pragma once
// One page of the main window on its own, over a fresh copy of the demo database, in the demo's
// first week; the page lets go of the document before the document closes.

#include "catch.h"
#include "demodb.h"

#include "shell/document.h"

#include <memory>

template <typename View>
struct DemoPage {
    TempDir tmp;
    std::unique_ptr<samenplan::ui::Document> document;
    View view;

    DemoPage()
    {
        QString error;
        document = samenplan::ui::Document::open(makeDemoDatabase(tmp), false, &error);
        REQUIRE(document);
        view.setDate(DemoMonday);
        view.setDocument(document.get());
    }
    ~DemoPage() { view.setDocument(nullptr); }
};
